// Gate: text from the URL (search query, filters, fragment) never becomes markup.
// Runs with the page's CSP bypassed: the CSP would block the inline onerror handler and hide
// an injection, and this gate checks the page's own escaping, not the CSP backstop (csp.test.ts
// checks that). A positive control shows the detector fires when markup is injected.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { settle } from './support/browser.ts';
import { findPage, listHtmlPages, requirePages } from './support/pages.ts';
import { waitForSearchAnswer } from './support/search.ts';
import { useSite } from './support/site.ts';

const PAYLOAD = '<img src=x onerror=window.__xss=1>';
const ATTR_PAYLOAD = '"><img src=x onerror=window.__xss=1>';

const pages = listHtmlPages();
const searchPage = findPage(pages, 'search/');
const planPage = pages.filter((p) => p.type === 'plans/*').sort((a, b) => a.path.localeCompare(b.path))[0];
const site = useSite();

interface Injection {
  xss: boolean;
  injectedImgs: string[];
}

/**
 * Whether markup got in, read once the page has done its own work (settled) and every image on it
 * has loaded or failed, so an injected onerror handler has had its turn.
 */
async function injectionState(page: Page): Promise<Injection> {
  await settle(page);
  return page.evaluate(async () => {
    await Promise.all(
      [...document.images].map((img) =>
        img.complete ? null : new Promise((resolve) => (img.addEventListener('load', resolve, { once: true }), img.addEventListener('error', resolve, { once: true }))),
      ),
    );
    // Event handlers of a failed image run in a task after its error event is queued.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return {
      xss: (window as unknown as { __xss?: unknown }).__xss !== undefined,
      injectedImgs: [...document.querySelectorAll('img[onerror], img[src="x"]')].map((e) => e.outerHTML.slice(0, 200)),
    };
  });
}

async function load(url: string): Promise<{ state: Injection; page: Page; close: () => Promise<void> }> {
  const opened = await site.open(url, { bypassCSP: true });
  return { state: await injectionState(opened.page), page: opened.page, close: opened.close };
}

describe('XSS through the URL', () => {
  it('dist/ has pages to check', () => {
    requirePages(pages);
  });

  it('positive control: the detector sees an injected payload', async () => {
    const opened = await site.open(pages[0]?.path ?? '', { bypassCSP: true });
    try {
      await opened.page.evaluate((html: string) => document.body.insertAdjacentHTML('beforeend', html), PAYLOAD);
      const state = await injectionState(opened.page);
      expect(state.xss, 'the payload did not fire when injected on purpose: the XSS checks below would prove nothing').toBe(true);
      expect(state.injectedImgs.length).toBeGreaterThan(0);
    } finally {
      await opened.close();
    }
  });

  it('/search/?q=<payload> (and plan=, theme=) renders the payload as text', async () => {
    // A gate that cannot run fails: without /search/ there is nothing to prove safe.
    expect(searchPage, 'dist/search/index.html was not built: the /search/ XSS gate has no page to check').toBeDefined();
    // %20 for spaces (not +), so a page decoding with decodeURIComponent sees the same text.
    const enc = encodeURIComponent;
    const q = `q=${enc(PAYLOAD)}&plan=${enc(ATTR_PAYLOAD)}&theme=${enc(ATTR_PAYLOAD)}`;
    const url = `search/?${q}`;
    const { state, page, close } = await load(url);
    try {
      // The search has answered, so whatever it renders from the query is on the page.
      await waitForSearchAnswer(page);
      const answered = await injectionState(page);
      expect(state.xss || answered.xss, `window.__xss was set on ${url}`).toBe(false);
      expect(answered.injectedImgs, `markup from the URL was injected on ${url} after the search answered`).toEqual([]);
      expect(state.injectedImgs, `markup from the URL was injected on ${url}`).toEqual([]);
      // The query must actually reach the page (else this check proves nothing): the search
      // box named q shows it, as the no-JS <form method="get"> and the script both need.
      const value = await page.evaluate(() => (document.querySelector('input[name="q"]') as HTMLInputElement | null)?.value ?? null);
      expect(value, '/search/ has no <input name="q">; the ?q= URL parameter has nowhere to show').not.toBeNull();
      expect(value, `/search/ did not read ?q= into its <input name="q">`).toBe(PAYLOAD);
    } finally {
      await close();
    }
  });

  it('a plan page with #"><img …> in the fragment stays clean', async () => {
    expect(planPage, 'dist/plans/<id>/index.html was not built: the plan-page XSS gate has no page to check').toBeDefined();
    const url = `${planPage.path}#${ATTR_PAYLOAD}`;
    const { state, page, close } = await load(url);
    try {
      expect(state.xss, `window.__xss was set on ${url}`).toBe(false);
      expect(state.injectedImgs, `markup from the fragment was injected on ${url}`).toEqual([]);
      // A hashchange after load (in-page navigation) must be as safe as the first load.
      await page.evaluate((h: string) => {
        location.hash = h;
      }, ATTR_PAYLOAD.replace('x', 'y'));
      const after = await injectionState(page);
      expect(after.xss, `window.__xss was set after a hashchange on ${planPage.urlPath}`).toBe(false);
      expect(after.injectedImgs, `markup from the fragment was injected after a hashchange`).toEqual([]);
    } finally {
      await close();
    }
  });
});

// Gate: text from the URL (search query, filters, fragment) never becomes markup.
// Runs with the page's CSP bypassed: the CSP would block the inline onerror handler and hide
// an injection, and this gate checks the page's own escaping, not the CSP backstop (csp.test.ts
// checks that). A positive control shows the detector fires when markup is injected.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser.ts';
import { findPage, listHtmlPages, requirePages } from './support/pages.ts';
import { startServer } from './support/server.ts';
import type { StaticServer } from './support/server.ts';

const PAYLOAD = '<img src=x onerror=window.__xss=1>';
const ATTR_PAYLOAD = '"><img src=x onerror=window.__xss=1>';

const pages = listHtmlPages();
const searchPage = findPage(pages, 'search/');
const planPage = pages.filter((p) => p.type === 'plans/*').sort((a, b) => a.path.localeCompare(b.path))[0];
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Injection {
  xss: boolean;
  injectedImgs: string[];
}

async function injectionState(page: Page): Promise<Injection> {
  // Give late scripts (fetching an index, rendering results) time to run.
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  await page.waitForTimeout(500);
  return page.evaluate(() => ({
    xss: (window as unknown as { __xss?: unknown }).__xss !== undefined,
    injectedImgs: [...document.querySelectorAll('img[onerror], img[src="x"]')].map((e) => e.outerHTML.slice(0, 200)),
  }));
}

async function load(url: string): Promise<{ state: Injection; page: Page; close: () => Promise<void> }> {
  const opened = await openPage(browser, url, { bypassCSP: true });
  return { state: await injectionState(opened.page), page: opened.page, close: opened.close };
}

describe('XSS through the URL', () => {
  it('dist/ has pages to check', () => {
    requirePages(pages);
  });

  it('positive control: the detector sees an injected payload', async () => {
    const opened = await openPage(browser, server.url(pages[0]?.path ?? ''), { bypassCSP: true });
    try {
      await opened.page.evaluate((html: string) => document.body.insertAdjacentHTML('beforeend', html), PAYLOAD);
      const state = await injectionState(opened.page);
      expect(state.xss, 'the payload did not fire when injected on purpose: the XSS checks below would prove nothing').toBe(true);
      expect(state.injectedImgs.length).toBeGreaterThan(0);
    } finally {
      await opened.close();
    }
  });

  it.skipIf(!searchPage)('/search/?q=<payload> (and plan=, theme=) renders the payload as text', async () => {
    // Skipped only while dist/ has no search/index.html (no /search/ page built yet).
    // %20 for spaces (not +), so a page decoding with decodeURIComponent sees the same text.
    const enc = encodeURIComponent;
    const q = `q=${enc(PAYLOAD)}&plan=${enc(ATTR_PAYLOAD)}&theme=${enc(ATTR_PAYLOAD)}`;
    const url = `${server.url('search/')}?${q}`;
    const { state, page, close } = await load(url);
    try {
      expect(state.xss, `window.__xss was set on ${url}`).toBe(false);
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

  it.skipIf(!planPage)('a plan page with #"><img …> in the fragment stays clean', async () => {
    // Skipped only while dist/ has no plans/<id>/ page.
    if (!planPage) return;
    const url = `${server.url(planPage.path)}#${ATTR_PAYLOAD}`;
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

if (!searchPage) console.warn('xss.test.ts: dist/search/index.html does not exist yet; the /search/ XSS check is skipped.');
if (!planPage) console.warn('xss.test.ts: dist/plans/<id>/index.html does not exist yet; the plan-page XSS check is skipped.');

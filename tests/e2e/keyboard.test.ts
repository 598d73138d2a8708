// Gate: keyboard use of the home page. The first Tab lands on a visible "skip to content" link
// that points at the main content; Tab goes on to an ordinary link whose focus is visible
// (the pixels around it change when it gains focus).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedPage } from './support/browser.ts';
import { requirePage } from './support/pages.ts';
import { pixelDiff } from './support/pixels.ts';
import { useSite } from './support/site.ts';

const site = useSite();
let home: OpenedPage;

interface Focused {
  tag: string;
  href: string | null;
  text: string;
  rect: { x: number; y: number; width: number; height: number };
  visible: boolean;
  why: string;
  targetId: string | null;
  targetExists: boolean;
  targetIsMainContent: boolean;
  mainCount: number;
}

/** Describes document.activeElement, and whether a sighted user can see it. */
function describeFocus(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    let visible = true;
    let why = '';
    if (r.width < 1 || r.height < 1) [visible, why] = [false, `its box is ${r.width}×${r.height}`];
    else if (r.right <= 0 || r.bottom <= 0 || r.left >= innerWidth || r.top >= innerHeight) [visible, why] = [false, 'it is outside the viewport'];
    else if (cs.visibility === 'hidden' || Number(cs.opacity) === 0) [visible, why] = [false, 'it is hidden or transparent'];
    else if (cs.clip !== 'auto' && /rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)/.test(cs.clip)) [visible, why] = [false, 'it is clipped to nothing'];
    else if (/inset\(50%\)/.test(cs.clipPath)) [visible, why] = [false, 'it is clip-path’d to nothing'];
    else {
      const cx = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
      const cy = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
      const hit = document.elementFromPoint(cx, cy);
      if (!hit || !(hit === el || el.contains(hit) || hit.contains(el))) [visible, why] = [false, `another element (${hit?.tagName.toLowerCase()}) covers it`];
    }
    const href = el.getAttribute('href');
    let targetId: string | null = null;
    if (el instanceof HTMLAnchorElement && href && el.hash && el.pathname === location.pathname) targetId = decodeURIComponent(el.hash.slice(1));
    const target = targetId ? document.getElementById(targetId) : null;
    const mains = document.querySelectorAll('main, [role="main"]');
    const targetIsMainContent =
      !!target && [...mains].some((m) => m === target || m.contains(target) || target.contains(m));
    return {
      tag: el.tagName.toLowerCase(),
      href,
      text: (el.innerText || el.getAttribute('aria-label') || '').trim(),
      rect: { x: r.x, y: r.y, width: r.width, height: r.height },
      visible,
      why,
      targetId,
      targetExists: !!target,
      targetIsMainContent,
      mainCount: mains.length,
    };
  });
}

beforeAll(async () => {
  requirePage('');
  home = await site.open('');
});

afterAll(async () => {
  await home?.close();
});

describe('keyboard on the home page', () => {
  it('first Tab focuses a visible "skip to content" link to the main content', async () => {
    const { page } = home;
    await page.goto(site.url(''));
    await page.keyboard.press('Tab');
    const f = await describeFocus(page);
    expect(f, 'after one Tab from the top nothing has focus').not.toBeNull();
    if (!f) return;
    const what = `first focus: <${f.tag} href=${JSON.stringify(f.href)}> «${f.text}»`;
    expect(f.tag, `${what}; expected a skip link <a href="#main-id">`).toBe('a');
    expect(f.targetId, `${what}; a skip link points at an id on the same page`).not.toBeNull();
    expect(f.targetExists, `${what}; no element has id="${f.targetId}"`).toBe(true);
    expect(f.mainCount, `${what}; the page has no <main>`).toBeGreaterThan(0);
    expect(f.targetIsMainContent, `${what}; #${f.targetId} is not <main>, inside it, or around it`).toBe(true);
    expect(f.text.length, `${what}; the skip link has no text`).toBeGreaterThan(0);
    expect(f.visible, `${what}; it is not visible when focused: ${f.why}`).toBe(true);

    await page.keyboard.press('Enter');
    const hash = await page.evaluate(() => decodeURIComponent(location.hash.slice(1)));
    expect(hash, `${what}; Enter on it did not go to #${f.targetId}`).toBe(f.targetId);
  });

  it('Tab reaches an ordinary link with a visible focus indicator', async () => {
    const { page } = home;
    await page.goto(site.url(''));
    const seen: string[] = [];
    let link: Focused | null = null;
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      const f = await describeFocus(page);
      if (!f) continue;
      seen.push(`<${f.tag} href=${JSON.stringify(f.href)}> «${f.text.slice(0, 30)}»`);
      if (i > 0 && f.tag === 'a' && f.href && !f.href.startsWith('#')) {
        link = f;
        break;
      }
    }
    expect(link, `no link reached within 15 Tabs; focus went: ${seen.join(' → ')}`).not.toBeNull();
    if (!link) return;
    const what = `<a href=${JSON.stringify(link.href)}> «${link.text.slice(0, 40)}»`;
    expect(link.visible, `${what} has focus but is not visible: ${link.why}`).toBe(true);

    const vp = page.viewportSize() ?? { width: 1280, height: 800 };
    const pad = 6;
    const x = Math.max(0, Math.floor(link.rect.x - pad));
    const y = Math.max(0, Math.floor(link.rect.y - pad));
    const clip = {
      x,
      y,
      width: Math.min(vp.width, Math.ceil(link.rect.x + link.rect.width + pad)) - x,
      height: Math.min(vp.height, Math.ceil(link.rect.y + link.rect.height + pad)) - y,
    };
    const focused = await page.screenshot({ clip });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const blurred = await page.screenshot({ clip });
    const diff = await pixelDiff(site.browser, focused, blurred);
    // A 1 px outline around the link changes at least its perimeter.
    const perimeter = 2 * (link.rect.width + link.rect.height);
    expect(
      diff.differing,
      `${what}: focusing it changes ${diff.differing} of ${diff.total} pixels around it; a visible focus indicator ` +
        `(e.g. :focus-visible { outline: 2px solid }) should change at least ${Math.round(perimeter / 2)}`,
    ).toBeGreaterThanOrEqual(perimeter / 2);
  });
});

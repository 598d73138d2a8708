// Gate: the home page opens in Chromium, has a title, its Chinese text renders with a real
// CJK font (not blank, not tofu boxes), and nothing errors while it loads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblems, settle } from './support/browser.ts';
import type { OpenedPage } from './support/browser.ts';
import { requirePage } from './support/pages.ts';
import { inkStats } from './support/pixels.ts';
import { useSite } from './support/site.ts';

const site = useSite();
let home: OpenedPage;

beforeAll(async () => {
  requirePage('');
  home = await site.open('');
});

afterAll(async () => {
  await home?.close();
});

describe('home page', () => {
  it('has a non-empty <title>', async () => {
    const title = (await home.page.title()).trim();
    expect(title, 'document.title of / is empty').not.toBe('');
  });

  it('declares Chinese as its language', async () => {
    const lang = await home.page.evaluate(() => document.documentElement.lang);
    expect(lang, '<html lang> of / should be zh-… (e.g. zh-CN / zh-Hans)').toMatch(/^zh\b/i);
  });

  it('shows Chinese text that renders as glyphs (screenshot not blank, no tofu)', async () => {
    const { page } = home;
    // The first visible element whose own text holds CJK characters.
    const handle = await page.evaluateHandle(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || !/[\u4e00-\u9fff]{2,}/.test(n.textContent ?? '')) continue;
        const r = el.getBoundingClientRect();
        const cs = getComputedStyle(el);
        // Visible, on screen and not a visually-hidden (sr-only, off-screen skip link) element.
        const onScreen = r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight;
        if (r.width >= 8 && r.height >= 8 && onScreen && cs.visibility !== 'hidden' && Number(cs.opacity) > 0) return el;
      }
      return null;
    });
    const el = handle.asElement();
    expect(el, 'no visible element with Chinese text (2+ CJK characters) on the home page').not.toBeNull();
    if (!el) return;

    const full = await page.screenshot({ fullPage: false });
    const fullStats = await inkStats(site.browser, full);
    expect(fullStats.inkFraction, `home screenshot is blank: ${JSON.stringify(fullStats)}`).toBeGreaterThan(0.002);

    const shot = await el.screenshot();
    const elStats = await inkStats(site.browser, shot);
    const text = (await el.textContent())?.trim().slice(0, 40);
    expect(elStats.inkFraction, `element with Chinese text «${text}» renders blank: ${JSON.stringify(elStats)}`).toBeGreaterThan(0.01);

    // Tofu check: with no CJK font every ideograph is drawn as the same box, so two
    // different characters in the element's own font give identical pixels.
    const distinct = await el.evaluate((node) => {
      const font = `40px ${getComputedStyle(node).fontFamily}`;
      const draw = (ch: string) => {
        const c = document.createElement('canvas');
        c.width = 64;
        c.height = 64;
        const ctx = c.getContext('2d');
        if (!ctx) return '';
        ctx.font = font;
        ctx.fillStyle = '#000';
        ctx.textBaseline = 'top';
        ctx.fillText(ch, 4, 4);
        return Array.from(ctx.getImageData(0, 0, 64, 64).data).join(',');
      };
      return { font, same: draw('生') === draw('水'), blank: draw('生') === draw(' ') };
    });
    expect(distinct.blank, `'生' draws nothing in font ${distinct.font}`).toBe(false);
    expect(distinct.same, `'生' and '水' draw identical pixels in font ${distinct.font}: no CJK font (install fonts-noto-cjk)`).toBe(false);
  });

  it('loads with no console error, uncaught exception, failed request or HTTP error', async () => {
    // Problems so far plus any that arrive once the page has settled (late islands, CSP reports).
    await settle(home.page);
    expect(home.problems.length, `problems while loading /:\n${formatProblems(home.problems)}`).toBe(0);
  });
});

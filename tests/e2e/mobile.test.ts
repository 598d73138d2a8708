// Gate: at a 375 px wide phone viewport no page type scrolls sideways.
// The viewport is emulated as a phone (isMobile), so a page without
// <meta name="viewport" content="width=device-width…"> lays out at 980 px and fails, as on a phone.
import { describe, expect, it } from 'vitest';
import { listHtmlPages, representativePages, requirePages } from './support/pages.ts';
import { useSite } from './support/site.ts';

const WIDTH = 375;
const pages = listHtmlPages();
const reps = representativePages(pages);
const site = useSite();

describe(`${WIDTH} px viewport`, () => {
  it('dist/ has pages to check', () => {
    requirePages(pages);
  });

  it.each(reps.map((r) => [r.type, r] as const))('%s: no horizontal scrolling', async (_type, rep) => {
    const opened = await site.open(rep.path, {
      viewport: { width: WIDTH, height: 812 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    try {
      const m = await opened.page.evaluate((width: number) => {
        const se = document.scrollingElement ?? document.documentElement;
        const limit = width + 1;
        // The outermost elements sticking out past the right edge (their descendants are implied).
        const culprits: string[] = [];
        const walk = (el: Element) => {
          const r = el.getBoundingClientRect();
          // Children of an element that clips or scrolls sideways cannot widen the page.
          const clips = el !== document.body && getComputedStyle(el).overflowX !== 'visible';
          if (r.right > limit && r.width > 0) {
            const desc = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${
              typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : ''
            } (left ${Math.round(r.left)}, width ${Math.round(r.width)}, right ${Math.round(r.right)})`;
            // Report the deepest element that still overflows: that is usually the cause.
            const before = culprits.length;
            if (!clips) for (const c of el.children) walk(c);
            if (culprits.length === before) culprits.push(desc);
            return;
          }
          if (!clips) for (const c of el.children) walk(c);
        };
        walk(document.body);
        const meta = document.querySelector('meta[name="viewport"]')?.getAttribute('content') ?? null;
        return { scrollWidth: se.scrollWidth, innerWidth: window.innerWidth, meta, culprits: culprits.slice(0, 15), more: Math.max(0, culprits.length - 15) };
      }, WIDTH);
      expect(
        m.scrollWidth,
        `${rep.urlPath} is ${m.scrollWidth} px wide at a ${WIDTH} px viewport (innerWidth ${m.innerWidth}, meta viewport ${JSON.stringify(m.meta)}).\n` +
          `Elements past the right edge:\n  ${m.culprits.join('\n  ')}${m.more ? `\n  … and ${m.more} more` : ''}`,
      ).toBeLessThanOrEqual(WIDTH + 1);
    } finally {
      await opened.close();
    }
  });
});

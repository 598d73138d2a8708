// Journey: overview → a heatmap cell → that plan's column on the theme page → a paragraph on the
// plan page, once by clicking and once by keyboard alone (Tab and Enter only).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatProblems } from './support/browser.ts';
import { useSite } from './support/site.ts';

const site = useSite();

const CELL = '#chart-plan-theme-heatmap svg a[href*="/themes/water/#plan-hengyang-2021"]';

/** What the plan page shows at its hash: the targeted element must be a paragraph that is on screen. */
async function landedParagraph(page: Page): Promise<{ hash: string; isParagraph: boolean; inView: boolean; text: string }> {
  return page.evaluate(() => {
    const el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    const r = el?.getBoundingClientRect();
    return {
      hash: location.hash,
      isParagraph: !!el?.classList.contains('paragraph'),
      inView: !!r && r.bottom > 0 && r.top < innerHeight,
      text: el?.textContent ?? '',
    };
  });
}

/** Press Tab until the focused element matches, at most `limit` times; returns how many presses. */
async function tabTo(page: Page, matches: (href: string) => boolean, limit = 400): Promise<number> {
  for (let i = 1; i <= limit; i++) {
    await page.keyboard.press('Tab');
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | SVGAElement | null)?.getAttribute?.('href') ?? '');
    if (href && matches(href)) return i;
  }
  throw new Error(`no focusable link matched within ${limit} Tab presses`);
}

describe('overview → heatmap cell → theme column → plan paragraph', () => {
  it('by clicking', async () => {
    const p = await site.open('');
    try {
      // The chart carries a wide and a narrow layout; click the one on screen.
      // SVG cells never count as "stable" for Playwright's actionability wait; click the centre of the visible one.
      const cell = p.page.locator(`${CELL} rect >> visible=true`).first();
      await cell.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const box = await cell.boundingBox();
      expect(box, 'the heatmap cell is on screen').not.toBeNull();
      await p.page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
      await p.page.waitForURL(/\/themes\/water\/#plan-hengyang-2021$/);
      const column = p.page.locator('#plan-hengyang-2021');
      expect(await column.isVisible()).toBe(true);
      const first = column.locator('a[href*="/plans/hengyang-2021/#p-"]').first();
      const href = (await first.getAttribute('href'))!;
      await first.click();
      await p.page.waitForURL((u) => u.hash === `#${href.split('#')[1]}`);
      const landed = await landedParagraph(p.page);
      expect(landed.isParagraph, `#${landed.hash} is not a paragraph`).toBe(true);
      expect(landed.inView).toBe(true);
      expect(landed.text.length).toBeGreaterThan(10);
      expect(p.problems, formatProblems(p.problems)).toEqual([]);
    } finally {
      await p.close();
    }
  });

  it('by keyboard alone', async () => {
    const p = await site.open('');
    try {
      await tabTo(p.page, (h) => h.includes('/themes/water/#plan-hengyang-2021'));
      await p.page.keyboard.press('Enter');
      await p.page.waitForURL(/\/themes\/water\/#plan-hengyang-2021$/);
      await tabTo(p.page, (h) => h.includes('/plans/hengyang-2021/#p-'), 800);
      await p.page.keyboard.press('Enter');
      await p.page.waitForURL(/\/plans\/hengyang-2021\/#p-/);
      const landed = await landedParagraph(p.page);
      expect(landed.isParagraph, `#${landed.hash} is not a paragraph`).toBe(true);
      expect(landed.inView).toBe(true);
    } finally {
      await p.close();
    }
  });
});

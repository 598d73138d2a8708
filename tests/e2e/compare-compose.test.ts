// The comparison the reader composes at /compare/?plans=…&themes=…: the chosen plans and their
// sentences appear, the controls keep the URL in step, an unknown id is reported (not crashed
// on), without JavaScript the default comparison is there, and at 1,280 px no value wraps.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatProblems } from './support/browser.ts';
import { useSite } from './support/site.ts';

const site = useSite();

async function composed(page: Page): Promise<{ plans: string[]; themes: string[] }> {
  await page.waitForSelector('#compose-result[data-compose-state="ready"]');
  return page.$eval('#compose-result', (el) => ({ plans: (el as HTMLElement).dataset.plans!.split(','), themes: (el as HTMLElement).dataset.themes!.split(',') }));
}

/** Per plan column of a theme: how many sentences it lists, and whether each links into its plan. */
async function columns(page: Page, theme: string): Promise<{ plan: string; sentences: number; linked: boolean }[]> {
  return page.$$eval(`#compose-${theme} .column`, (cols) =>
    cols.map((c) => {
      const plan = (c as HTMLElement).dataset.plan!;
      const items = [...c.querySelectorAll('.compose-sentences li')];
      return { plan, sentences: items.length, linked: items.every((li) => li.querySelector('a')!.getAttribute('href')!.includes(`/plans/${plan}/#p-`)) };
    }),
  );
}

describe('composed comparison', () => {
  it('shows the plans and themes of the URL, with every plan\'s sentences on the theme', async () => {
    const opened = await site.open('compare/?plans=shaoxing-2020,ninghai-2021&themes=air');
    const { page } = opened;
    try {
      expect(await composed(page)).toEqual({ plans: ['shaoxing-2020', 'ninghai-2021'], themes: ['air'] });
      expect(await page.locator('.compose-theme').count()).toBe(1);
      const cols = await columns(page, 'air');
      expect(cols.map((c) => c.plan)).toEqual(['shaoxing-2020', 'ninghai-2021']);
      for (const c of cols) {
        expect(c.sentences, c.plan).toBeGreaterThan(0);
        expect(c.linked, c.plan).toBe(true);
      }
      const names = await page.$$eval('.compose-plans a', (as) => as.map((a) => a.textContent!));
      expect(names.join(' ')).toContain('绍兴');
      expect(names.join(' ')).toContain('宁海');
      // The chosen plans appear in the controls too, and the share link is this comparison's.
      expect(await page.$$eval('#compose-chosen li', (lis) => lis.map((li) => (li as HTMLElement).dataset.plan))).toEqual(['shaoxing-2020', 'ninghai-2021']);
      expect(await page.locator('#compose-link').getAttribute('href')).toBe('/compare/?plans=shaoxing-2020,ninghai-2021&themes=air');
      expect(await page.locator('input[data-theme-box][value="air"]').isChecked()).toBe(true);
      expect(await page.locator('input[data-theme-box][value="water"]').isChecked()).toBe(false);
      expect(opened.problems, formatProblems(opened.problems)).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('reports an unknown plan id and still compares the others', async () => {
    const opened = await site.open('compare/?plans=shaoxing-2020,nowhere-1999,ninghai-2021&themes=air,sky');
    const { page } = opened;
    try {
      expect(await composed(page)).toEqual({ plans: ['shaoxing-2020', 'ninghai-2021'], themes: ['air'] });
      const notes = await page.$$eval('#compose-notes [data-note]', (ps) => ps.map((p) => [(p as HTMLElement).dataset.note, p.textContent]));
      expect(notes.find(([k]) => k === 'unknown-plan')?.[1]).toContain('nowhere-1999');
      expect(notes.find(([k]) => k === 'unknown-theme')?.[1]).toContain('sky');
      expect(opened.problems, formatProblems(opened.problems)).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('adds a plan and a theme by keyboard alone, keeping the URL in step, and the URL opened fresh shows the same', async () => {
    const opened = await site.open('compare/?plans=shaoxing-2020,ninghai-2021&themes=air');
    const { page } = opened;
    try {
      await composed(page);
      await page.focus('#compose-find');
      await page.keyboard.type('衡阳');
      await page.waitForSelector('#compose-matches button[data-add="hengyang-2021"]');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector<HTMLElement>('#compose-result')!.dataset.plans === 'shaoxing-2020,ninghai-2021,hengyang-2021');
      await page.waitForSelector('#compose-result[data-compose-state="ready"]');
      const water = page.locator('input[data-theme-box][value="water"]');
      await water.focus();
      await page.keyboard.press('Space');
      await page.waitForFunction(() => document.querySelector<HTMLElement>('#compose-result')!.dataset.themes === 'air,water');
      await page.waitForSelector('#compose-result[data-compose-state="ready"]');
      const url = new URL(page.url());
      expect(url.search).toBe('?plans=shaoxing-2020,ninghai-2021,hengyang-2021&themes=air,water');
      const before = await columns(page, 'water');

      const fresh = await site.open(`compare/${url.search}`);
      try {
        expect(await composed(fresh.page)).toEqual({ plans: ['shaoxing-2020', 'ninghai-2021', 'hengyang-2021'], themes: ['air', 'water'] });
        expect(await columns(fresh.page, 'water')).toEqual(before);
      } finally {
        await fresh.close();
      }
      // Back goes to the previous comparison.
      await page.goBack();
      await page.waitForFunction(() => document.querySelector<HTMLElement>('#compose-result')!.dataset.themes === 'air');
      expect(opened.problems, formatProblems(opened.problems)).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('without JavaScript shows the full default comparison', async () => {
    const opened = await site.open('compare/', { javaScriptEnabled: false });
    const { page } = opened;
    try {
      const { plans, themes } = await page.$eval('#compose-result', (el) => ({ plans: (el as HTMLElement).dataset.plans!.split(','), themes: (el as HTMLElement).dataset.themes!.split(',') }));
      expect(plans).toHaveLength(3);
      expect(themes).toEqual(['air', 'water']);
      for (const theme of themes) {
        const cols = await columns(page, theme);
        expect(cols.map((c) => c.plan)).toEqual(plans);
        expect(cols.some((c) => c.sentences > 0)).toBe(true);
      }
      expect(await page.locator('.compose-figures').count()).toBeGreaterThan(0);
    } finally {
      await opened.close();
    }
  });

  it('at 1,280 px keeps every value of the cross-tab on one line', async () => {
    const opened = await site.open('compare/');
    try {
      const wrapped = await opened.page.$$eval('.compare-matrix td.num a', (as) => as.filter((a) => a.getClientRects().length > 1).map((a) => a.textContent));
      expect(wrapped).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('compare-with links', () => {
  it('lead from a plan page, a theme page and a search result group to a working comparison', async () => {
    const plan = await site.open('plans/shaoxing-2020/');
    let href: string;
    try {
      href = (await plan.page.locator('.compare-with a').first().getAttribute('href'))!;
      expect(href).toMatch(/^\/compare\/\?plans=shaoxing-2020,[a-z0-9-]+$/);
    } finally {
      await plan.close();
    }
    const theme = await site.open('themes/marine/');
    let themeHref: string;
    try {
      themeHref = (await theme.page.locator('a.compare-with').getAttribute('href'))!;
      expect(themeHref).toMatch(/^\/compare\/\?plans=[a-z0-9-]+(,[a-z0-9-]+){1,3}&themes=marine$/);
    } finally {
      await theme.close();
    }
    const search = await site.open(`search/?q=${encodeURIComponent('大气')}`);
    try {
      await search.page.waitForSelector('[data-compare-with]');
      const searchHref = (await search.page.locator('[data-compare-with]').first().getAttribute('href'))!;
      expect(searchHref).toMatch(/^\/compare\/\?plans=[a-z0-9-]+(,[a-z0-9-]+){1,2}$/);
    } finally {
      await search.close();
    }
    const compared = await site.open(themeHref.slice(1));
    try {
      const { themes, plans } = await composed(compared.page);
      expect(themes).toEqual(['marine']);
      expect(plans.length).toBeGreaterThanOrEqual(2);
      expect(compared.problems, formatProblems(compared.problems)).toEqual([]);
    } finally {
      await compared.close();
    }
  });
});

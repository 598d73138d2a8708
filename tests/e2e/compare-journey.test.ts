// From the home page to a shared comparison of three chosen plans on two themes, by mouse and by
// keyboard alone; the link opened fresh shows the same comparison. Without JavaScript the form still
// makes that link (plans and themes) and says plainly that comparing the choice needs JavaScript.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatProblems } from './support/browser.ts';
import { basePath } from './support/paths.ts';
import { useSite } from './support/site.ts';

const site = useSite();
const base = basePath();
/** /compare/ opens on the first three plans of the site; the reader keeps one, drops two and adds two. */
const DEFAULTS = ['inner-mongolia-2020', 'hengyang-2021', 'jiaxing-2020'];
const CHOSEN = ['hengyang-2021', 'shaoxing-2020', 'ninghai-2021'];
const THEMES = ['air', 'marine'];

async function composed(page: Page): Promise<{ plans: string[]; themes: string[] }> {
  await page.waitForSelector('#compose-result[data-compose-state="ready"]');
  return page.$eval('#compose-result', (el) => ({ plans: (el as HTMLElement).dataset.plans!.split(','), themes: (el as HTMLElement).dataset.themes!.split(',') }));
}

/** Waits until the drawn comparison is this one. */
async function until(page: Page, plans: string[], themes: string[]): Promise<void> {
  await page.waitForFunction(
    ([p, t]) => {
      const el = document.querySelector<HTMLElement>('#compose-result');
      return el?.dataset.composeState === 'ready' && el.dataset.plans === p && el.dataset.themes === t;
    },
    [plans.join(','), themes.join(',')] as const,
  );
}

/** Presses Tab (Shift+Tab going back) until the focused element matches the selector (keyboard alone: no focus() call). */
async function tabTo(page: Page, selector: string, { back = false, max = 120 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${max} presses of Tab did not reach ${selector}`);
}

/** What a comparison shows, to tell two openings of one link apart: per theme, each plan's sentence count. */
async function shown(page: Page): Promise<string[]> {
  return page.$$eval('.compose-theme .column', (cols) => cols.map((c) => `${c.closest('section')!.dataset.theme}:${(c as HTMLElement).dataset.plan}:${c.querySelectorAll('.compose-sentences li').length}`));
}

async function sameWhenOpenedFresh(page: Page): Promise<void> {
  const link = (await page.locator('#compose-link').getAttribute('href'))!;
  expect(link).toBe(`${base}compare/?plans=${CHOSEN.join(',')}&themes=${THEMES.join(',')}`);
  expect(new URL(page.url()).search).toBe(`?plans=${CHOSEN.join(',')}&themes=${THEMES.join(',')}`);
  const before = await shown(page);
  const fresh = await site.open(link.slice(base.length));
  try {
    expect(await composed(fresh.page)).toEqual({ plans: CHOSEN, themes: THEMES });
    expect(await shown(fresh.page)).toEqual(before);
    expect(fresh.problems, formatProblems(fresh.problems)).toEqual([]);
  } finally {
    await fresh.close();
  }
}

describe('from the home page to a shared comparison', () => {
  it('by mouse: three plans on two themes, and the link opened fresh shows the same', async () => {
    const opened = await site.open('');
    const { page } = opened;
    try {
      await page.click(`nav.site-nav a[href="${base}compare/"]`);
      await page.waitForURL(/\/compare\/$/);
      expect(await composed(page)).toEqual({ plans: DEFAULTS, themes: ['air', 'water'] });
      await page.click('#compose-chosen li[data-plan="inner-mongolia-2020"] button');
      await until(page, ['hengyang-2021', 'jiaxing-2020'], ['air', 'water']);
      await page.click('#compose-find');
      await page.keyboard.type('绍兴');
      await page.click('#compose-matches button[data-add="shaoxing-2020"]');
      await until(page, ['hengyang-2021', 'jiaxing-2020', 'shaoxing-2020'], ['air', 'water']);
      await page.click('#compose-chosen li[data-plan="jiaxing-2020"] button');
      await until(page, ['hengyang-2021', 'shaoxing-2020'], ['air', 'water']);
      await page.click('#compose-find');
      await page.keyboard.type('宁海');
      await page.click('#compose-matches button[data-add="ninghai-2021"]');
      await until(page, CHOSEN, ['air', 'water']);
      await page.click('input[data-theme-box][value="marine"]');
      await until(page, CHOSEN, ['air', 'water', 'marine']);
      await page.click('input[data-theme-box][value="water"]');
      await until(page, CHOSEN, THEMES);
      await sameWhenOpenedFresh(page);
      expect(opened.problems, formatProblems(opened.problems)).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('by keyboard alone: the same, with Tab, Enter, Space and typing', async () => {
    const opened = await site.open('');
    const { page } = opened;
    try {
      await tabTo(page, `nav.site-nav a[href="${base}compare/"]`);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/compare\/$/);
      expect(await composed(page)).toEqual({ plans: DEFAULTS, themes: ['air', 'water'] });
      await tabTo(page, '#compose-chosen li[data-plan="inner-mongolia-2020"] button');
      await page.keyboard.press('Enter');
      await until(page, ['hengyang-2021', 'jiaxing-2020'], ['air', 'water']);
      await tabTo(page, '#compose-find');
      await page.keyboard.type('绍兴');
      await page.waitForSelector('#compose-matches button[data-add="shaoxing-2020"]');
      await page.keyboard.press('Enter');
      await until(page, ['hengyang-2021', 'jiaxing-2020', 'shaoxing-2020'], ['air', 'water']);
      // Focus is back in the finder, after the chosen list.
      await tabTo(page, '#compose-chosen li[data-plan="jiaxing-2020"] button', { back: true });
      await page.keyboard.press('Enter');
      await until(page, ['hengyang-2021', 'shaoxing-2020'], ['air', 'water']);
      await tabTo(page, '#compose-find');
      await page.keyboard.type('宁海');
      await page.waitForSelector('#compose-matches button[data-add="ninghai-2021"]');
      await page.keyboard.press('Enter');
      await until(page, CHOSEN, ['air', 'water']);
      await tabTo(page, 'input[data-theme-box][value="water"]');
      await page.keyboard.press('Space');
      await until(page, CHOSEN, ['air']);
      await tabTo(page, 'input[data-theme-box][value="marine"]');
      await page.keyboard.press('Space');
      await until(page, CHOSEN, THEMES);
      await sameWhenOpenedFresh(page);
      expect(opened.problems, formatProblems(opened.problems)).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('without JavaScript', () => {
  it('the form makes the link with the chosen plans and themes, and the page says choosing needs JavaScript', async () => {
    const opened = await site.open('compare/', { javaScriptEnabled: false });
    const { page } = opened;
    let search: string;
    try {
      await page.fill('#compose-plans', CHOSEN.join(','));
      await page.uncheck('input[data-theme-box][value="water"]');
      await page.check('input[data-theme-box][value="marine"]');
      await Promise.all([page.waitForURL(/themes=/), page.click('#compose-form button[type="submit"]')]);
      const url = new URL(page.url());
      expect(url.pathname).toBe(`${base}compare/`);
      expect(url.searchParams.get('plans')).toBe(CHOSEN.join(','));
      expect(url.searchParams.getAll('themes')).toEqual(THEMES);
      search = url.search;
      const note = await page.locator('[data-note="needs-js"]').textContent();
      expect(note).toContain('需要 JavaScript');
      expect(note).toContain('needs JavaScript');
      // The default comparison drawn at build time is still there, with year-on-year changes labelled as such.
      expect(await page.locator('#compose-result .compose-theme').count()).toBeGreaterThan(0);
      expect(await page.locator('.compose-figures .change').first().textContent()).toMatch(/同比 · year on year/);
    } finally {
      await opened.close();
    }
    // With JavaScript, the link the form made shows the chosen comparison.
    const withJs = await site.open(`compare/${search}`);
    try {
      expect(await composed(withJs.page)).toEqual({ plans: CHOSEN, themes: THEMES });
      expect(withJs.problems, formatProblems(withJs.problems)).toEqual([]);
    } finally {
      await withJs.close();
    }
  });
});

describe('changes against an earlier year', () => {
  it('read 同比 · year on year with the base year, as the script draws them', async () => {
    const opened = await site.open('compare/?plans=jiaxing-2020,shaoxing-2020&themes=air');
    try {
      await composed(opened.page);
      const changes = await opened.page.$$eval('.compose-figures .change', (els) => els.map((e) => [e.textContent, (e as HTMLElement).dataset.base]));
      expect(changes).toContainEqual(['同比 · year on year，比2018年 vs 2018', '2018']);
    } finally {
      await opened.close();
    }
  });
});

// Search in a real browser against the built site: a query gives plan groups whose counts equal
// what the plan pages themselves contain; following a result lands on the paragraph with the
// terms highlighted; the URL carries the state; keyboard and bad input work; without
// JavaScript the page says so and links to the plans.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatProblems } from './support/browser.ts';
import { waitForSearchAnswer as waitForAnswer } from './support/search.ts';
import { useSite } from './support/site.ts';

const site = useSite();

/** Per plan: id → hits, as the results page states them. */
async function statedCounts(page: Page): Promise<Map<string, number>> {
  const rows = await page.$$eval('.search-group', (groups) =>
    groups.map((g) => [g.querySelector('h2 a')!.getAttribute('href')!, Number(g.querySelector('[data-plan-hits]')!.getAttribute('data-plan-hits'))] as const),
  );
  return new Map(rows.map(([href, hits]) => [href.split('/').filter(Boolean).at(-1)!, hits]));
}

/** Occurrences of a term in a plan page's headings and paragraphs, counted in the page itself (NFKC, lowercase, no overlaps). */
async function countOnPlanPage(page: Page, term: string): Promise<number> {
  return page.evaluate((t) => {
    const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
    let count = 0;
    for (const el of document.querySelectorAll('article [id^="p-"] > p, article :is(h2,h3,h4,h5,h6)[id^="s-"]')) {
      const text = norm(el.textContent ?? '');
      for (let at = text.indexOf(t); at !== -1; at = text.indexOf(t, at + t.length)) count++;
    }
    return count;
  }, term);
}

describe('search page', () => {
  it('finds 零直排 inside 污水零直排区, with per-plan counts equal to the plan pages, and follows a result to the highlighted paragraph', async () => {
    const opened = await site.open(('search/?q=' + encodeURIComponent('零直排')));
    const { page } = opened;
    try {
      const total = await waitForAnswer(page);
      expect(total).toBeGreaterThan(0);
      const counts = await statedCounts(page);
      expect(counts.size).toBeGreaterThan(0);
      let sum = 0;
      for (const [planId, hits] of counts) {
        const planPage = await site.open((`plans/${planId}/`));
        try {
          expect(await countOnPlanPage(planPage.page, '零直排'), planId).toBe(hits);
        } finally {
          await planPage.close();
        }
        sum += hits;
      }
      expect(sum).toBe(total);
      // Some snippet shows the term inside a longer word, highlighted.
      const marks = await page.$$eval('.search-items mark', (ms) => ms.map((m) => m.textContent));
      expect(marks.length).toBeGreaterThan(0);
      expect(new Set(marks)).toEqual(new Set(['零直排']));

      const first = page.locator('a[data-search-result]').first();
      const href = (await first.getAttribute('href'))!;
      expect(href).toMatch(/\/plans\/[a-z0-9-]+\/\?hl=.+#[ps]-[\d-]+$/);
      const anchor = decodeURIComponent(href.split('#')[1]);
      await Promise.all([page.waitForURL(/\/plans\//), first.click()]);
      await page.locator('mark.search-hit').first().waitFor({ timeout: 30_000 });
      const landing = await page.evaluate((id) => {
        const target = document.getElementById(id)!;
        const r = target.getBoundingClientRect();
        return {
          marksInTarget: [...target.querySelectorAll('mark.search-hit')].map((m) => m.textContent),
          inView: r.top < innerHeight && r.bottom > 0,
          stated: Number(document.querySelector('[data-highlight-count]')?.getAttribute('data-highlight-count')),
          allMarks: document.querySelectorAll('mark.search-hit:not([data-continued])').length,
        };
      }, anchor);
      expect(landing.marksInTarget.length).toBeGreaterThan(0);
      expect(new Set(landing.marksInTarget)).toEqual(new Set(['零直排']));
      expect(landing.inView).toBe(true);
      expect(landing.stated).toBe(landing.allMarks);
      expect(landing.allMarks).toBe(await countOnPlanPage(page, '零直排'));
      expect(opened.problems, formatProblems(opened.problems)).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('paints the plan groups with their counts before any text arrives, fills each group as its own text comes, and "show all" waits for it', async () => {
    const opened = await site.open(null);
    const { page } = opened;
    // Hold back each plan's text files (outline and chunks) until the test lets that plan through.
    const gates = new Map<string, { open: Promise<void>; release: () => void }>();
    const gate = (plan: string) => {
      let g = gates.get(plan);
      if (!g) {
        let release = () => {};
        const open = new Promise<void>((resolve) => (release = resolve));
        gates.set(plan, (g = { open, release }));
      }
      return g;
    };
    const busy = (plan: string) => page.getAttribute(`#result-${plan} ~ ol.search-items`, 'aria-busy');
    try {
      await page.route('**/data/search/text/**', async (route) => {
        await gate(new URL(route.request().url()).pathname.split('/').at(-2)!).open;
        await route.continue();
      });
      await page.goto(site.url('search/?q=' + encodeURIComponent('水')));
      const summary = page.locator('[data-search-status] [data-total-hits]');
      await summary.waitFor({ timeout: 45_000 });
      const groups = await page.$$eval('.search-group', (gs) =>
        gs.map((g) => ({
          plan: g.querySelector('h2')!.id.replace(/^result-/, ''),
          title: g.querySelector('h2 a')!.textContent!.trim(),
          hits: Number(g.querySelector('[data-plan-hits]')!.getAttribute('data-plan-hits')),
          units: Number(g.querySelector('[data-plan-units]')!.getAttribute('data-plan-units')),
          busy: g.querySelector('ol.search-items')!.getAttribute('aria-busy'),
          placeholder: g.querySelector('ol.search-items .loading')?.textContent ?? '',
          results: g.querySelectorAll('a[data-search-result]').length,
        })),
      );
      expect(groups.length).toBeGreaterThan(1);
      expect(groups.reduce((n, g) => n + g.hits, 0)).toBe(Number(await summary.getAttribute('data-total-hits')));
      for (const g of groups) {
        expect(g.title.length, g.plan).toBeGreaterThan(0);
        expect([g.busy, g.results], g.plan).toEqual(['true', 0]);
        expect(g.placeholder).toContain('正在载入文本');
        expect(g.placeholder).toContain('Loading text');
      }
      expect(await page.$$eval('[data-complete]', (e) => e.length)).toBe(0);

      // "Show all" is there at once; pressed before the text is in, it waits for it.
      const [first, ...rest] = groups;
      expect(first.units).toBeGreaterThan(3);
      const more = page.locator(`#result-${first.plan} ~ button`);
      await more.click();
      for (const g of rest) gate(g.plan).release();
      for (const g of rest) await expect.poll(() => busy(g.plan), { timeout: 30_000 }).toBeNull();
      expect(await busy(first.plan), 'the held plan is still loading').toBe('true');
      expect(await page.$$eval('[data-complete]', (e) => e.length)).toBe(0);
      for (const g of rest) expect(await page.locator(`#result-${g.plan} ~ ol a[data-search-result]`).count(), g.plan).toBe(Math.min(3, g.units));

      gate(first.plan).release();
      await waitForAnswer(page);
      const links = page.locator(`#result-${first.plan} ~ ol a[data-search-result]`);
      await expect.poll(() => links.count(), { timeout: 30_000 }).toBe(first.units);
      expect(await page.$$eval('.search-items .loading, .search-items[aria-busy]', (e) => e.length)).toBe(0);
      expect(await links.nth(3).evaluate((a) => a === document.activeElement), 'focus moves to the first item shown by "show all"').toBe(true);
      expect(opened.problems, formatProblems(opened.problems)).toEqual([]);
    } finally {
      for (const g of gates.values()) g.release();
      await opened.close();
    }
  });

  it('treats ＰＭ２．５ as pm2.5 and keeps query and filters in the URL, across reload and back', async () => {
    const opened = await site.open(('search/'));
    const { page } = opened;
    try {
      await page.fill('#search-q', 'ＰＭ２．５');
      await page.press('#search-q', 'Enter');
      const wide = await waitForAnswer(page);
      expect(wide).toBeGreaterThan(0);
      expect(new URL(page.url()).searchParams.get('q')).toBe('ＰＭ２．５');
      const half = await site.open(('search/?q=pm2.5'));
      expect(await waitForAnswer(half.page)).toBe(wide);
      await half.close();

      await page.selectOption('select[name="part"]', 'plan');
      await page.waitForURL(/part=plan/);
      const planOnly = await waitForAnswer(page);
      expect(planOnly).toBeLessThanOrEqual(wide);
      await page.reload();
      expect(await waitForAnswer(page)).toBe(planOnly);
      expect(await page.inputValue('select[name="part"]')).toBe('plan');
      await page.goBack();
      await page.waitForURL((u) => !u.search.includes('part='));
      expect(await waitForAnswer(page)).toBe(wide);
      expect(opened.problems, formatProblems(opened.problems)).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('keeps in the URL only the query it uses: a 2,000-character query is cut as the engine cuts it, and a reload answers alike', async () => {
    // 2,000 ideographs are 18 KB in a URL: more than a server's header limit (Node: 16 KB → HTTP 431).
    const long = '水'.repeat(2_000);
    const opened = await site.open('search/');
    const { page } = opened;
    try {
      await page.fill('#search-q', long);
      await page.press('#search-q', 'Enter');
      const total = await waitForAnswer(page);
      expect(await page.textContent('[data-search-status]'), 'the page says the query was cut').toContain('only its first 100 characters were used');
      const q = new URL(page.url()).searchParams.get('q') ?? '';
      expect(q).toBe('水'.repeat(100));
      expect(page.url().length).toBeLessThan(2_000);
      const reloaded = await page.reload();
      expect(reloaded?.status(), 'the reload of the search URL').toBe(200);
      expect(await waitForAnswer(page)).toBe(total);
      expect(await page.inputValue('#search-q')).toBe(q);
      expect(opened.problems, formatProblems(opened.problems)).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('replaces a long query that came in the URL with the part it uses', async () => {
    const long = '污水 '.repeat(600);
    const opened = await site.open('search/?q=' + encodeURIComponent(long));
    try {
      const total = await waitForAnswer(opened.page);
      expect(total).toBeGreaterThan(0);
      const q = new URL(opened.page.url()).searchParams.get('q') ?? '';
      expect(Array.from(q).length).toBeLessThanOrEqual(100);
      // The engine reads the first 100 characters: 33 times '污水 ' and one '污'.
      expect(q).toBe(`${'污水 '.repeat(33)}污`);
      // What the page used is what the URL now says: a reload finds the same.
      const again = await site.open('search/?q=' + encodeURIComponent(q));
      try {
        expect(await waitForAnswer(again.page)).toBe(total);
      } finally {
        await again.close();
      }
    } finally {
      await opened.close();
    }
  });

  it('offers 无废城市 for the typo 无费城市', async () => {
    const opened = await site.open(('search/?q=' + encodeURIComponent('无费城市')));
    try {
      expect(await waitForAnswer(opened.page)).toBe(0);
      const link = opened.page.locator('a[data-did-you-mean]');
      await link.waitFor({ timeout: 30_000 });
      expect(await link.textContent()).toBe('无废城市');
    } finally {
      await opened.close();
    }
  });

  it('answers bad queries without errors', async () => {
    const queries = ['.*[(', 'a'.repeat(10_000), '😀🌳', '，。、！', '', '<b>x</b>', '%', '\u0000'];
    for (const q of queries) {
      const opened = await site.open(('search/?q=' + encodeURIComponent(q)));
      try {
        await opened.page.locator('[data-search-status] p').first().waitFor({ timeout: 30_000 });
        const status = await opened.page.textContent('[data-search-status]');
        expect(status?.trim().length, JSON.stringify(q.slice(0, 20))).toBeGreaterThan(0);
        expect(opened.problems, `${JSON.stringify(q.slice(0, 20))}\n${formatProblems(opened.problems)}`).toEqual([]);
        expect(await opened.page.$$eval('[data-search-results] b', (b) => b.length)).toBe(0);
      } finally {
        await opened.close();
      }
    }
  }, 180_000);

  it('"/" focuses the search box; arrow keys walk the results', async () => {
    const opened = await site.open(('search/?q=' + encodeURIComponent('污水 零直排')));
    const { page } = opened;
    try {
      await waitForAnswer(page);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
      await page.keyboard.press('Escape');
      await page.keyboard.press('ArrowDown');
      const hrefs = await page.$$eval('a[data-search-result]', (as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs.length).toBeGreaterThan(1);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(hrefs[0]);
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(hrefs[1]);
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    } finally {
      await opened.close();
    }
  });

  it('suggests from short fields in the header box on any page', async () => {
    const opened = await site.open((''));
    const { page } = opened;
    try {
      // The suggestion module loads on first focus. Hold it back until the keys are typed, as a
      // slow network or a busy machine would: keys that arrive before it must still be answered.
      let release = () => {};
      const typed = new Promise<void>((resolve) => (release = resolve));
      let held = 0;
      await page.route('**/*.js', async (route) => {
        held++;
        await typed;
        await route.continue();
      });
      try {
        await page.keyboard.press('/');
        await page.keyboard.type('无废');
        // The module was asked for and is still held back: the keys really came first.
        await expect.poll(() => held, { timeout: 30_000 }).toBeGreaterThan(0);
        expect(await page.evaluate(() => document.querySelectorAll('#site-search-q-suggestions [role="option"]').length)).toBe(0);
      } finally {
        release();
      }
      await expect
        .poll(() => page.evaluate(() => document.querySelectorAll('#site-search-q-suggestions [role="option"]').length), { timeout: 30_000 })
        .toBeGreaterThan(0);
      expect(await page.getAttribute('#site-search-q', 'aria-expanded')).toBe('true');
      expect(await page.textContent('#site-search-q-suggestions')).toContain('无废城市');
      await page.keyboard.press('ArrowDown');
      expect(await page.getAttribute('#site-search-q', 'aria-activedescendant')).toBe('site-search-q-suggestions-0');
      expect(opened.problems, formatProblems(opened.problems)).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('without JavaScript, says that search needs it and links to every plan page', async () => {
    const opened = await site.open(('search/?q=x'), { javaScriptEnabled: false });
    try {
      const text = await opened.page.textContent('.search-noscript');
      expect(text).toContain('JavaScript');
      const links = await opened.page.$$eval('.search-noscript a', (as) => as.map((a) => a.getAttribute('href')));
      const planCount = await opened.page.$$eval('select[name="plan"] option', (os) => os.filter((o) => o.getAttribute('value')).length);
      expect(links.length).toBe(planCount);
      expect(links.every((h) => /\/plans\/[a-z0-9-]+\/$/.test(h ?? ''))).toBe(true);
    } finally {
      await opened.close();
    }
  });
});

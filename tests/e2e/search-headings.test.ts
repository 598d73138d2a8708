// Search that never dead-ends: a term may be found in a paragraph's heading path (marked in the
// heading line), the rule is stated on the page, and a search that finds nothing says how often
// each term occurs on its own, in which plans, and offers "any of the terms" (mode=any in the URL).
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../scripts/load-content.ts';
import { bruteForceSearch } from '../../src/lib/search/brute-force.ts';
import { formatProblems } from './support/browser.ts';
import { waitForSearchAnswer } from './support/search.ts';
import { useSite } from './support/site.ts';

const site = useSite();
const atlas = loadAtlas();

describe('search through heading paths', () => {
  it('finds 排污许可 执法 in Hengyang 2021 under the heading 严格生态环境监管执法, 执法 marked in the heading line', async () => {
    const opened = await site.open('search/?q=' + encodeURIComponent('排污许可 执法') + '&plan=hengyang-2021');
    const { page } = opened;
    try {
      const [expected] = bruteForceSearch(atlas, ['排污许可', '执法'], { plans: ['hengyang-2021'] });
      expect(expected.units.size, 'brute force finds the paragraph').toBe(1);
      const [id] = expected.units.keys();
      expect(await waitForSearchAnswer(page)).toBe(expected.hits);
      const result = page.locator('a[data-search-result]');
      await expect.poll(() => result.count(), { timeout: 30_000 }).toBe(1);
      expect(await result.getAttribute('href')).toMatch(new RegExp(`#${id}$`));
      expect(await result.locator('.path').textContent()).toContain('严格生态环境监管执法');
      expect(await result.locator('.path mark').allTextContents()).toEqual(['执法']);
      expect(new Set(await result.locator('.snippet mark').allTextContents())).toEqual(new Set(['排污许可']));
      expect(opened.problems, formatProblems(opened.problems)).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('states the rule on the page in Chinese and English', async () => {
    const opened = await site.open('search/');
    try {
      const help = (await opened.page.textContent('#search-help'))!;
      expect(help).toContain('每个词须出现在段落正文或它上面的某一级标题中');
      expect(help).toContain('every term must occur in the paragraph\'s text or in one of the headings above it');
      expect(await opened.page.$$eval('select[name="mode"] option', (os) => os.map((o) => o.textContent))).toEqual(['全部词 All terms', '任一词 Any of the terms']);
    } finally {
      await opened.close();
    }
  });
});

describe('a search that finds nothing', () => {
  it('shows each term\'s count and plans, and one click on “any of the terms” runs it in OR mode, in the URL', async () => {
    const terms = ['零直排', '碳排放'];
    expect(bruteForceSearch(atlas, terms), 'no paragraph holds both').toEqual([]);
    const opened = await site.open('search/?q=' + encodeURIComponent(terms.join(' ')));
    const { page } = opened;
    try {
      expect(await waitForSearchAnswer(page)).toBe(0);
      const box = page.locator('[data-no-results]');
      await box.waitFor({ timeout: 30_000 });
      for (const term of terms) {
        const alone = bruteForceSearch(atlas, [term]);
        const row = box.locator(`li[data-term="${term}"]`);
        expect(Number(await row.getAttribute('data-term-units')), term).toBe(alone.reduce((n, p) => n + p.units.size, 0));
        expect((await row.locator('a[data-term-plan]').evaluateAll((as) => as.map((a) => a.getAttribute('data-term-plan')))).sort(), term).toEqual(alone.map((p) => p.plan).sort());
      }
      const any = bruteForceSearch(atlas, terms, {}, 'any');
      const anyHits = any.reduce((n, p) => n + p.hits, 0);
      await Promise.all([page.waitForURL(/[?&]mode=any(&|$)/), box.locator('a[data-any-terms]').click()]);
      await expect.poll(() => page.locator('[data-search-status] [data-total-hits][data-complete]').getAttribute('data-total-hits'), { timeout: 45_000 }).toBe(String(anyHits));
      expect(await page.$$eval('.search-group h2 a', (as) => as.map((a) => a.getAttribute('href')!.split('/').filter(Boolean).at(-1)))).toEqual(expect.arrayContaining(any.map((p) => p.plan)));
      expect(await page.locator('.search-group').count()).toBe(any.length);
      expect(await page.inputValue('select[name="mode"]')).toBe('any');
      expect(opened.problems, formatProblems(opened.problems)).toEqual([]);
      // The URL alone carries the mode: opened afresh it gives the same answer.
      const shared = await site.open(page.url());
      try {
        expect(await waitForSearchAnswer(shared.page)).toBe(anyHits);
      } finally {
        await shared.close();
      }
    } finally {
      await opened.close();
    }
  });
});

// Search that does not dead-end: with one plan filtered every one of its results is shown (not the
// first three behind a button), and the header's search box takes no more than the engine reads.
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH } from '../../src/lib/search/parse-query.ts';
import { formatProblems } from './support/browser.ts';
import { waitForSearchAnswer } from './support/search.ts';
import { useSite } from './support/site.ts';

const site = useSite();

describe('search', () => {
  it('shows every result of the one plan filtered, with no “show all” button', async () => {
    const opened = await site.open('search/?q=' + encodeURIComponent('污水') + '&plan=hengyang-2021');
    const { page } = opened;
    try {
      await waitForSearchAnswer(page);
      const group = page.locator('.search-group');
      expect(await group.count()).toBe(1);
      const units = Number(await group.locator('[data-plan-units]').getAttribute('data-plan-units'));
      expect(units, 'the test needs a plan with more than three results').toBeGreaterThan(3);
      await expect.poll(() => group.locator('ol.search-items > li a[data-search-result]').count(), { timeout: 30_000 }).toBe(units);
      expect(await group.locator('button', { hasText: 'Show all' }).count()).toBe(0);
      expect(opened.problems, formatProblems(opened.problems)).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('still collapses each plan to three results when several plans answer', async () => {
    const opened = await site.open('search/?q=' + encodeURIComponent('污水'));
    try {
      await waitForSearchAnswer(opened.page);
      const first = opened.page.locator('.search-group').first();
      await expect.poll(() => first.locator('ol.search-items > li a[data-search-result]').count(), { timeout: 30_000 }).toBe(3);
    } finally {
      await opened.close();
    }
  });

  it('gives the header search box the engine’s query length as its maxlength', async () => {
    const opened = await site.open('');
    try {
      expect(await opened.page.getAttribute('#site-search-q', 'maxlength')).toBe(String(MAX_QUERY_LENGTH));
    } finally {
      await opened.close();
    }
  });
});

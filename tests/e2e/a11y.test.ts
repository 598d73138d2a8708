// Gate: on one page of every page type (the largest of its type), axe-core finds no serious
// or critical violation, and the page loads with no console error, exception or failed request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViolations, runAxe, seriousViolations } from './support/axe.ts';
import { formatProblems } from './support/browser.ts';
import type { OpenedPage } from './support/browser.ts';
import { listHtmlPages, representativePages, requirePages } from './support/pages.ts';
import { useSite } from './support/site.ts';

const pages = listHtmlPages();
const reps = representativePages(pages);
const site = useSite();

describe('every page type', () => {
  it('dist/ has pages to check', () => {
    requirePages(pages);
    console.log(`page types (${reps.length}): ${reps.map((r) => `${r.type} → ${r.urlPath}`).join(', ')}`);
  });

  describe.each(reps.map((r) => [r.type, r] as const))('%s', (_type, rep) => {
    let opened: OpenedPage;
    beforeAll(async () => {
      // Opened and settled: scripts ran, the network is quiet, nothing is aria-busy.
      opened = await site.open(rep.path);
    });
    afterAll(async () => {
      await opened?.close();
    });

    it(`loads ${rep.urlPath} with no console error, exception or failed request`, () => {
      const problems = opened.problems;
      expect(problems.length, `problems while loading ${rep.urlPath}:\n${formatProblems(problems)}`).toBe(0);
    });

    it(`axe-core: no serious or critical violation on ${rep.urlPath}`, async () => {
      const serious = seriousViolations(await runAxe(opened.page));
      expect(serious.length, `axe-core on ${rep.urlPath}:\n${formatViolations(serious)}`).toBe(0);
    });
  });
});

// Theme pages in pages of plans: every plan's column on exactly one page, and every link to a
// plan's column lands on that page. The five seeds with two plans a page stand in for many plans.
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../scripts/load-content.ts';
import { PLANS_PER_PAGE, planPageCount, planPageRange, themeLinker } from '../../src/lib/plan-pages.ts';
import { loadMetrics } from '../../scripts/load-content.ts';
import { buildIndicatorSet } from '../../src/lib/indicators/indicator-set.ts';
import { indicatorTable } from '../../src/lib/indicators/indicator-views.ts';
import { siteUrls } from '../../src/lib/urls.ts';
import { themeView } from '../../src/lib/views.ts';

const atlas = loadAtlas();
const ids = atlas.plans.map((p) => p.plan.meta.id);
const urls = siteUrls('/atlas/');
const PER_PAGE = 2;

describe('theme pages of plans', () => {
  it('keeps today’s five plans on one page', () => {
    expect(ids.length).toBeLessThanOrEqual(PLANS_PER_PAGE);
    const view = themeView(atlas, 'water');
    expect(view.pageCount).toBe(1);
    expect(view.columns.map((c) => c.card.id)).toEqual(ids);
  });

  it('puts each plan’s column on exactly one page, in plan order', () => {
    const pages = planPageCount(ids.length, PER_PAGE);
    expect(pages).toBe(Math.ceil(ids.length / PER_PAGE));
    const seen: string[] = [];
    for (let page = 1; page <= pages; page++) {
      const view = themeView(atlas, 'water', page, PER_PAGE);
      expect(view.pageCount).toBe(pages);
      expect(view.columns.length).toBeLessThanOrEqual(PER_PAGE);
      seen.push(...view.columns.map((c) => c.card.id));
    }
    expect(seen).toEqual(ids);
  });

  it('links a plan’s column on the page that shows it', () => {
    const href = themeLinker(urls.theme, ids, PER_PAGE);
    for (const id of ids) {
      const link = href('soil', id);
      const match = /^\/atlas\/themes\/soil\/(?:(\d+)\/)?#plan-(.+)$/.exec(link);
      expect(match, link).not.toBeNull();
      const page = match![1] ? Number(match![1]) : 1;
      expect(match![1], 'page 1 has no number in its URL').not.toBe('1');
      expect(themeView(atlas, 'soil', page, PER_PAGE).columns.map((c) => c.card.id)).toContain(match![2]);
    }
    expect(href('soil')).toBe('/atlas/themes/soil/');
    expect(() => href('soil', 'nowhere-2020')).toThrow(/unknown plan id "nowhere-2020"/);
  });

  it('refuses a page that does not exist', () => {
    expect(() => themeView(atlas, 'water', 0, PER_PAGE)).toThrow(/no page 0/);
    expect(() => themeView(atlas, 'water', planPageCount(ids.length, PER_PAGE) + 1, PER_PAGE)).toThrow(/no page/);
  });
});

describe('the targets table in pages of plans', () => {
  it('names the first and last plan of each page', () => {
    expect(planPageRange(1, 5, PER_PAGE)).toEqual({ start: 1, end: 2 });
    expect(planPageRange(3, 5, PER_PAGE)).toEqual({ start: 5, end: 5 });
  });

  it('keeps only the page’s plans in every row, while “stated by” still counts every plan', () => {
    const set = buildIndicatorSet(atlas, loadMetrics());
    const all = indicatorTable(atlas, set, (id) => `/plans/${id}/`);
    const page = new Set(ids.slice(0, PER_PAGE));
    const paged = indicatorTable(atlas, set, (id) => `/plans/${id}/`, page);
    expect(paged.plans.map((p) => p.id)).toEqual(ids.slice(0, PER_PAGE));
    expect(paged.groups.map((g) => g.theme)).toEqual(all.groups.map((g) => g.theme));
    paged.groups.forEach((g, i) =>
      g.rows.forEach((row, j) => {
        const full = all.groups[i].rows[j];
        expect(row.cells.map((c) => c.plan)).toEqual(ids.slice(0, PER_PAGE));
        expect(row.cells).toEqual(full.cells.filter((c) => page.has(c.plan)));
        expect(row.statedBy).toBe(full.statedBy);
      }),
    );
    expect(all.groups.flatMap((g) => g.rows).some((r) => r.statedBy > 0)).toBe(true);
  });
});

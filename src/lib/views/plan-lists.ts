/**
 * The paged lists of plans (the overview, /analysis/, /indicators/ and each theme) and the ways
 * to every page of them when there are many: the list of every page of a list (its pager's jump
 * form lands there without JavaScript) and the plans by province, level and year (/browse/).
 * None of these pages exists while every plan fits on one page.
 */
import type { Atlas, AtlasPlan } from '../atlas.ts';
import { KIND_LABELS, LEVEL_LABELS, yearsLabel, type Label } from '../labels.ts';
import { planPageCount, planPageHref, planPageRange, planPageSlice } from '../plan-pages.ts';
import { joinBase, type SiteUrls } from '../urls.ts';
import { pagerView, pagesIndexView, type PagerView, type PagesIndexView } from './pager.ts';

export type PlanList = { kind: 'home' } | { kind: 'analysis' } | { kind: 'indicators' } | { kind: 'theme'; themeId: string };

type Urls = Pick<SiteUrls, 'home' | 'analysis' | 'theme' | 'indicatorsPage'>;

/** Page n of a list. */
export function planListHref(urls: Urls, list: PlanList, page: number): string {
  switch (list.kind) {
    case 'home':
      return planPageHref(urls.home, page, 'page/');
    case 'analysis':
      return planPageHref(urls.analysis, page);
    case 'indicators':
      return urls.indicatorsPage(page);
    case 'theme':
      return urls.theme(list.themeId, undefined, page);
  }
}

/** The path (under the base, no leading slash) of a list's index of pages: page/, analysis/pages/, … */
export function pagesIndexPath(list: PlanList): string {
  switch (list.kind) {
    case 'home':
      return 'page/';
    case 'analysis':
      return 'analysis/pages/';
    case 'indicators':
      return 'indicators/pages/';
    case 'theme':
      return `themes/${list.themeId}/pages/`;
  }
}

export function pagesIndexHref(urls: Pick<SiteUrls, 'home'>, list: PlanList): string {
  return joinBase(urls.home, pagesIndexPath(list));
}

/** Every paged list, when plans come in more than one page (none otherwise). */
export function pagedLists(atlas: Atlas): PlanList[] {
  if (planPageCount(atlas.plans.length) <= 1) return [];
  return [{ kind: 'home' }, { kind: 'analysis' }, { kind: 'indicators' }, ...atlas.themes.map((t) => ({ kind: 'theme' as const, themeId: t.id }))];
}

function listLabel(atlas: Atlas, list: PlanList): Label {
  switch (list.kind) {
    case 'home':
      return { zh: '总览', en: 'Overview' };
    case 'analysis':
      return { zh: '文本分析', en: 'Text analysis' };
    case 'indicators':
      return { zh: '指标', en: 'Targets' };
    case 'theme': {
      const t = atlas.themes.find((x) => x.id === list.themeId);
      if (!t) throw new Error(`pages of plans: unknown theme "${list.themeId}"`);
      return { zh: t.nameZh, en: t.nameEn };
    }
  }
}

const placeLabel = (p: AtlasPlan): Label => ({ zh: p.jurisdiction.nameZh, en: p.jurisdiction.nameEn });

export interface PagesIndexPageView extends PagesIndexView {
  browseHref: string;
}

/** /page/, /analysis/pages/, /indicators/pages/, /themes/<id>/pages/: every page of the list. */
export function pagesIndexPageView(inputs: { atlas: Atlas; urls: Urls }, list: PlanList): PagesIndexPageView {
  const { atlas, urls } = inputs;
  return { ...pagesIndexView(listLabel(atlas, list), atlas.plans, placeLabel, (n) => planListHref(urls, list, n)), browseHref: browseHref(urls) };
}

/** The pager of page `page` of a list: first, previous, nearby, next and last pages, the jump form and the list of every page. */
export function planListPager(inputs: { atlas: Atlas; urls: Urls }, list: PlanList, page: number): PagerView | null {
  const { atlas, urls } = inputs;
  const n = atlas.plans.length;
  const plans = planPageSlice(atlas.plans, page);
  if (plans.length === 0) return null;
  return pagerView(page, planPageCount(n), n, placeLabel(plans[0]), placeLabel(plans.at(-1)!), (p) => planListHref(urls, list, p), {
    pagesIndex: pagesIndexHref(urls, list),
    browse: browseHref(urls),
  });
}

// ---- Browse by province, level and year ----

export type BrowseFacet = 'province' | 'level' | 'year';

/** Plans a browse page lists (a line each, about 250 bytes: 200 plans ≈ 50 KB). */
export const BROWSE_PER_PAGE = 200;

export function browseHref(urls: Pick<SiteUrls, 'home'>, facet?: BrowseFacet, value?: string, page = 1): string {
  if (!facet) return joinBase(urls.home, 'browse/');
  return joinBase(urls.home, `browse/${facet}/${value}/${page > 1 ? `${page}/` : ''}`);
}

export interface BrowseValue {
  facet: BrowseFacet;
  value: string;
  label: Label;
  plans: AtlasPlan[];
}

const FACET_LABELS: Record<BrowseFacet, Label> = {
  province: { zh: '省份', en: 'Province' },
  level: { zh: '行政级别', en: 'Level' },
  year: { zh: '年份', en: 'Year' },
};

const LEVEL_ORDER = ['province', 'prefecture', 'county'] as const;

const browseValuesOf = new WeakMap<readonly AtlasPlan[], { length: number; values: Record<BrowseFacet, BrowseValue[]> }>();

/**
 * The values of each facet with their plans, in the site's plan order: provinces by code, levels
 * from province down, years ascending. Grouped once per list of plans (every browse page asks); read only.
 */
export function browseValues(atlas: Atlas): Record<BrowseFacet, BrowseValue[]> {
  const known = browseValuesOf.get(atlas.plans);
  if (known && known.length === atlas.plans.length) return known.values;
  const values = groupBrowseValues(atlas);
  browseValuesOf.set(atlas.plans, { length: atlas.plans.length, values });
  return values;
}

function groupBrowseValues(atlas: Atlas): Record<BrowseFacet, BrowseValue[]> {
  const group = (facet: BrowseFacet, keyOf: (p: AtlasPlan) => { value: string; label: Label }[]) => {
    const map = new Map<string, BrowseValue>();
    for (const p of atlas.plans)
      for (const { value, label } of keyOf(p)) {
        if (!map.has(value)) map.set(value, { facet, value, label, plans: [] });
        map.get(value)!.plans.push(p);
      }
    return [...map.values()];
  };
  const provinces = group('province', (p) => [{ value: p.jurisdiction.provinceCode, label: { zh: p.jurisdiction.province, en: p.jurisdiction.provinceEn } }]).sort((a, b) =>
    a.value.localeCompare(b.value),
  );
  const levels = group('level', (p) => [{ value: p.jurisdiction.level, label: LEVEL_LABELS[p.jurisdiction.level] }]).sort(
    (a, b) => LEVEL_ORDER.indexOf(a.value as (typeof LEVEL_ORDER)[number]) - LEVEL_ORDER.indexOf(b.value as (typeof LEVEL_ORDER)[number]),
  );
  // A plan covering two years (a review and the next year's plan) is listed under both.
  const years = group('year', (p) => p.plan.meta.years.map((y) => ({ value: String(y), label: { zh: `${y}年`, en: String(y) } }))).sort((a, b) => Number(a.value) - Number(b.value));
  return { province: provinces, level: levels, year: years };
}

export interface BrowseIndexView {
  title: string;
  plans: number;
  homeHref: string;
  facets: { facet: BrowseFacet; label: Label; values: { label: Label; count: number; href: string }[] }[];
}

/** /browse/: every province, level and year with its number of plans. */
export function browseIndexView(inputs: { atlas: Atlas; urls: Urls }): BrowseIndexView {
  const { atlas, urls } = inputs;
  const values = browseValues(atlas);
  return {
    title: '浏览全部计划 Browse every plan',
    plans: atlas.plans.length,
    homeHref: urls.home,
    facets: (['province', 'level', 'year'] as const).map((facet) => ({
      facet,
      label: FACET_LABELS[facet],
      values: values[facet].map((v) => ({ label: v.label, count: v.plans.length, href: browseHref(urls, facet, v.value) })),
    })),
  };
}

export interface BrowsePageView {
  title: string;
  facet: Label;
  value: Label;
  browseHref: string;
  count: number;
  pager: PagerView | null;
  plans: { href: string; place: Label; level: Label; province: Label; years: string; kind: Label; title: string }[];
}

/** Every browse page: each facet value, BROWSE_PER_PAGE plans a page. */
export function browsePages(atlas: Atlas): { facet: BrowseFacet; value: string; page: number }[] {
  const values = browseValues(atlas);
  return (['province', 'level', 'year'] as const).flatMap((facet) =>
    values[facet].flatMap((v) => Array.from({ length: planPageCount(v.plans.length, BROWSE_PER_PAGE) }, (_, i) => ({ facet, value: v.value, page: i + 1 }))),
  );
}

/** /browse/<facet>/<value>/[<n>/]: the plans of one province, level or year, in the site's plan order. */
export function browsePageView(inputs: { atlas: Atlas; urls: Urls & Pick<SiteUrls, 'plan'> }, facet: BrowseFacet, value: string, page = 1): BrowsePageView {
  const { atlas, urls } = inputs;
  const v = browseValues(atlas)[facet].find((x) => x.value === value);
  if (!v) throw new Error(`browse: no ${facet} "${value}"`);
  const pageCount = planPageCount(v.plans.length, BROWSE_PER_PAGE);
  if (!Number.isInteger(page) || page < 1 || page > pageCount) throw new Error(`browse ${facet} ${value}: no page ${page} (pages 1–${pageCount})`);
  const plans = planPageSlice(v.plans, page, BROWSE_PER_PAGE);
  const { start, end } = planPageRange(page, v.plans.length, BROWSE_PER_PAGE);
  const f = FACET_LABELS[facet];
  return {
    title: `${f.zh}：${v.label.zh} ${f.en}: ${v.label.en}${pageCount > 1 ? ` · 第${page}页 Page ${page}` : ''}`,
    facet: f,
    value: v.label,
    browseHref: browseHref(urls),
    count: v.plans.length,
    pager: pagerView(page, pageCount, v.plans.length, placeLabel(v.plans[start - 1]), placeLabel(v.plans[end - 1]), (n) => browseHref(urls, facet, value, n), {
      perPage: BROWSE_PER_PAGE,
    }),
    plans: plans.map((p) => ({
      href: urls.plan(p.plan.meta.id),
      place: placeLabel(p),
      level: LEVEL_LABELS[p.jurisdiction.level],
      province: { zh: p.jurisdiction.province, en: p.jurisdiction.provinceEn },
      years: yearsLabel(p.plan.meta.years),
      kind: KIND_LABELS[p.plan.meta.kind],
      title: p.plan.meta.title,
    })),
  };
}

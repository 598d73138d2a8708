// The route view models (src/lib/views/): what each page renders, computed once from the build's
// inputs, so components only render. Charts are stand-ins here (no rendering): the views pass them on.
import { describe, expect, it } from 'vitest';
import { loadAtlas, loadGlossary, loadMetrics } from '../../scripts/load-content.ts';
import { chartLinks } from '../../src/lib/charts/chart-page.ts';
import { metricChartId } from '../../src/lib/charts/metric-dot-plot.ts';
import { chartRegistry } from '../../src/lib/charts/registry.ts';
import { indexGlossary } from '../../src/lib/compare/glossary.ts';
import { textAnalysis } from '../../src/lib/compare/text-analysis.ts';
import { buildIndicatorSet } from '../../src/lib/indicators/indicator-set.ts';
import { themeLinker } from '../../src/lib/plan-pages.ts';
import { siteUrls } from '../../src/lib/urls.ts';
import { themeView } from '../../src/lib/views.ts';
import { tableView } from '../../src/lib/views/data-table.ts';
import { homeView } from '../../src/lib/views/home.ts';
import { indicatorsPageView } from '../../src/lib/views/indicators-page.ts';
import { aboutView } from '../../src/lib/views/about-page.ts';
import { parseMethod } from '../../src/lib/content/method.ts';
import method from '../../content/method.json';
import { analysisRouteView } from '../../src/lib/views/analysis-page.ts';
import { chartGalleryView } from '../../src/lib/views/chart-gallery.ts';
import { comparePageView } from '../../src/lib/views/compare-page.ts';
import { chartOf, type ViewChart, type ViewInputs } from '../../src/lib/views/inputs.ts';
import { pagerView, pagerWindow, pagesIndexView } from '../../src/lib/views/pager.ts';
import { planPageView } from '../../src/lib/views/plan-page.ts';
import { figuresReading } from '../../src/lib/views/figures-reading.ts';
import { parseFigureChecks } from '../../src/lib/content/figure-checks.ts';
import { THEME_PARAGRAPHS_SHOWN, themePageView } from '../../src/lib/views/theme-page.ts';
import {
  BROWSE_PER_PAGE,
  browseIndexView,
  browsePages,
  browsePageView,
  browseValues,
  pagedLists,
  pagesIndexHref,
  pagesIndexPageView,
  planListHref,
} from '../../src/lib/views/plan-lists.ts';
import { PLACE_FIGURES_PER_CELL, PLACE_PLANS_LISTED, placePageView } from '../../src/lib/views/place-page.ts';
import { SEARCH_PLANS_LISTED, searchFormView } from '../../src/lib/search/search-form-view.ts';

const atlas = loadAtlas();
const indicators = buildIndicatorSet(atlas, loadMetrics());
const urls = siteUrls('/atlas/');
const ids = atlas.plans.map((p) => p.plan.meta.id);
const trust = { checks: new Map(ids.slice(0, 2).map((id) => [id, '2026-11-23'] as const)), accuracy: { measured: '2026-12-04', measuringHalf: { texts: 92, precision: 0.908, recall: 0.763 } } };
const defs = chartRegistry(atlas, indicators);
const charts = new Map<string, ViewChart>(
  defs.map((def) => [def.id, { def, rendered: { html: `<svg id="${def.id}"></svg>` }, page: { links: chartLinks(def.id, urls) }, table: tableView(def.columns, def.rows, def.titleZh) }]),
);
const inputs: ViewInputs = {
  atlas,
  indicators,
  analysis: textAnalysis(atlas),
  glossary: indexGlossary(loadGlossary()),
  urls,
  themeHref: themeLinker(urls.theme, ids),
  charts,
};

describe('chart lookup', () => {
  it('hands on the build’s chart object and names an unknown id', () => {
    expect(chartOf(inputs, 'plan-theme-heatmap')).toBe(charts.get('plan-theme-heatmap'));
    expect(() => chartOf(inputs, 'no-such-chart')).toThrow(/unknown chart id "no-such-chart"/);
  });
});

describe('data table view', () => {
  it('formats each cell by its column kind and marks numeric columns', () => {
    const t = tableView(
      [
        { key: 'name', labelZh: '名', labelEn: 'Name', kind: 'text' },
        { key: 'share', labelZh: '占比', labelEn: 'Share', kind: 'percent' },
        { key: 'n', labelZh: '数', labelEn: 'Count', kind: 'integer' },
      ],
      [{ name: '绍兴', share: 0.1234, n: 12345 }, { name: '', share: null, n: 3 }],
      'caption',
    );
    expect(t.columns.map((c) => c.numeric)).toEqual([false, true, true]);
    expect(t.rows.map((r) => r.map((c) => c.text))).toEqual([['绍兴', '12.3%', '12,345'], ['—', '—', '3']]);
  });
});

describe('pager view', () => {
  it('is null when every plan fits on one page', () => {
    expect(pagerView(1, 1, 5, { zh: '甲', en: 'A' }, { zh: '乙', en: 'B' }, (n) => `/p/${n}/`)).toBeNull();
  });
  it('links every page when there are few, marks the current one, and has no jump form', () => {
    const pager = pagerView(2, 3, 45, { zh: '甲', en: 'A' }, { zh: '乙', en: 'B' }, (n) => `/p/${n}/`, { pagesIndex: '/p/' })!;
    expect(pager.pages).toEqual([
      { n: 1, href: '/p/1/', current: false },
      { n: 2, href: '/p/2/', current: true },
      { n: 3, href: '/p/3/', current: false },
    ]);
    expect([pager.start, pager.end]).toEqual([21, 40]);
    expect([pager.previous?.n, pager.next?.n, pager.jump]).toEqual([1, 3, null]);
  });
  it('with many pages links the first, previous, nearby, next and last, and a jump form to the list of every page', () => {
    const pager = pagerView(250, 500, 10_000, { zh: '甲', en: 'A' }, { zh: '乙', en: 'B' }, (n) => `/p/${n}/`, { pagesIndex: '/p/all/' })!;
    expect(pager.pages.map((p) => p && p.n)).toEqual([1, null, 248, 249, 250, 251, 252, null, 500]);
    expect(pager.pages.filter((p) => p?.current).map((p) => p!.n)).toEqual([250]);
    expect([pager.previous?.href, pager.next?.href]).toEqual(['/p/249/', '/p/251/']);
    expect(pager.jump).toEqual({ action: '/p/all/', max: 500 });
    expect([pager.start, pager.end]).toEqual([4981, 5000]);
    // Without a list of every page there is no form.
    expect(pagerView(250, 500, 10_000, { zh: '甲', en: 'A' }, { zh: '乙', en: 'B' }, (n) => `/p/${n}/`)!.jump).toBeNull();
  });
  it('its window: the ends, two either side, and a single left-out page shown rather than “…”', () => {
    expect(pagerWindow(1, 500)).toEqual([1, 2, 3, null, 500]);
    expect(pagerWindow(500, 500)).toEqual([1, null, 498, 499, 500]);
    expect(pagerWindow(4, 9)).toEqual([1, 2, 3, 4, 5, 6, null, 9]);
    expect(pagerWindow(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pagerWindow(1, 7)).toEqual([1, 2, 3, null, 7]);
    expect(pagerWindow(1, 1)).toEqual([1]);
  });
  it('the list of every page names each page’s plans by position and place', () => {
    const plans = Array.from({ length: 45 }, (_, i) => `p${i + 1}`);
    const view = pagesIndexView({ zh: '总览', en: 'Overview' }, plans, (p) => ({ zh: p, en: p.toUpperCase() }), (n) => `/p/${n}/`);
    expect(view.pages.map((p) => [p.n, p.href, p.start, p.end, p.first.zh, p.last.en])).toEqual([
      [1, '/p/1/', 1, 20, 'p1', 'P20'],
      [2, '/p/2/', 21, 40, 'p21', 'P40'],
      [3, '/p/3/', 41, 45, 'p41', 'P45'],
    ]);
    expect([view.listHref, view.plans, view.perPage]).toEqual(['/p/1/', 45, 20]);
  });
});

describe('home view', () => {
  it('has a card per plan, linked, with its length in words', () => {
    const view = homeView(inputs);
    expect(view.cards.map((c) => c.id)).toEqual(ids);
    expect(view.cards[0].href).toBe(urls.plan(ids[0]));
    expect(view.cards[0].length).toMatch(/^[\d,]+ 字 · \d+ 段$/);
    expect(view.heatmap.def.id).toBe('plan-theme-heatmap');
    expect(view.themes.map((t) => t.href)).toEqual(atlas.themes.map((t) => urls.theme(t.id)));
  });
});

describe('theme page view', () => {
  const view = themePageView(inputs, 'air', 1);

  it('holds the columns of themeView, with links and the share in words', () => {
    const base = themeView(atlas, 'air', 1);
    expect(view.columns.map((c) => c.card.id)).toEqual(base.columns.map((c) => c.card.id));
    for (const c of view.columns) {
      expect(c.shareText).toMatch(c.cell.mentioned ? /%$/ : /未提及/);
      for (const p of c.paragraphs) expect(p.href).toBe(urls.plan(c.card.id, p.id));
    }
    expect(view.pager).toBeNull();
    expect(view.range).toBeNull();
    expect(view.acrossChart.def.id).toBe('theme-across-plans-air');
  });

  it('takes the metric dot plots from the build’s charts, one per metric with figures', () => {
    const metrics = view.metrics!;
    expect(metrics.sectionId).toBe('metrics');
    const withChart = metrics.rows.filter((r) => charts.has(metricChartId(r.metric.id)));
    expect(metrics.charts.map((c) => c.chart)).toEqual(withChart.map((r) => charts.get(metricChartId(r.metric.id))));
    expect(metrics.allMetricsHref).toBe(`${urls.indicators}#theme-air`);
  });

  it('links each side of a passage pair to its sentence', () => {
    for (const pair of view.pairs.pairs) {
      expect(pair.similarity).toMatch(/^\d\.\d\d$/);
      for (const side of pair.sides) expect(side.href).toBe(urls.plan(side.planId, side.sentenceId));
    }
  });

  it('leaves out the metrics section of a theme without metrics', () => {
    const without = atlas.themes.find((t) => !indicators.metrics.some((m) => m.theme === t.id));
    if (without) expect(themePageView(inputs, without.id, 1).metrics).toBeNull();
  });
});

describe('indicators page view', () => {
  const view = indicatorsPageView(inputs, 1, trust);

  it('counts targets, achievements and commitments once, for the whole set', () => {
    expect(view.counts).toEqual({
      targets: indicators.indicators.filter((f) => f.kind === 'target').length,
      actuals: indicators.indicators.filter((f) => f.kind === 'actual').length,
      commitments: indicators.commitments.length,
    });
  });

  it('has a section per theme with metrics, titled by theme and anchored per metric', () => {
    expect(view.sections.map((s) => s.themeId)).toEqual(view.groups.map((g) => g.theme));
    for (const s of view.sections) {
      expect(s.sectionId).toBe(`theme-${s.themeId}`);
      for (const r of s.rows) expect(r.rowId).toBe(`metric-${r.metric.id}`);
    }
    expect(view.commitments.map((c) => c.plan.id)).toEqual(ids);
  });

  it('says how many plans a person checked, and the program’s measured accuracy for the others', () => {
    expect(view.reading).toMatchObject({ checked: false, checkedPlans: 2, plans: ids.length, precision: '90.8%', recall: '76.3%', texts: 92, methodHref: urls.about + '#accuracy' });
  });

  it('refuses a page that does not exist', () => {
    expect(() => indicatorsPageView(inputs, 2, trust)).toThrow(/no page 2/);
  });
});

describe('plan page view', () => {
  const id = ids[0];
  const accuracy = { measured: '2026-12-04', measuringHalf: { texts: 92, precision: 0.908, recall: 0.763 } };
  const view = planPageView(inputs, id, { checks: new Map([[id, '2026-11-23']]), accuracy });

  it('says when a person checked the figures of a plan content/figure-checks.json lists', () => {
    expect(view.figures.reading).toEqual({ checked: true, date: '2026-11-23' });
    expect(planPageView(inputs, id, { checks: new Map(), accuracy }).figures.reading.checked).toBe(false);
  });

  it('says the figures of a plan nobody checked are the program’s reading, with the accuracy measured on texts it was not tuned on', () => {
    expect(figuresReading(undefined, accuracy, urls.about + '#accuracy')).toEqual({
      checked: false,
      precision: '90.8%',
      recall: '76.3%',
      texts: 92,
      measured: '2026-12-04',
      methodHref: urls.about + '#accuracy',
    });
  });

  it('links theme chips and profile rows to the theme page holding the plan’s column', () => {
    for (const b of view.blocks) if (b.kind === 'paragraph') for (const c of b.chips) expect(c.href).toBe(inputs.themeHref(c.theme, id));
    for (const p of view.profile) expect(p.href).toBe(inputs.themeHref(p.theme, id));
    expect(view.profileChart.def.id).toBe(`plan-profile-${id}`);
  });

  it('splits figures into targets and achievements, and programmes into shared and own', () => {
    const mine = indicators.indicators.filter((f) => f.plan === id);
    expect(view.figures.sides.map((s) => s.rows.length)).toEqual([mine.filter((f) => f.kind === 'target').length, mine.filter((f) => f.kind === 'actual').length]);
    for (const p of view.distinctive.shared) expect(p.plans).toBeGreaterThanOrEqual(2);
    for (const p of view.distinctive.own) expect(p.plans).toBeLessThan(2);
    for (const t of view.distinctive.terms) expect(t.href).toBe(urls.search({ q: t.term }));
  });
});

describe('compare page view', () => {
  it('states each cell three ways, "未提及" where the theme is never mentioned, each linked to its theme column', () => {
    const view = comparePageView(inputs);
    expect(view.tables.map((t) => t.id)).toEqual(['share', 'paragraphs', 'chars']);
    for (const t of view.tables) {
      expect(t.rows.map((r) => r.card.id)).toEqual(ids);
      for (const r of t.rows)
        for (const [i, c] of r.cells.entries()) {
          expect(c.href).toBe(inputs.themeHref(atlas.themes[i].id, r.card.id));
          if (!c.mentioned) expect(c.text).toBe('未提及');
        }
    }
    expect(view.tables[0].rows[0].cells.find((c) => c.mentioned)!.text).toMatch(/^\d+\.\d%$/);
    expect(view.crossTabNote).toBeNull();
  });

  it('lists the first plans only when there are more than it lists, and says so with the total', () => {
    const view = comparePageView(inputs, 2);
    for (const t of view.tables) expect(t.rows.map((r) => r.card.id)).toEqual(ids.slice(0, 2));
    expect(view.crossTabNote!.zh).toContain(`共${ids.length}份计划`);
    expect(view.crossTabNote!.en).toContain(`Of ${ids.length} plans, the first 2`);
  });
});

describe('analysis page view', () => {
  it('hands on the four analysis charts and links every term and programme to a search', () => {
    const view = analysisRouteView(inputs);
    expect(Object.values(view.charts).map((c) => c.def.id)).toEqual(['analysis-distinctive-terms', 'analysis-programmes', 'analysis-similarity', 'analysis-commitment']);
    for (const p of view.plans) for (const t of p.terms) expect(t.href).toBe(urls.search({ q: t.term }));
    for (const row of view.sharedProgrammes) expect(row.href).toBe(urls.search({ q: row.name }));
    expect(view.glossed.every((row) => row.glossary !== undefined)).toBe(true);
    for (const p of view.ownProgrammes) expect(p.namesText).toBe(p.names.map((n) => `${n.name} ${n.count}`).join('、') || '—');
  });
});

describe('overview and analysis with more plans than a page holds', () => {
  // 45 plans: the five, each repeated nine times under new ids (the analysis is the five's, so
  // the copies have no terms or programmes of their own: the test is about pages, not content).
  const many = { ...atlas, plans: Array.from({ length: 45 }, (_, i) => {
    const p = atlas.plans[i % 5];
    return { ...p, plan: { ...p.plan, meta: { ...p.plan.meta, id: i < 5 ? p.plan.meta.id : `${p.plan.meta.id}-copy-${i}` } } };
  }) };
  const manyInputs: ViewInputs = { ...inputs, atlas: many };
  const manyIds = many.plans.map((p) => p.plan.meta.id);

  it('the overview: the heatmap and themes on page 1, 20 cards a page, a pager to /page/<n>/', () => {
    const first = homeView(manyInputs, 1);
    expect(first.first).toBe(true);
    expect(first.cards.map((c) => c.id)).toEqual(manyIds.slice(0, 20));
    expect(first.pager!.pages.map((p) => p!.href)).toEqual([urls.home, `${urls.home}page/2/`, `${urls.home}page/3/`]);
    // Three pages are all linked: no jump form; the browse pages are linked.
    expect([first.pager!.jump, first.pager!.previous, first.pager!.next?.href, first.pager!.browse]).toEqual([null, null, `${urls.home}page/2/`, `${urls.home}browse/`]);
    expect(first.plansHeading.zh).toBe('计划（第 1–20 份，共 45 份）');
    const third = homeView(manyInputs, 3);
    expect(third.first).toBe(false);
    expect(third.title).toMatch(/第3页 Page 3$/);
    expect(third.cards.map((c) => c.id)).toEqual(manyIds.slice(40));
    expect(() => homeView(manyInputs, 4)).toThrow(/no page 4/);
    expect(homeView(inputs).plansHeading.zh).toBe('五份计划');
  });

  it('the analysis page: method and links to the charts on page 1, each page its plans', () => {
    const first = analysisRouteView(manyInputs, 1);
    expect([first.first, first.chartsInline, first.range]).toEqual([true, false, { start: 1, end: 20 }]);
    expect(first.plans.map((p) => p.planId)).toEqual(manyIds.slice(0, 20));
    for (const row of first.sharedProgrammes) expect(row.counts.map((c) => c.planId)).toEqual(manyIds.slice(0, 20));
    const second = analysisRouteView(manyInputs, 2);
    expect(second.first).toBe(false);
    expect(second.pager!.pages[1]).toEqual({ n: 2, href: `${urls.analysis}2/`, current: true });
    expect(second.plans.map((p) => p.planId)).toEqual(manyIds.slice(20, 40));
    expect(second.ownProgrammes.map((p) => p.planId)).toEqual(manyIds.slice(20, 40));
    const one = analysisRouteView(inputs);
    expect([one.first, one.chartsInline, one.pager, one.range]).toEqual([true, true, null, null]);
  });
});

describe('about and gallery views', () => {
  it('states the keyword table of every theme', () => {
    const view = aboutView(inputs, parseMethod(method));
    expect(view.themes.map((t) => t.id)).toEqual(atlas.themes.map((t) => t.id));
    expect(view.themes[0].keywords).toContain(`${atlas.themes[0].keywords[0].term}（${atlas.themes[0].keywords[0].weight}）`);
    for (const t of view.themes) expect(t.excluded.length).toBeGreaterThan(0);
  });
  it('counts every chart once and groups them in registry order', () => {
    const view = chartGalleryView([...charts.values()]);
    expect(view.count).toBe(defs.length);
    expect(view.groups.flatMap((g) => g.charts).length).toBe(defs.length);
  });
});

describe('many plans: the ways to every page, and the parts that would grow with every plan', () => {
  // The five plans copied under new ids (the copies' content is the five's: the test is about pages and lists).
  const copies = (n: number) => ({
    ...atlas,
    plans: Array.from({ length: n }, (_, i) => {
      const p = atlas.plans[i % 5];
      return { ...p, plan: { ...p.plan, meta: { ...p.plan.meta, id: i < 5 ? p.plan.meta.id : `${p.plan.meta.id}-copy-${i}` } } };
    }),
  });
  const many = copies(45);
  // The copies' matrix cells and figures: the five's, under the copies' ids.
  const original = (id: string) => id.replace(/-copy-\d+$/, '');
  const withCopies = (a: ReturnType<typeof copies>) => ({
    ...a,
    matrix: a.plans.flatMap((p) => atlas.matrix.filter((c) => c.plan === original(p.plan.meta.id)).map((c) => ({ ...c, plan: p.plan.meta.id }))),
  });
  const figuresOf = (a: ReturnType<typeof copies>) => ({
    ...indicators,
    indicators: a.plans.flatMap((p) => indicators.indicators.filter((f) => f.plan === original(p.plan.meta.id)).map((f) => ({ ...f, plan: p.plan.meta.id }))),
  });
  const manyInputs: ViewInputs = { ...inputs, atlas: withCopies(many), indicators: figuresOf(many) };

  it('there are no lists of pages or browse pages while every plan fits on one page', () => {
    expect(pagedLists(atlas)).toEqual([]);
    expect(browsePages(atlas).length).toBeGreaterThan(0); // the route makes them only when plans come in pages
  });

  it('each paged list has a list of every page, and every pager links it', () => {
    const lists = pagedLists(many);
    expect(lists.map((l) => (l.kind === 'theme' ? l.themeId : l.kind))).toEqual(['home', 'analysis', 'indicators', ...atlas.themes.map((t) => t.id)]);
    expect(lists.map((l) => pagesIndexHref(urls, l)).slice(0, 4)).toEqual(['/atlas/page/', '/atlas/analysis/pages/', '/atlas/indicators/pages/', `/atlas/themes/${atlas.themes[0].id}/pages/`]);
    const index = pagesIndexPageView({ atlas: many, urls }, { kind: 'theme', themeId: 'air' });
    expect(index.pages.map((p) => p.href)).toEqual([urls.theme('air'), urls.theme('air', undefined, 2), urls.theme('air', undefined, 3)]);
    expect(index.list).toEqual({ zh: '大气', en: atlas.themes.find((t) => t.id === 'air')!.nameEn });
    expect(planListHref(urls, { kind: 'indicators' }, 2)).toBe(urls.indicatorsPage(2));
    expect(planListHref(urls, { kind: 'analysis' }, 3)).toBe(`${urls.analysis}3/`);
    expect(themePageView(manyInputs, 'air', 2).pager!.browse).toBe('/atlas/browse/');
    expect(indicatorsPageView(manyInputs, 3, trust).pager!.previous!.href).toBe(urls.indicatorsPage(2));
  });

  it('browse: every plan under its province and its level once, under each year it covers, in plan order', () => {
    const values = browseValues(many);
    for (const facet of ['province', 'level'] as const) {
      const listed = values[facet].flatMap((v) => v.plans.map((p) => p.plan.meta.id));
      expect(listed.sort(), facet).toEqual(many.plans.map((p) => p.plan.meta.id).sort());
    }
    expect(values.year.reduce((n, v) => n + v.plans.length, 0)).toBe(many.plans.reduce((n, p) => n + p.plan.meta.years.length, 0));
    expect(values.year.map((v) => Number(v.value))).toEqual([...values.year.map((v) => Number(v.value))].sort((a, b) => a - b));
    const index = browseIndexView({ atlas: many, urls });
    expect(index.facets.map((f) => f.facet)).toEqual(['province', 'level', 'year']);
    const zhejiang = values.province.find((v) => v.value === '330000')!;
    const page = browsePageView({ atlas: many, urls }, 'province', '330000');
    expect(page.plans.map((p) => p.href)).toEqual(zhejiang.plans.map((p) => urls.plan(p.plan.meta.id)));
    expect(page.pager).toBeNull();
    expect(() => browsePageView({ atlas: many, urls }, 'province', '990000')).toThrow(/no province/);
    // Past BROWSE_PER_PAGE plans a value comes in pages.
    const big = copies(BROWSE_PER_PAGE * 5 + 10);
    const county = browsePageView({ atlas: big, urls }, 'level', 'county', 2);
    expect(county.pager!.page).toBe(2);
    expect(county.plans.length).toBeLessThanOrEqual(BROWSE_PER_PAGE);
    expect(browsePages(big).filter((p) => p.facet === 'level' && p.value === 'county').length).toBe(Math.ceil(county.count / BROWSE_PER_PAGE));
  });

  it('metric dot plots are drawn with one page of plans and linked with many; a theme page links its page of /indicators/ for the table', () => {
    expect([themePageView(inputs, 'air', 1).metrics!.chartsInline, themePageView(inputs, 'air', 1).metrics!.tableInline]).toEqual([true, true]);
    const paged = themePageView(manyInputs, 'air', 2).metrics!;
    expect([paged.chartsInline, paged.tableInline, paged.allMetricsHref]).toEqual([false, false, `${urls.indicatorsPage(2)}#theme-air`]);
    expect(indicatorsPageView(manyInputs, 2, trust).sections.every((s) => !s.chartsInline && s.tableInline)).toBe(true);
  });

  it('a theme page with pages shows THEME_PARAGRAPHS_SHOWN paragraphs a plan and links the rest in the plan', () => {
    const five = themePageView(inputs, 'water', 1);
    expect(five.columns.every((c) => c.more === null && c.paragraphs.length === c.paragraphCount)).toBe(true);
    expect(five.columns.some((c) => c.paragraphCount > THEME_PARAGRAPHS_SHOWN)).toBe(true);
    const paged = themePageView(manyInputs, 'water', 1);
    for (const [i, c] of paged.columns.entries()) {
      const full = five.columns[i % 5];
      expect(c.paragraphCount).toBe(full.paragraphCount);
      expect(c.paragraphs.map((p) => p.id)).toEqual(full.paragraphs.slice(0, THEME_PARAGRAPHS_SHOWN).map((p) => p.id));
      expect(c.more).toEqual(
        full.paragraphCount > THEME_PARAGRAPHS_SHOWN ? { count: full.paragraphCount - THEME_PARAGRAPHS_SHOWN, href: urls.plan(c.card.id, full.paragraphs[THEME_PARAGRAPHS_SHOWN].id) } : null,
      );
    }
  });

  it('the gallery lists at most GALLERY_PER_GROUP charts of a family and keeps the count', () => {
    const view = chartGalleryView([...charts.values()], 2);
    expect(view.count).toBe(defs.length);
    for (const g of view.groups) expect(g.charts.length).toBe(Math.min(2, g.total));
    expect(view.groups.reduce((n, g) => n + g.total, 0)).toBe(defs.length);
    expect(chartGalleryView([...charts.values()]).groups.every((g) => g.charts.length === g.total)).toBe(true);
  });

  it('the search form lists the plans up to SEARCH_PLANS_LISTED, none past it', () => {
    expect(searchFormView(atlas).plans.length).toBe(5);
    const big = searchFormView(copies(SEARCH_PLANS_LISTED + 1));
    expect([big.plans.length, big.planCount]).toEqual([0, SEARCH_PLANS_LISTED + 1]);
  });

  it('a place with more plans than it lists: the latest, a link to its province, and capped cells', () => {
    const big = copies(5 * (PLACE_PLANS_LISTED + 3));
    // The place whose plan states the most figures.
    const [top] = [...atlas.plans].sort((a, b) => indicators.indicators.filter((f) => f.plan === b.plan.meta.id).length - indicators.indicators.filter((f) => f.plan === a.plan.meta.id).length);
    const id = top.jurisdiction.id;
    const view = placePageView({ atlas: big, indicators: figuresOf(big), urls }, id);
    expect([view.plans.length, view.planCount]).toEqual([PLACE_PLANS_LISTED, PLACE_PLANS_LISTED + 3]);
    expect(view.morePlans).toEqual({ count: 3, href: `/atlas/browse/province/${top.jurisdiction.provinceCode}/` });
    const cells = view.metrics.flatMap((m) => m.years);
    for (const c of cells) expect(Math.max(c.targets.length, c.actuals.length)).toBeLessThanOrEqual(PLACE_FIGURES_PER_CELL);
    expect(cells.some((c) => c.moreTargets + c.moreActuals > 0)).toBe(true);
    const five = placePageView({ atlas, indicators, urls }, id);
    expect([five.morePlans, five.metrics.flatMap((m) => m.years).every((c) => c.moreTargets + c.moreActuals === 0)]).toEqual([null, true]);
  });
});

describe('content/figure-checks.json', () => {
  it('maps each listed plan to its day, and refuses an unknown plan, a plan listed twice or a bad date in one line', () => {
    expect([...parseFigureChecks([{ plan: 'a', checked: '2026-11-23' }], ['a', 'b'])]).toEqual([['a', '2026-11-23']]);
    expect(() => parseFigureChecks([{ plan: 'c', checked: '2026-11-23' }], ['a'])).toThrow('content/figure-checks.json: 0.plan: expected the id of a plan in content/plans/ (got "c")');
    expect(() => parseFigureChecks([{ plan: 'a', checked: '2026-11-23' }, { plan: 'a', checked: '2026-11-24' }], ['a'])).toThrow(/1\.plan: expected each plan listed once/);
    expect(() => parseFigureChecks([{ plan: 'a', checked: '2026-02-30' }], ['a'])).toThrow(/^content\/figure-checks\.json: 0\.checked: expected a date YYYY-MM-DD that exists in the calendar$/);
  });
});

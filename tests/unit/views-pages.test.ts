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
import { pagerView } from '../../src/lib/views/pager.ts';
import { planPageView } from '../../src/lib/views/plan-page.ts';
import { themePageView } from '../../src/lib/views/theme-page.ts';

const atlas = loadAtlas();
const indicators = buildIndicatorSet(atlas, loadMetrics());
const urls = siteUrls('/atlas/');
const ids = atlas.plans.map((p) => p.plan.meta.id);
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
  it('links every page and marks the current one', () => {
    const pager = pagerView(2, 3, 45, { zh: '甲', en: 'A' }, { zh: '乙', en: 'B' }, (n) => `/p/${n}/`)!;
    expect(pager.pages).toEqual([
      { n: 1, href: '/p/1/', current: false },
      { n: 2, href: '/p/2/', current: true },
      { n: 3, href: '/p/3/', current: false },
    ]);
    expect([pager.start, pager.end]).toEqual([21, 40]);
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
  const view = indicatorsPageView(inputs, 1);

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

  it('refuses a page that does not exist', () => {
    expect(() => indicatorsPageView(inputs, 2)).toThrow(/no page 2/);
  });
});

describe('plan page view', () => {
  const id = ids[0];
  const view = planPageView(inputs, id);

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
    expect(first.pager!.pages.map((p) => p.href)).toEqual([urls.home, `${urls.home}page/2/`, `${urls.home}page/3/`]);
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

// What the pages, charts and data files are made from: the view models, the figure text, the
// dot plots and the open-data rows, on the five plans.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAtlas, loadMetrics } from '../../scripts/load-content.ts';
import type { Atlas } from '../../src/lib/atlas.ts';
import { CHART_ID_PATTERN } from '../../src/lib/charts/chart.ts';
import { metricDotPlots } from '../../src/lib/charts/metric-dot-plot.ts';
import { toCsv } from '../../src/lib/csv.ts';
import { formatFigure } from '../../src/lib/indicators/format-figure.ts';
import { COMMITMENT_COLUMNS, INDICATOR_COLUMNS, commitmentRows, indicatorRows } from '../../src/lib/indicators/indicator-data.ts';
import { buildIndicatorSet, type IndicatorSet } from '../../src/lib/indicators/indicator-set.ts';
import { NO_REVIEW, NOT_STATED, baseLabel, indicatorTable, planFigures, themeMetrics } from '../../src/lib/indicators/indicator-views.ts';
import { renderInline } from '../../src/render/plot-svg.ts';

const planUrl = (plan: string, paragraph?: string) => `/plans/${plan}/${paragraph ? `#${paragraph}` : ''}`;
const context = { planUrl, themeUrl: (t: string) => `/themes/${t}/` };
let atlas: Atlas;
let set: IndicatorSet;
beforeAll(() => {
  atlas = loadAtlas();
  set = buildIndicatorSet(atlas, loadMetrics());
});

describe('formatFigure', () => {
  it.each([
    [{ comparator: '≥', value: 88, unit: '%', basis: 'level', aspirational: false }, '≥88%'],
    [{ comparator: '≤', value: 35, unit: 'μg/m³', basis: 'level', aspirational: true }, '力争 ≤35 μg/m³'],
    [{ comparator: '=', value: 24.7, unit: '百分点', basis: 'change', aspirational: false }, '变化 +24.7个百分点'],
    [{ comparator: '=', value: -5.4, unit: '%', basis: 'change', aspirational: false }, '变化 −5.4%'],
    [{ comparator: '≈', value: 72.29, unit: '%', basis: 'level', aspirational: false }, '≈72.29%'],
    [{ comparator: '≤', value: 3, unit: '天', basis: 'level', aspirational: false }, '≤3天'],
  ] as const)('%o → %s', (figure, text) => expect(formatFigure(figure)).toBe(text));
});

describe('the metrics × plans table', () => {
  it('has a cell for every plan in every metric row, and every figure in exactly one cell', () => {
    const table = indicatorTable(atlas, set, planUrl);
    const rows = table.groups.flatMap((g) => g.rows);
    expect(rows.map((r) => r.metric.id).sort()).toEqual(set.metrics.map((m) => m.id).sort());
    const shown: string[] = [];
    for (const row of rows) {
      expect(row.cells.map((c) => c.plan)).toEqual(atlas.plans.map((p) => p.plan.meta.id));
      for (const cell of row.cells) {
        for (const f of [...cell.targets, ...cell.actuals]) {
          expect(f.href).toMatch(new RegExp(`^/plans/${cell.plan}/#${f.paragraph}-s\\d+$`));
          shown.push(`${cell.plan} ${row.metric.id} ${f.paragraph} ${f.text}`);
        }
        expect(cell.targets.every((f) => f.kind === 'target')).toBe(true);
        expect(cell.actuals.every((f) => f.kind === 'actual')).toBe(true);
      }
    }
    expect(shown).toHaveLength(set.indicators.length);
    expect(new Set(shown).size).toBe(shown.length);
  });

  it('says "not stated" (or "no review part") where a plan gives no figure, never leaves it blank', () => {
    const rows = indicatorTable(atlas, set, planUrl).groups.flatMap((g) => g.rows);
    const hengyang = rows.find((r) => r.metric.id === 'pm25')!.cells.find((c) => c.plan === 'hengyang-2021')!;
    expect(hengyang.actuals).toEqual([]);
    expect(hengyang.noActual).toEqual(NO_REVIEW);
    const ninghai = rows.find((r) => r.metric.id === 'pm25')!.cells.find((c) => c.plan === 'ninghai-2021')!;
    expect(ninghai.targets).toEqual([]);
    expect(ninghai.noTarget).toEqual(NOT_STATED);
    for (const row of rows) for (const c of row.cells) expect(c.noTarget.zh.length * c.noActual.zh.length).toBeGreaterThan(0);
  });

  it('shows a theme its own metrics only', () => {
    const air = themeMetrics(atlas, set, 'air', planUrl).rows.map((r) => r.metric.theme);
    expect(air.length).toBeGreaterThan(0);
    expect(new Set(air)).toEqual(new Set(['air']));
    expect(themeMetrics(atlas, set, 'party', planUrl).rows).toEqual([]);
  });
});

describe('a plan page lists its figures and other commitments', () => {
  it('splits targets from achievements and names the metrics not stated', () => {
    for (const ap of atlas.plans) {
      const id = ap.plan.meta.id;
      const view = planFigures(set, id, planUrl);
      const mine = set.indicators.filter((f) => f.plan === id);
      expect(view.targets.length + view.actuals.length).toBe(mine.length);
      expect(view.commitments.length).toBe(set.commitments.filter((c) => c.plan === id).length);
      for (const m of view.notStated) expect(mine.some((f) => f.metric === m.id)).toBe(false);
      for (const c of view.commitments) expect(c.href.startsWith(`/plans/${id}/#p-`)).toBe(true);
    }
    expect(planFigures(set, 'inner-mongolia-2020', planUrl).commitments.length).toBeGreaterThan(0);
  });

  it('names the base year of a change (比2018年 · vs 2018), and none for a level', () => {
    const rows = planFigures(set, 'jiaxing-2020', planUrl).actuals;
    const changes = rows.filter((r) => r.figure.basis === 'change');
    expect(changes.length).toBeGreaterThan(0);
    for (const r of changes) expect(r.figure.base).toEqual({ zh: '比2018年', en: 'vs 2018' });
    for (const r of rows.filter((x) => x.figure.basis === 'level')) expect(r.figure.base).toBeNull();
    expect(baseLabel({ basis: 'change', baseYear: null })).toBeNull();
    expect(baseLabel({ basis: 'change', baseYear: 2015 })).toEqual({ zh: '比2015年', en: 'vs 2015' });
  });
});

describe('one dot plot per metric', () => {
  it('plots every level figure in the metric unit, links each to its sentence, and says "not stated" for the other plans', () => {
    const charts = metricDotPlots(atlas, set);
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      expect(chart.id).toMatch(CHART_ID_PATTERN);
      const metric = set.metrics.find((m) => `metric-${m.id}` === chart.id)!;
      const levels = set.indicators.filter((f) => f.metric === metric.id && f.basis === 'level');
      expect(chart.rows).toHaveLength(levels.length);
      const { html } = renderInline(chart, { context });
      for (const f of levels) expect(html).toContain(`href="/plans/${f.plan}/#${f.sentence}"`);
      const silent = atlas.plans.filter((p) => !levels.some((f) => f.plan === p.plan.meta.id)).length;
      expect(html.split('未提及 not stated').length - 1).toBe(silent);
    }
  });
});

describe('open data', () => {
  it('gives every indicator row the issue’s fields, in order, and the CSV the same header', () => {
    const rows = indicatorRows(set);
    expect(rows).toHaveLength(set.indicators.length);
    expect(Object.keys(rows[0]).slice(0, 10)).toEqual(['plan', 'metric', 'value', 'unit', 'comparator', 'kind', 'year', 'scope', 'quote', 'paragraph']);
    expect(toCsv(rows, [...INDICATOR_COLUMNS]).split('\n')[0]).toBe(INDICATOR_COLUMNS.join(','));
    const commitments = commitmentRows(set);
    expect(Object.keys(commitments[0])).toEqual([...COMMITMENT_COLUMNS]);
  });
});

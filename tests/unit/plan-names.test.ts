// Year-aware plan labels: one rule (labels.ts planNames) names plans in every chart and in the composed
// comparison — the place alone when it has one plan, the place and years when it has several. Shown
// with a second year of Jiaxing built in memory (not published content).
import { describe, expect, it } from 'vitest';
import { readContentOrThrow } from '../../scripts/read-content.ts';
import { assembleAtlas } from '../../src/lib/atlas.ts';
import type { ChartContext } from '../../src/lib/charts/chart.ts';
import { chartSources, footerLines } from '../../src/lib/charts/chart-page.ts';
import { chartRegistry } from '../../src/lib/charts/registry.ts';
import { analyseAtlas } from '../../src/lib/compare/text-analysis.ts';
import { buildIndicatorSet } from '../../src/lib/indicators/indicator-set.ts';
import { atlasPlanNames, planNames } from '../../src/lib/labels.ts';
import { composeIndex, composePlanData } from '../../src/lib/views/compose-data.ts';
import { composeView } from '../../src/lib/views/compose-view.ts';
import { parseCompareSelection } from '../../src/lib/compare-selection.ts';
import { renderForPage } from '../../src/render/plot-svg.ts';
import { withSecondJiaxingYear } from './support/second-year.ts';

const content = readContentOrThrow();
const five = assembleAtlas(content);
const six = assembleAtlas(withSecondJiaxingYear(content));
const JIAXING = { zh: '嘉兴市', en: 'Jiaxing' };

describe('planNames', () => {
  it('names a place with one plan by the place alone (the five-plan site keeps its labels)', () => {
    const names = atlasPlanNames(five.plans);
    expect([...names.values()].map((n) => n.line)).toEqual(five.plans.map((p) => `${p.jurisdiction.nameZh} ${p.jurisdiction.nameEn}`));
    expect(names.get('jiaxing-2020')).toEqual({ zh: '嘉兴市', en: 'Jiaxing', place: JIAXING, years: null, line: '嘉兴市 Jiaxing' });
  });

  it('adds the years when the place has several plans, and only for that place', () => {
    const names = atlasPlanNames(six.plans);
    expect(names.get('jiaxing-2020')).toEqual({ zh: '嘉兴市 2019–2020', en: 'Jiaxing', place: JIAXING, years: '2019–2020', line: '嘉兴市 2019–2020 Jiaxing' });
    expect(names.get('jiaxing-2021')!.line).toBe('嘉兴市 2020–2021 Jiaxing');
    expect(names.get('shaoxing-2020')!.line).toBe('绍兴市 Shaoxing');
  });

  it('adds the plan id when two plans of a place cover the same years, so no two plans share a label', () => {
    const names = planNames([
      { id: 'a-2020', place: JIAXING, years: [2020] },
      { id: 'a-2020-b', place: JIAXING, years: [2020] },
      { id: 'a-2021', place: JIAXING, years: [2021] },
    ]);
    expect([...names.values()].map((n) => n.zh)).toEqual(['嘉兴市 2020 · a-2020', '嘉兴市 2020 · a-2020-b', '嘉兴市 2021']);
  });
});

describe('with a second year of Jiaxing', () => {
  const indicators = buildIndicatorSet(six, content.metrics);
  const charts = chartRegistry(six, indicators);
  const context: ChartContext = { planUrl: (p) => `/plans/${p}/`, themeUrl: (t) => `/themes/${t}/` };
  /** The text of every <text> and <title> of a rendered chart, tags inside them removed. */
  const texts = (svg: string) => [...svg.matchAll(/<(text|title)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => m[2].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));

  it('every chart that draws both Jiaxing plans labels each with its years', () => {
    /** Plans a chart's rows draw (a row names its plan, or the two plans of a pair). */
    const drawn = (rows: Record<string, unknown>[]) => new Set(rows.flatMap((r) => [r.plan, r.a, r.b]).filter((x) => typeof x === 'string'));
    const both = charts.filter((c) => drawn(c.rows).has('jiaxing-2020') && drawn(c.rows).has('jiaxing-2021'));
    expect(both.length).toBeGreaterThan(10);
    for (const chart of both) {
      const labels = texts(renderForPage(chart, { context }).html).filter((t) => t.includes('嘉兴'));
      expect(labels.some((t) => t.includes('2019–2020')), chart.id).toBe(true);
      expect(labels.some((t) => t.includes('2020–2021')), chart.id).toBe(true);
    }
  });

  it('the rows of the plan × theme charts carry the years, and the CSV columns stay as they were', () => {
    const heatmap = charts.find((c) => c.id === 'plan-theme-heatmap')!;
    const rows = heatmap.rows.filter((r) => r.theme === 'air');
    expect(rows.map((r) => [r.plan, r.planZh, r.planYears])).toContainEqual(['jiaxing-2021', '嘉兴市', '2020–2021']);
    expect(rows.find((r) => r.plan === 'shaoxing-2020')!.planYears).toBeNull();
    expect(heatmap.columns.map((c) => c.key)).not.toContain('planYears');
  });

  it("a chart's source line names the two plans apart", () => {
    const chart = charts.find((c) => c.id === 'plan-theme-heatmap')!;
    const lines = footerLines(chartSources(chart, six, (id) => `/plans/${id}/`), { nameZh: '站', nameEn: 'Site' }, '/charts/x/');
    expect(lines.join('\n')).toContain('嘉兴市 2019–2020、');
    expect(lines.join('\n')).toContain('Jiaxing 2020–2021');
  });

  it('the composed comparison of the two Jiaxing plans names them apart in every table', () => {
    const analysis = analyseAtlas(six);
    const index = composeIndex(six, indicators);
    const data = new Map(['jiaxing-2020', 'jiaxing-2021'].map((id) => [id, composePlanData(six, indicators, analysis, id)]));
    const selection = parseCompareSelection('plans=jiaxing-2020,jiaxing-2021&themes=air', { plans: index.plans.map((p) => p.id), themes: index.themes.map((t) => t.id), defaults: index.defaults });
    const view = composeView(index, data, selection);
    expect(view.plans.map((p) => p.name)).toEqual([
      { zh: '嘉兴市 2019–2020', en: 'Jiaxing' },
      { zh: '嘉兴市 2020–2021', en: 'Jiaxing' },
    ]);
    expect(view.themes[0].sentences.map((s) => s.name.zh)).toEqual(['嘉兴市 2019–2020', '嘉兴市 2020–2021']);
    for (const pair of view.themes[0].pairs) for (const side of pair.sides) expect(side.name.zh).toMatch(/^嘉兴市 20\d\d–20\d\d$/);
  });
});

/**
 * One dot plot per metric: each plan on its own line, its targets (hollow diamonds, above the
 * line) and achieved figures (filled circles, below) at their values, each linked to the sentence
 * it came from. Plans that state no figure say so on their line. Changes against an earlier year
 * are in another unit and stay in the table.
 */
import { max, min } from 'd3-array';
import * as Plot from '@observablehq/plot';
import type { Atlas } from '../atlas.ts';
import { formatFigure, KIND_LABELS } from '../indicators/format-figure.ts';
import type { IndicatorSet } from '../indicators/indicator-set.ts';
import type { Metric } from '../indicators/types.ts';
import { uncheckedFiguresNote, type FigureTrust } from '../figure-trust.ts';
import type { ChartDefinition } from './chart.ts';
import { planLabels } from './kit/labels.ts';
import { ACTUAL_COLOUR, GUIDE_STROKE, NOT_STATED_COLOUR, TARGET_COLOUR } from './kit/palette.ts';
import { plansDrawn } from './plans-drawn.ts';

export interface MetricDotRow extends Record<string, unknown> {
  plan: string;
  planLabel: string;
  kind: 'target' | 'actual';
  kindLabel: string;
  figure: string;
  value: number;
  unit: string;
  comparator: string;
  aspirational: boolean;
  year: number;
  scope: string;
  paragraph: string;
  /** The sentence the figure is stated in: the mark links to it. */
  sentence: string;
  quote: string;
}

export function metricChartId(metricId: string): string {
  return `metric-${metricId}`;
}

/** `trust`: with it, a chart some of whose plans nobody checked says so in its note (no sentence when all were checked). */
export function metricDotPlot(atlas: Atlas, set: IndicatorSet, metric: Metric, trust?: FigureTrust): ChartDefinition<MetricDotRow> {
  const planLabel = planLabels(atlas);
  // A line per plan: with many plans, the first MAX_PLANS_DRAWN (the table and data files keep every figure).
  const drawn = plansDrawn(atlas.plans.map((p) => p.plan.meta.id));
  const rows: MetricDotRow[] = set.indicators
    .filter((f) => f.metric === metric.id && f.basis === 'level' && f.unit === metric.unit && drawn.has(f.plan))
    .map((f) => ({
      plan: f.plan,
      planLabel: planLabel.get(f.plan)!,
      kind: f.kind,
      kindLabel: `${KIND_LABELS[f.kind].zh} ${KIND_LABELS[f.kind].en}`,
      figure: formatFigure(f),
      value: f.value,
      unit: f.unit,
      comparator: f.comparator,
      aspirational: f.aspirational,
      year: f.year,
      scope: f.scope ?? '',
      paragraph: f.paragraph,
      sentence: f.sentence,
      quote: f.quote,
    }));
  const plans = drawn.ids;
  const sources = [...new Set(rows.map((r) => r.plan))];
  const unchecked = trust ? uncheckedFiguresNote(sources, trust) : { zh: '', en: '' };
  const better = metric.better === 'higher' ? '越高越好' : '越低越好';
  const betterEn = metric.better === 'higher' ? 'higher is better' : 'lower is better';
  return {
    id: metricChartId(metric.id),
    titleZh: `${metric.nameZh}：各地目标与实绩`,
    titleEn: `${metric.nameEn}: targets and achievements`,
    descriptionZh: `每个点是一份计划原文中写明的${metric.nameZh}数值（${metric.unit}，${better}）：空心菱形为目标（位于该行上方），实心圆为已达到的实绩（位于下方），旁注比较符（≥ 不低于，≤ 不高于，≈ 约）与年份。点击可跳到原文句子。未写明该指标的计划标“未提及”。较上年的变化量单位不同，只列在指标表中。${drawn.noteZh}${unchecked.zh}`,
    descriptionEn: `Each mark is a figure for “${metric.nameEn}” (${metric.unit}, ${betterEn}) stated in a plan: hollow diamonds are targets (above the line), filled circles are achieved figures (below), labelled with the bound (≥ at least, ≤ at most, ≈ about) and the year. Click a mark for the sentence it came from. Plans that give no figure say “not stated”. Changes against an earlier year are in another unit and are listed in the table only.${drawn.noteEn}${unchecked.en}`,
    sources,
    group: { id: 'metrics', zh: '指标：目标与实绩', en: 'Metrics: targets and achievements' },
    columns: [
      { key: 'planLabel', labelZh: '地区', labelEn: 'Jurisdiction', kind: 'text' },
      { key: 'kindLabel', labelZh: '类别', labelEn: 'Kind', kind: 'text' },
      { key: 'figure', labelZh: '数值', labelEn: 'Figure', kind: 'text' },
      { key: 'year', labelZh: '年份', labelEn: 'Year', kind: 'text' },
      { key: 'scope', labelZh: '范围', labelEn: 'Scope', kind: 'text' },
      { key: 'paragraph', labelZh: '段落', labelEn: 'Paragraph', kind: 'text' },
      { key: 'sentence', labelZh: '句子', labelEn: 'Sentence', kind: 'text' },
    ],
    rows,
    plot: (data, context) => {
      const domain = plans.map((id) => planLabel.get(id)!);
      const stated = new Set(data.map((d) => d.plan));
      const missing = plans.filter((id) => !stated.has(id)).map((id) => ({ planLabel: planLabel.get(id)! }));
      const values = data.map((d) => d.value);
      const lo = min(values) ?? Infinity;
      const hi = max(values) ?? -Infinity;
      const pad = Math.max((hi - lo) * 0.15, metric.unit === '%' ? 2 : 1);
      const x0 = values.length ? Math.max(0, lo - pad) : 0;
      const x1 = values.length ? (metric.unit === '%' && hi <= 100 ? Math.min(100, hi + pad) : hi + pad) : 1;
      const dots = (kind: 'target' | 'actual') => data.filter((d) => d.kind === kind);
      const common = {
        x: 'value',
        y: 'planLabel',
        r: 6,
        href: (d: MetricDotRow) => context.planUrl(d.plan, d.sentence),
        title: (d: MetricDotRow) => `${d.planLabel} · ${d.kindLabel} ${d.figure}（${d.year}${d.scope ? ` · ${d.scope}` : ''}）\n${d.quote}`,
      };
      const label = (d: MetricDotRow) => `${d.figure}（${d.year}）`;
      return {
        width: 720,
        height: 60 + 44 * domain.length,
        marginLeft: 170,
        marginRight: 120,
        marginTop: 44,
        marginBottom: 40,
        x: { domain: [x0, x1], label: `${metric.nameZh} ${metric.unit} →`, grid: true, nice: true },
        y: { domain, label: null, padding: 0.5 },
        marks: [
          Plot.ruleY(domain, { stroke: GUIDE_STROKE }),
          // The key, inside the picture so that a PNG, SVG or embed explains its own marks.
          ...metricKey(),
          Plot.dot(dots('target'), { ...common, dy: -9, symbol: 'diamond2', stroke: TARGET_COLOUR, strokeWidth: 2, fill: 'white' }),
          Plot.dot(dots('actual'), { ...common, dy: 9, symbol: 'circle', fill: ACTUAL_COLOUR, stroke: ACTUAL_COLOUR }),
          Plot.text(dots('target'), { x: 'value', y: 'planLabel', dy: -9, dx: 10, text: label, textAnchor: 'start', fill: TARGET_COLOUR, fontSize: 11, ariaHidden: 'true' }),
          Plot.text(dots('actual'), { x: 'value', y: 'planLabel', dy: 9, dx: 10, text: label, textAnchor: 'start', fill: ACTUAL_COLOUR, fontSize: 11, ariaHidden: 'true' }),
          Plot.text(missing, { y: 'planLabel', frameAnchor: 'left', dx: 6, text: () => '未提及 not stated', textAnchor: 'start', fill: NOT_STATED_COLOUR, fontSize: 11 }),
        ],
      };
    },
  };
}

/** Where the key's items sit: offsets from the frame's top-left corner (CSS px; the frame starts 170 px in). */
const KEY = { dy: -30, target: -160, actual: 110 } as const;

/**
 * The key above the plot, ◇ 目标 target and ● 实绩 achieved, in the marks' colours, inside the
 * picture so that a PNG, SVG or embed explains its own marks. Drawn as text (one text mark) so
 * that the plot's dot marks stay exactly the figures.
 */
export function metricKey(): Plot.Markish[] {
  const items = [
    { dx: KEY.target, text: '◇ 目标 Target（空心菱形 hollow diamond）', fill: TARGET_COLOUR },
    { dx: KEY.actual, text: '● 实绩 Achieved（实心圆 filled circle）', fill: ACTUAL_COLOUR },
  ];
  return items.map((item) =>
    Plot.text([item.text], { frameAnchor: 'top-left', dy: KEY.dy, dx: item.dx, text: (d: string) => d, fill: item.fill, fontSize: 12, fontWeight: 'bold', textAnchor: 'start', ariaLabel: '图例 Legend' }),
  );
}

/** A chart for every metric some plan states a level figure for, in vocabulary order. */
export function metricDotPlots(atlas: Atlas, set: IndicatorSet, trust?: FigureTrust): ChartDefinition<MetricDotRow>[] {
  return set.metrics.map((m) => metricDotPlot(atlas, set, m, trust)).filter((c) => c.rows.length > 0);
}

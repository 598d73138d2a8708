/**
 * View models for the targets pages: the metrics × plans table of /indicators/, a theme's metrics,
 * and a plan's figures and other commitments. "Not stated" is a state of its own, never a blank.
 */
import type { Atlas, AtlasPlan } from '../atlas.ts';
import { plansIn } from '../atlas-index.ts';
import { yearsLabel, type Label } from '../labels.ts';
import { describeFigure, formatFigure, formatQuantity, KIND_LABELS } from './format-figure.ts';
import type { IndicatorSet } from './indicator-set.ts';
import { setByPlan } from './set-by-plan.ts';
import type { Basis, Commitment, FigureKind, Indicator, Metric } from './types.ts';

export type PlanUrl = (planId: string, paragraphId?: string) => string;

export interface FigureView {
  text: string;
  /** The figure in words, bilingual. */
  description: string;
  kind: FigureKind;
  basis: Basis;
  aspirational: boolean;
  year: number;
  /** For a change, the year it is measured from, in words (比2015年 · vs 2015); null when not stated or not a change. */
  base: Label | null;
  scope: string | null;
  quote: string;
  paragraph: string;
  href: string;
}

/** The base year of a change in words: 比2015年 · vs 2015. */
export function baseLabel(f: Pick<Indicator, 'basis' | 'baseYear'>): Label | null {
  return f.basis === 'change' && f.baseYear !== null ? { zh: `比${f.baseYear}年`, en: `vs ${f.baseYear}` } : null;
}

export interface PlanColumn {
  id: string;
  jurisdiction: Label;
  years: string;
  hasReview: boolean;
  href: string;
}

export interface MetricCell {
  plan: string;
  targets: FigureView[];
  actuals: FigureView[];
  /** Shown where a side has no figure: 未提及, or 无总结部分 for a plan without a review part. */
  noTarget: Label;
  noActual: Label;
}

export interface MetricRow {
  metric: Metric;
  unit: string;
  better: Label;
  cells: MetricCell[];
  /** Plans that state any figure for it. */
  statedBy: number;
}

export interface ThemeGroup {
  theme: string;
  name: Label;
  rows: MetricRow[];
}

export const NOT_STATED: Label = { zh: '未提及', en: 'not stated' };
export const NO_REVIEW: Label = { zh: '无总结部分', en: 'no review part' };
const BETTER: Record<Metric['better'], Label> = { higher: { zh: '越高越好', en: 'higher is better' }, lower: { zh: '越低越好', en: 'lower is better' } };

export function figureView(f: Indicator, planUrl: PlanUrl): FigureView {
  return {
    text: formatFigure(f),
    description: describeFigure(f),
    kind: f.kind,
    basis: f.basis,
    aspirational: f.aspirational,
    year: f.year,
    base: baseLabel(f),
    scope: f.scope,
    quote: f.quote,
    paragraph: f.paragraph,
    href: planUrl(f.plan, f.sentence),
  };
}

function hasReview(ap: AtlasPlan): boolean {
  return ap.plan.paragraphs.some((p) => p.part === 'review');
}

/** The columns of the plans shown (`planIds`; all by default), in atlas order: a page of plans reads only its own. */
export function planColumns(atlas: Atlas, planUrl: PlanUrl, planIds?: ReadonlySet<string>): PlanColumn[] {
  return (planIds ? plansIn(atlas.plans, planIds) : atlas.plans).map((ap) => ({
    id: ap.plan.meta.id,
    jurisdiction: { zh: ap.jurisdiction.nameZh, en: ap.jurisdiction.nameEn },
    years: yearsLabel(ap.plan.meta.years),
    hasReview: hasReview(ap),
    href: planUrl(ap.plan.meta.id),
  }));
}

/** Level figures first, then changes; within each, in reading order. */
function ordered(figures: Indicator[]): Indicator[] {
  return [...figures.filter((f) => f.basis === 'level'), ...figures.filter((f) => f.basis === 'change')];
}

/** Figures by plan and metric, indexed once per set: every page asks for every plan's. */
const figureIndex = new WeakMap<IndicatorSet, { byPlanMetric: Map<string, Indicator[]>; plansByMetric: Map<string, Set<string>> }>();

function figuresIndex(set: IndicatorSet) {
  let index = figureIndex.get(set);
  if (!index) {
    index = { byPlanMetric: new Map(), plansByMetric: new Map() };
    for (const f of set.indicators) {
      const key = `${f.plan}\u0000${f.metric}`;
      const list = index.byPlanMetric.get(key);
      if (list) list.push(f);
      else index.byPlanMetric.set(key, [f]);
      let plans = index.plansByMetric.get(f.metric);
      if (!plans) index.plansByMetric.set(f.metric, (plans = new Set()));
      plans.add(f.plan);
    }
    figureIndex.set(set, index);
  }
  return index;
}

/** `planIds`: only these plans' cells (statedBy still counts every plan). */
export function metricRow(atlas: Atlas, set: IndicatorSet, metric: Metric, planUrl: PlanUrl, planIds?: ReadonlySet<string>): MetricRow {
  const index = figuresIndex(set);
  const cells = (planIds ? plansIn(atlas.plans, planIds) : atlas.plans)
    .map((ap) => {
      const id = ap.plan.meta.id;
      const figures = index.byPlanMetric.get(`${id}\u0000${metric.id}`) ?? [];
      return {
        plan: id,
        targets: ordered(figures.filter((f) => f.kind === 'target')).map((f) => figureView(f, planUrl)),
        actuals: ordered(figures.filter((f) => f.kind === 'actual')).map((f) => figureView(f, planUrl)),
        noTarget: NOT_STATED,
        noActual: hasReview(ap) ? NOT_STATED : NO_REVIEW,
      };
    });
  return {
    metric,
    unit: metric.unit,
    better: BETTER[metric.better],
    cells,
    statedBy: index.plansByMetric.get(metric.id)?.size ?? 0,
  };
}

/** The whole table, grouped by theme in the atlas's theme order. */
export function indicatorTable(atlas: Atlas, set: IndicatorSet, planUrl: PlanUrl, planIds?: ReadonlySet<string>): { plans: PlanColumn[]; groups: ThemeGroup[] } {
  const groups = atlas.themes
    .map((t) => ({
      theme: t.id,
      name: { zh: t.nameZh, en: t.nameEn },
      rows: set.metrics.filter((m) => m.theme === t.id).map((m) => metricRow(atlas, set, m, planUrl, planIds)),
    }))
    .filter((g) => g.rows.length > 0);
  return { plans: planColumns(atlas, planUrl, planIds), groups };
}

/**
 * The metrics of one theme (for its theme page and the targets table); empty when the vocabulary
 * has none for it. `planIds`: only these plans' columns (a page shows its own page of plans).
 */
export function themeMetrics(atlas: Atlas, set: IndicatorSet, themeId: string, planUrl: PlanUrl, planIds?: ReadonlySet<string>): { plans: PlanColumn[]; rows: MetricRow[] } {
  return {
    plans: planColumns(atlas, planUrl, planIds),
    rows: set.metrics.filter((m) => m.theme === themeId).map((m) => metricRow(atlas, set, m, planUrl, planIds)),
  };
}

export interface PlanFigureRow {
  metric: Metric;
  figure: FigureView;
}

export interface CommitmentView {
  text: string;
  what: string;
  quote: string;
  paragraph: string;
  href: string;
}

export interface PlanFiguresView {
  targets: PlanFigureRow[];
  actuals: PlanFigureRow[];
  commitments: CommitmentView[];
  /** Vocabulary metrics for which the plan states no figure. */
  notStated: Metric[];
  /** Sentences with a metric and a number left for the reader to check ("not read, please check"). */
  unread: UnreadView[];
}

/** A sentence the extractor did not read with certainty: its metric, the sentence, why, and a link to its paragraph. */
export interface UnreadView {
  metric: Metric;
  quote: string;
  paragraph: string;
  sentence: string;
  /** Why it was left unread, Chinese first. */
  reason: Label;
  href: string;
}

/** The extractor's other reasons (extract-indicators.ts), by their opening words. */
const UNREAD_REASONS: [string, string][] = [
  ['a range over', '数值为各地的范围，不是一个数'],
  ['a threshold passed', '数值是跨过的门槛，不是指标本身'],
  ['a margin against', '数值是与目标或标准的差距，不是指标本身'],
  ["a part's figure in brackets", '括号内是局部地区的数值'],
  ["a part's figure, listed", '与其他地区并列的局部数值，不是本地的指标'],
  ['the number describes', '数值修饰其后的名词，不是本地的指标'],
  ["a drinking-water source's class", '饮用水水源地的水质类别比例，不是断面比例'],
  ["a figure in a ranking of the place's parts", '数值在辖区各地的排名之后，是其中某地的，不是本地的指标'],
  ['the share of the sections where rivers leave', '数值只是出境断面的比例，不是全部断面的比例'],
  ['a level reached in an undated move', '未注明年份的变化所达到的数值，早于其后所述年份'],
  ['the stated change does not match', '所述变化幅度与前后两个数值不符'],
  ['a bound stated for a past year', '往年结果只说了上限（低于、不到），不是指标本身'],
  ['a share improved by a %', '比率“改善”若干%，可能是相对变化，也可能是综合指数的变化'],
  ["a figure of some months", '数值是某几个月的，不是全年的'],
  ["a figure of the place's county towns", '数值是县级城市的平均，不是本地的指标'],
  ['two values listed for two metrics', '两个数值与并列的两个指标不符'],
  ['a value stated as a fact in a plan part', '计划部分中陈述的数值，没有“确保”“力争”“控制在”等要求的字样：是结果还是目标，原文未说明'],
  ["a change in % after the good days' count changed", '优良天数变化之后的百分比变化，是天数的变化，不是比例的变化'],
  ["a mean over the place's counties", '数值是辖区各县的平均，原文另有中心城市的数值'],
  ['a level held over several years', '数值是多年来（某年至今）保持的水平，不是某一年的数值'],
  ['a figure of part of the year', '数值是一年中较短时段（某月、某季度、活动期间）的，旁边另有同一指标较长时段的数值'],
];
/** Reasons that name the place or the part: 辖区内某地（蒙自市）, 局部地区（县城）. */
const NAMED_REASONS: [RegExp, (name: string) => string][] = [
  [/^a figure of a place within the plan's own \((.+)\)/, (name) => `辖区内某地（${name}）的数值，不是本地的指标`],
  [/^a figure of a part of the place \((.+)\) after another area's/, (name) => `在另一区域的数值之后，是局部地区（${name}）的数值，不是本地的指标`],
];
const COUNTED = /^(\d+) values for the metrics named before/;

/** The extractor's reason in words, Chinese first ("3 items listed, 2 values" → 列出3项、2个数值). */
export function unreadReason(reason: string): Label {
  const lists = /^(\d+) items listed, (\d+) values$/.exec(reason);
  const counted = COUNTED.exec(reason);
  if (counted) return { zh: `${counted[1]}个数值与前文所列指标无法一一对应`, en: reason };
  if (lists) return { zh: `列出${lists[1]}项、${lists[2]}个数值，无法一一对应`, en: `${lists[1]} items listed, ${lists[2]} values: they cannot be paired` };
  if (reason.startsWith('the listed value')) return { zh: '列出的数值与指标单位不符', en: reason };
  for (const [pattern, zh] of NAMED_REASONS) {
    const named = pattern.exec(reason);
    if (named) return { zh: zh(named[1]), en: reason };
  }
  for (const [start, zh] of UNREAD_REASONS) if (reason.startsWith(start)) return { zh, en: reason };
  return { zh: '指标旁有同单位数值，但无法确定归属', en: reason };
}

export function commitmentView(c: Commitment, planUrl: PlanUrl): CommitmentView {
  const bound = c.comparator === '=' ? '' : c.comparator;
  return {
    text: `${c.aspirational ? '力争 ' : ''}${bound}${formatQuantity(c.value, c.unit)}`,
    what: c.what,
    quote: c.quote,
    paragraph: c.paragraph,
    href: planUrl(c.plan, c.sentence),
  };
}

/** A plan's figures in vocabulary order, and its other commitments in reading order. */
export function planFigures(set: IndicatorSet, planId: string, planUrl: PlanUrl): PlanFiguresView {
  const own = setByPlan(set);
  const mine = own.indicators.get(planId) ?? [];
  const rows = (kind: FigureKind) =>
    set.metrics.flatMap((metric) => ordered(mine.filter((f) => f.metric === metric.id && f.kind === kind)).map((f) => ({ metric, figure: figureView(f, planUrl) })));
  return {
    targets: rows('target'),
    actuals: rows('actual'),
    commitments: (own.commitments.get(planId) ?? []).map((c) => commitmentView(c, planUrl)),
    notStated: set.metrics.filter((m) => !mine.some((f) => f.metric === m.id)),
    unread: (own.unread.get(planId) ?? [])
      .map((u) => ({ metric: set.metrics.find((m) => m.id === u.metric)!, quote: u.quote, paragraph: u.paragraph, sentence: u.sentence, reason: unreadReason(u.reason), href: planUrl(u.plan, u.paragraph) })),
  };
}

export { KIND_LABELS };

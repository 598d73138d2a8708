/** The shapes of the indicator extraction: the metric vocabulary, figures and other commitments. */
import type { PartKind } from '../types.ts';

/** A metric of the vocabulary (content/metrics/<id>.json), as its schema states it. */
export type { MetricEntry as Metric } from '../content/schemas.ts';

/** ≥ at least, ≤ at most, ≈ about, = exactly as stated. */
export type Comparator = '≥' | '≤' | '≈' | '=';

/** A figure in a review part (or reported as last year's) is achieved; one in a plan part is a target. */
export type FigureKind = 'target' | 'actual';

/** `level`: the figure is the metric's value; `change`: a rise or fall against the previous year (signed). */
export type Basis = 'level' | 'change';

/** One figure for one metric, traceable to its sentence. */
export interface Indicator {
  plan: string;
  metric: string;
  /** Signed for a change (a fall is negative). */
  value: number;
  /** Normalised: '%', '百分点', 'μg/m³', '天'. */
  unit: string;
  comparator: Comparator;
  /** Stated with 力争 ("strive for"): an aspiration rather than a commitment. */
  aspirational: boolean;
  kind: FigureKind;
  basis: Basis;
  /** For a change or a reduction, the year it is measured from (比2015年, 同比 → the year before, “十三五”累计 → 2015); null when not stated. */
  baseYear: number | null;
  /** The year the figure refers to. */
  year: number;
  /** Where it applies (市区, 全市, 国控断面 …), when the sentence says. */
  scope: string | null;
  /** The sentence as published. */
  quote: string;
  paragraph: string;
  sentence: string;
  part: PartKind;
}

/** A quantified commitment outside the vocabulary (完成110个重点企业VOCs治理任务). */
export interface Commitment {
  plan: string;
  value: number;
  /** As stated: 个, 家, 公里, 万立方米, %, 百分点 … */
  unit: string;
  comparator: Comparator;
  aspirational: boolean;
  /** What is counted, in the plan's words. */
  what: string;
  year: number;
  quote: string;
  paragraph: string;
  sentence: string;
}

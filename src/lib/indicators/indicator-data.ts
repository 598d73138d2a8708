/** The open data files /data/indicators.{json,csv} and /data/commitments.json: flat rows, stable field order. */
import type { IndicatorSet } from './indicator-set.ts';
import { setByPlan } from './set-by-plan.ts';

/** The fields every row carries, in this order; the ten first, then the extras. */
export const INDICATOR_COLUMNS = [
  'plan',
  'metric',
  'value',
  'unit',
  'comparator',
  'kind',
  'year',
  'scope',
  'quote',
  'paragraph',
  'basis',
  'baseYear',
  'aspirational',
  'sentence',
  'part',
] as const;

export const COMMITMENT_COLUMNS = ['plan', 'value', 'unit', 'comparator', 'aspirational', 'what', 'year', 'quote', 'paragraph', 'sentence'] as const;

export function indicatorRows(set: IndicatorSet): Record<(typeof INDICATOR_COLUMNS)[number], unknown>[] {
  return set.indicators.map((f) => Object.fromEntries(INDICATOR_COLUMNS.map((c) => [c, f[c]])) as Record<(typeof INDICATOR_COLUMNS)[number], unknown>);
}

export function commitmentRows(set: IndicatorSet): Record<(typeof COMMITMENT_COLUMNS)[number], unknown>[] {
  return set.commitments.map((c) => Object.fromEntries(COMMITMENT_COLUMNS.map((k) => [k, c[k]])) as Record<(typeof COMMITMENT_COLUMNS)[number], unknown>);
}

/** The vocabulary, so a reader of the data can name the metrics and their units. */
export function metricRows(set: IndicatorSet) {
  return set.metrics.map((m) => ({ id: m.id, nameZh: m.nameZh, nameEn: m.nameEn, unit: m.unit, better: m.better, theme: m.theme, quantity: m.quantity }));
}

/** The fields of a "not read, please check" row of /data/indicators.json and /data/plans/<id>.json. */
export const UNREAD_COLUMNS = ['plan', 'metric', 'quote', 'paragraph', 'sentence', 'reason'] as const;

/** Sentences with a metric and a number left for a person to check, never guessed; optionally one plan's. */
export function unreadRows(set: IndicatorSet, planId?: string): Record<(typeof UNREAD_COLUMNS)[number], string>[] {
  return (planId === undefined ? set.unread : (setByPlan(set).unread.get(planId) ?? []))
    .map((u) => Object.fromEntries(UNREAD_COLUMNS.map((k) => [k, u[k]])) as Record<(typeof UNREAD_COLUMNS)[number], string>);
}

/** /data/indicators.json: the figures read with certainty, and the sentences left for checking. */
export function indicatorsData(set: IndicatorSet) {
  return { indicators: indicatorRows(set), unread: unreadRows(set) };
}

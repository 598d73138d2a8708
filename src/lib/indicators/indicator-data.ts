/** The open data files /data/indicators.{json,csv} and /data/commitments.json: flat rows, stable field order. */
import type { IndicatorSet } from './indicator-set.ts';

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

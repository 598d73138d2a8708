/** All figures and other commitments of an atlas, extracted once and shared by pages, charts and data. */
import type { Atlas } from '../atlas.ts';
import { extractCommitments } from './commitments.ts';
import { extractFigures, type UnreadFigure } from './extract-indicators.ts';
import { compileMetrics } from './metric-matcher.ts';
import type { Commitment, Indicator, Metric } from './types.ts';
import { checkVocabulary } from '../content/metric-vocabulary.ts';

export interface IndicatorSet {
  /** In display order. */
  metrics: Metric[];
  /** In plan order (the atlas's), then reading order. */
  indicators: Indicator[];
  commitments: Commitment[];
  /** Sentences with a vocabulary metric and a number that could not be read with certainty ("not read, please check"), in plan then reading order. */
  unread: UnreadFigure[];
}

export function buildIndicatorSet(atlas: Atlas, metrics: Metric[]): IndicatorSet {
  const sorted = checkVocabulary(metrics, atlas.themes.map((t) => t.id));
  const compiled = compileMetrics(sorted);
  const read = atlas.plans.map((ap) => extractFigures(ap.plan, compiled));
  return {
    metrics: sorted,
    indicators: read.flatMap((r) => r.figures),
    commitments: atlas.plans.flatMap((ap) => extractCommitments(ap.plan, compiled)),
    unread: read.flatMap((r) => r.unread),
  };
}

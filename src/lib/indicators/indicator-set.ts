/** All figures and other commitments of an atlas, extracted once and shared by pages, charts and data. */
import type { Atlas } from '../atlas.ts';
import { extractCommitments } from './commitments.ts';
import { extractIndicators } from './extract-indicators.ts';
import { compileMetrics } from './metric-matcher.ts';
import type { Commitment, Indicator, Metric } from './types.ts';
import { checkVocabulary } from '../content/metric-vocabulary.ts';

export interface IndicatorSet {
  /** In display order. */
  metrics: Metric[];
  /** In plan order (the atlas's), then reading order. */
  indicators: Indicator[];
  commitments: Commitment[];
}

export function buildIndicatorSet(atlas: Atlas, metrics: Metric[]): IndicatorSet {
  const sorted = checkVocabulary(metrics, atlas.themes.map((t) => t.id));
  const compiled = compileMetrics(sorted);
  return {
    metrics: sorted,
    indicators: atlas.plans.flatMap((ap) => extractIndicators(ap.plan, compiled)),
    commitments: atlas.plans.flatMap((ap) => extractCommitments(ap.plan, compiled)),
  };
}

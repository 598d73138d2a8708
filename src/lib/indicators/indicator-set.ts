/** All figures and other commitments of an atlas, extracted once and shared by pages, charts and data. */
import type { Atlas } from '../atlas.ts';
import { COMPUTE_ALWAYS, type ArtefactCache } from '../artefact-cache.ts';
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

/** `cache`: where each plan's figures and commitments are kept across builds (computed from the parsed plan and the metrics, nothing else). */
export function buildIndicatorSet(atlas: Atlas, metrics: Metric[], cache: ArtefactCache = COMPUTE_ALWAYS): IndicatorSet {
  const sorted = checkVocabulary(metrics, atlas.themes.map((t) => t.id));
  let compiled: ReturnType<typeof compileMetrics> | undefined;
  const metricsInput = JSON.stringify(sorted);
  const read = atlas.plans.map((ap) =>
    cache.through('figures-commitments', [JSON.stringify(ap.plan), metricsInput], () => {
      compiled ??= compileMetrics(sorted);
      return { ...extractFigures(ap.plan, compiled), commitments: extractCommitments(ap.plan, compiled) };
    }),
  );
  return {
    metrics: sorted,
    indicators: read.flatMap((r) => r.figures),
    commitments: read.flatMap((r) => r.commitments),
    unread: read.flatMap((r) => r.unread),
  };
}

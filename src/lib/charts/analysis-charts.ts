/** The text-analysis charts, in gallery order. */
import type { Atlas } from '../atlas.ts';
import { analysisCommitment } from './analysis-commitment.ts';
import { analysisDistinctiveTerms } from './analysis-distinctive-terms.ts';
import { analysisProgrammes } from './analysis-programmes.ts';
import { analysisSimilarity } from './analysis-similarity.ts';
import type { ChartDefinition } from './chart.ts';

export function analysisCharts(atlas: Atlas): ChartDefinition<any>[] {
  return [analysisDistinctiveTerms(atlas), analysisProgrammes(atlas), analysisSimilarity(atlas), analysisCommitment(atlas)];
}

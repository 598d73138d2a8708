/** The text-analysis charts, in gallery order. */
import type { Atlas } from '../atlas.ts';
import { analysisCommitment } from './analysis-commitment.ts';
import { analysisDistinctiveTerms } from './analysis-distinctive-terms.ts';
import { analysisProgrammes } from './analysis-programmes.ts';
import { analysisSimilarity } from './analysis-similarity.ts';
import type { ChartDefinition } from './chart.ts';
import { textAnalysis, type TextAnalysis } from '../compare/text-analysis.ts';

/** `analysis`: the atlas's text analysis, computed here when not given (the build passes the one it made). */
export function analysisCharts(atlas: Atlas, analysis: TextAnalysis = textAnalysis(atlas)): ChartDefinition<any>[] {
  return [analysisDistinctiveTerms(atlas, analysis), analysisProgrammes(atlas, analysis), analysisSimilarity(atlas, analysis), analysisCommitment(atlas, analysis)];
}

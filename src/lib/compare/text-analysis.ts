/**
 * The comparative text analysis of an atlas, computed once: distinctive terms, named
 * programmes, plan similarity by theme, the most similar passage pairs, commitment strength.
 */
import type { Atlas } from '../atlas.ts';
import type { ArtefactCache } from '../artefact-cache.ts';
import type { Jurisdiction } from '../types.ts';
import type { CommitmentLexicon } from './commitment-lexicon.ts';
import { ALL_TEXT, commitmentStrength, type CommitmentCell } from './commitment-strength.ts';
import { distinctiveTerms, type DistinctiveTerm, type KeynessOptions } from './distinctive-terms.ts';
import { namedProgrammes, type Programme } from './named-programmes.ts';
import { similarPassagePairs, type PassagePair, type PassagePairOptions } from './passage-pairs.ts';
import { planSimilarity, type PairSimilarities, type PlanSimilarity, type PlanThemeText, type SimilarityNeighbours } from './plan-similarity.ts';
import { planTextBlocks } from './plan-text.ts';
import { inverseDocumentFrequency, type Idf } from './tfidf.ts';
import { allPassages, themePassages } from './theme-passages.ts';

export { ALL_TEXT };

export interface TextAnalysis {
  /** Plan ids in atlas order. */
  plans: string[];
  /** Theme ids in atlas order, then ALL_TEXT. */
  themes: string[];
  terms: Map<string, DistinctiveTerm[]>;
  programmes: Programme[];
  /** Each plan's nearest plans, one entry per theme, in `themes` order. */
  similarity: SimilarityNeighbours[];
  /** The most similar pairs of plans over the whole text, with their similarity on every theme. */
  similarPairs: PairSimilarities;
  /** Theme id → the most similar passage pairs across plans. */
  passagePairs: Map<string, PassagePair[]>;
  commitment: CommitmentCell[];
  lexicon: CommitmentLexicon;
}

const positions = new WeakMap<readonly string[], { length: number; at: Map<string, number> }>();

/** A plan's index in `analysis.plans` (as indexOf: the first, or -1), from a map made once per list: every plan page asks. */
export function planPosition(analysis: Pick<TextAnalysis, 'plans'>, planId: string): number {
  let known = positions.get(analysis.plans);
  if (!known || known.length !== analysis.plans.length) {
    const at = new Map<string, number>();
    analysis.plans.forEach((id, i) => at.has(id) || at.set(id, i));
    positions.set(analysis.plans, (known = { length: analysis.plans.length, at }));
  }
  return known.at.get(planId) ?? -1;
}

/** Pairs of plans whose similarity is followed on every theme (the similarity chart draws them). */
export const SIMILAR_PAIRS_FOLLOWED = 40;

export interface AnalysisOptions {
  lexicon: CommitmentLexicon;
  keyness: Partial<KeynessOptions>;
  pairs: Partial<PassagePairOptions>;
  /** Where per-plan artefacts of the analysis are kept across builds (none by default). */
  cache: ArtefactCache;
}

const ADMIN_SUFFIX = /(自治区|自治州|自治县|特别行政区|地区|省|市|县|区|盟|旗|州)$/u;

/** What a plan calls itself: the full name, the name without its administrative suffix, and a suffix of two or more characters (自治区). */
export function ownNames(j: Jurisdiction): string[] {
  const suffix = ADMIN_SUFFIX.exec(j.nameZh)?.[1] ?? '';
  const stem = j.nameZh.slice(0, j.nameZh.length - suffix.length);
  return [j.nameZh, ...(stem.length >= 2 ? [stem] : []), ...(suffix.length >= 2 ? [suffix] : [])];
}

/** What plan similarity reads: the IDF over every sentence, each plan's sentences per theme and its whole text, and the themes in order (ALL_TEXT last). */
export function similarityInputs(atlas: Atlas): { idf: Idf; byTheme: PlanThemeText[]; themes: string[] } {
  const themeIds = atlas.themes.map((t) => t.id);
  const idf = inverseDocumentFrequency(atlas.plans.flatMap((p) => allPassages(p).map((s) => s.text)));
  const byTheme = atlas.plans.flatMap((p) => [
    ...themeIds.map((theme) => ({ plan: p.plan.meta.id, theme, texts: themePassages(p, theme).map((s) => s.text) })),
    { plan: p.plan.meta.id, theme: ALL_TEXT, texts: allPassages(p).map((s) => s.text) },
  ]);
  return { idf, byTheme, themes: [...themeIds, ALL_TEXT] };
}

/** Everything the analysis holds but nearest plans, which can be computed beside it (similarityTask). */
export type AnalysisApartFromSimilarity = Omit<TextAnalysis, 'similarity' | 'similarPairs'>;

export function analyseAtlasApartFromSimilarity(
  atlas: Atlas,
  options: Partial<AnalysisOptions> = {},
  inputs: ReturnType<typeof similarityInputs> = similarityInputs(atlas),
): AnalysisApartFromSimilarity {
  const lexicon = options.lexicon ?? atlas.commitmentLexicon;
  const plans = atlas.plans.map((p) => p.plan.meta.id);
  const themeIds = atlas.themes.map((t) => t.id);

  const terms = distinctiveTerms(
    atlas.plans.map((p) => ({ id: p.plan.meta.id, texts: planTextBlocks(p.plan).map((b) => b.text), exclude: ownNames(p.jurisdiction) })),
    options.keyness,
    options.cache,
  );
  const programmes = namedProgrammes(atlas.plans.map((p) => ({ id: p.plan.meta.id, texts: planTextBlocks(p.plan).map((b) => b.text) })));

  const { idf, byTheme } = inputs;
  const passagePairs = new Map(
    themeIds.map((theme) => [theme, similarPassagePairs(atlas.plans.flatMap((p) => themePassages(p, theme)), idf, options.pairs)]),
  );
  const commitment = commitmentStrength(byTheme, lexicon);
  return { plans, themes: [...themeIds, ALL_TEXT], terms, programmes, passagePairs, commitment, lexicon };
}

/** What nearest plans are asked for in the analysis: every theme and the whole text, and the pairs the similarity chart follows. */
export const SIMILARITY_OPTIONS = { allText: ALL_TEXT, pairsTheme: ALL_TEXT, topPairs: SIMILAR_PAIRS_FOLLOWED } as const;

/** The analysis from its parts: nearest plans computed beside the rest (from similarityTask) or after it. */
export function completeAnalysis(rest: AnalysisApartFromSimilarity, nearest: PlanSimilarity): TextAnalysis {
  const { plans, themes, terms, programmes, passagePairs, commitment, lexicon } = rest;
  return { plans, themes, terms, programmes, similarity: nearest.neighbours, similarPairs: nearest.pairs, passagePairs, commitment, lexicon };
}

export function analyseAtlas(atlas: Atlas, options: Partial<AnalysisOptions> = {}): TextAnalysis {
  const inputs = similarityInputs(atlas);
  const rest = analyseAtlasApartFromSimilarity(atlas, options, inputs);
  const { pairsTheme, topPairs } = SIMILARITY_OPTIONS;
  return completeAnalysis(rest, planSimilarity(inputs.byTheme, rest.plans, inputs.themes, inputs.idf, { pairsTheme, topPairs }));
}

const cache = new WeakMap<Atlas, TextAnalysis>();

/** The analysis with the atlas's lexicon and default options, computed once per atlas (`artefacts`: per-plan parts kept across builds). */
export function textAnalysis(atlas: Atlas, artefacts?: ArtefactCache): TextAnalysis {
  let analysis = cache.get(atlas);
  if (!analysis) cache.set(atlas, (analysis = analyseAtlas(atlas, { cache: artefacts })));
  return analysis;
}

/** Keep an analysis made from its parts as the atlas's (what textAnalysis then returns). */
export function rememberTextAnalysis(atlas: Atlas, analysis: TextAnalysis): TextAnalysis {
  cache.set(atlas, analysis);
  return analysis;
}

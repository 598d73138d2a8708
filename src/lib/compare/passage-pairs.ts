/**
 * The most similar pairs of passages (sentences) from different plans: cosine of TF-IDF
 * vectors of character bigrams. Candidates come from an inverted index that skips bigrams
 * found in very many passages, so the work grows with shared wording, not with the square of
 * the number of passages; every candidate then gets its exact cosine.
 */
import { hanLength } from './han-runs.ts';
import type { Passage } from './theme-passages.ts';
import { bigramCounts, cosine, tfidfVector, type Idf, type SparseVector } from './tfidf.ts';

export interface PassagePair {
  similarity: number;
  a: Passage;
  b: Passage;
}

export interface PassagePairOptions {
  /** Passages shorter than this (Han characters) are left out: short ones match by accident. */
  minLength: number;
  /** Least cosine for a pair to be reported. */
  minSimilarity: number;
  /** Pairs reported. */
  limit: number;
  /** Pairs reported for one pair of plans, so that one pair of plans does not fill the list. */
  perPlanPair: number;
  /** Bigrams in more passages than this do not propose candidates (they still count in the cosine). */
  maxPostings: number;
}

export const DEFAULT_PASSAGE_PAIR_OPTIONS: PassagePairOptions = {
  minLength: 12,
  minSimilarity: 0.25,
  limit: 8,
  perPlanPair: 2,
  maxPostings: 400,
};

export function similarPassagePairs(passages: Passage[], idf: Idf, options: Partial<PassagePairOptions> = {}): PassagePair[] {
  const o = { ...DEFAULT_PASSAGE_PAIR_OPTIONS, ...options };
  const kept = passages.filter((p) => hanLength(p.text) >= o.minLength);
  const vectors: SparseVector[] = kept.map((p) => tfidfVector(bigramCounts(p.text), idf));
  const postings = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    for (const g of v.keys()) {
      let list = postings.get(g);
      if (!list) postings.set(g, (list = []));
      list.push(i);
    }
  });
  const scored: PassagePair[] = [];
  for (let i = 0; i < kept.length; i++) {
    const candidates = new Set<number>();
    for (const g of vectors[i].keys()) {
      const list = postings.get(g)!;
      if (list.length > o.maxPostings) continue;
      for (const j of list) if (j > i && kept[j].plan !== kept[i].plan) candidates.add(j);
    }
    for (const j of candidates) {
      const similarity = cosine(vectors[i], vectors[j]);
      if (similarity >= o.minSimilarity) scored.push({ similarity, a: kept[i], b: kept[j] });
    }
  }
  scored.sort((x, y) => y.similarity - x.similarity || x.a.sentenceId.localeCompare(y.a.sentenceId) || x.b.sentenceId.localeCompare(y.b.sentenceId));
  // Greedy: best first, each sentence once, a few per pair of plans.
  const used = new Set<string>();
  const perPair = new Map<string, number>();
  const chosen: PassagePair[] = [];
  for (const pair of scored) {
    if (chosen.length >= o.limit) break;
    const ka = `${pair.a.plan}#${pair.a.sentenceId}`;
    const kb = `${pair.b.plan}#${pair.b.sentenceId}`;
    const planPair = [pair.a.plan, pair.b.plan].sort().join('|');
    if (used.has(ka) || used.has(kb) || (perPair.get(planPair) ?? 0) >= o.perPlanPair) continue;
    used.add(ka);
    used.add(kb);
    perPair.set(planPair, (perPair.get(planPair) ?? 0) + 1);
    chosen.push(pair);
  }
  return chosen;
}

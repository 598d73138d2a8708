/**
 * The most similar pairs of passages (sentences) from different plans: cosine of TF-IDF
 * vectors of character bigrams. Exact, without comparing every pair: with the bigrams of each
 * vector ordered rarest first, a pair reaching cosine t must share a bigram within the first
 * vector's prefix — the bigrams before the rest of its length falls below t — so only the
 * inverted-index entries of prefix bigrams propose candidates, and each candidate gets its exact
 * cosine (prefix filtering, Chaudhuri et al. 2006; Bayardo et al. 2007).
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
}

export const DEFAULT_PASSAGE_PAIR_OPTIONS: PassagePairOptions = {
  minLength: 12,
  minSimilarity: 0.25,
  limit: 8,
  perPlanPair: 2,
};

/** Every pair of passages from different plans with cosine ≥ minSimilarity, best first. */
export function scorePassagePairs(passages: Passage[], idf: Idf, minSimilarity: number, minLength: number): PassagePair[] {
  const kept = passages.filter((p) => hanLength(p.text) >= minLength);
  const vectors: SparseVector[] = kept.map((p) => tfidfVector(bigramCounts(p.text), idf));
  const rarestFirst = (x: string, y: string) => idf.df(x) - idf.df(y) || (x < y ? -1 : x > y ? 1 : 0);
  const postings = new Map<string, number[]>();
  const prefixes = vectors.map((v, i) => {
    for (const g of v.keys()) {
      let list = postings.get(g);
      if (!list) postings.set(g, (list = []));
      list.push(i);
    }
    // The shortest prefix after which the remaining length is below the threshold.
    const order = [...v.keys()].sort(rarestFirst);
    let rest = 0;
    for (const g of order) rest += v.get(g)! ** 2;
    const prefix: string[] = [];
    for (const g of order) {
      if (Math.sqrt(rest) < minSimilarity) break;
      prefix.push(g);
      rest -= v.get(g)! ** 2;
    }
    return prefix;
  });
  const scored: PassagePair[] = [];
  for (let i = 0; i < kept.length; i++) {
    const candidates = new Set<number>();
    for (const g of prefixes[i]) for (const j of postings.get(g)!) if (j > i && kept[j].plan !== kept[i].plan) candidates.add(j);
    for (const j of candidates) {
      const similarity = cosine(vectors[i], vectors[j]);
      if (similarity >= minSimilarity) scored.push({ similarity, a: kept[i], b: kept[j] });
    }
  }
  return scored.sort((x, y) => y.similarity - x.similarity || x.a.sentenceId.localeCompare(y.a.sentenceId) || x.b.sentenceId.localeCompare(y.b.sentenceId));
}

/** Thresholds tried from the top: most themes fill their list from near-identical pairs, which are few to find. */
const THRESHOLD_LADDER = [0.9, 0.7, 0.5, 0.35];

export function similarPassagePairs(passages: Passage[], idf: Idf, options: Partial<PassagePairOptions> = {}): PassagePair[] {
  const o = { ...DEFAULT_PASSAGE_PAIR_OPTIONS, ...options };
  // The greedy choice reads the pairs best first, so when the pairs above a threshold already fill
  // the list, the pairs below it could not change it: try high thresholds first.
  const thresholds = [...THRESHOLD_LADDER.filter((t) => t > o.minSimilarity), o.minSimilarity];
  let chosen: PassagePair[] = [];
  for (const threshold of thresholds) {
    chosen = choosePairs(scorePassagePairs(passages, idf, threshold, o.minLength), o);
    if (chosen.length >= o.limit) break;
  }
  return chosen;
}

/** Best first, each sentence once, at most perPlanPair for one pair of plans, up to limit. */
function choosePairs(scored: PassagePair[], o: PassagePairOptions): PassagePair[] {
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

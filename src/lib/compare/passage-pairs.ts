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

/**
 * Pairs of distinct texts with cosine ≥ threshold; a text with copies in two or more plans
 * pairs with itself. Plans repeat set phrases word for word, so identical sentences are
 * scored once, not once per pair of copies: a phrase in a thousand plans is one text here,
 * not half a million pairs.
 */
interface TextGroup {
  text: string;
  /** Indices of the passages with this text, ascending. */
  members: number[];
}

interface GroupPair {
  similarity: number;
  x: number;
  y: number;
}

function scoreGroupPairs(groups: TextGroup[], idf: Idf, minSimilarity: number, plansOf: (g: TextGroup) => Set<string>): GroupPair[] {
  const vectors: SparseVector[] = groups.map((g) => tfidfVector(bigramCounts(g.text), idf));
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
  const scored: GroupPair[] = [];
  for (let x = 0; x < groups.length; x++) {
    if (vectors[x].size > 0 && plansOf(groups[x]).size > 1) scored.push({ similarity: 1, x, y: x });
    const candidates = new Set<number>();
    for (const g of prefixes[x]) for (const y of postings.get(g)!) if (y > x) candidates.add(y);
    for (const y of candidates) {
      // Distinct texts can share one vector (they differ only outside Han runs): cap rounding at 1.
      const similarity = Math.min(1, cosine(vectors[x], vectors[y]));
      if (similarity >= minSimilarity) scored.push({ similarity, x, y });
    }
  }
  // Best first; ties in document order of each group's first passage.
  return scored.sort((p, q) => q.similarity - p.similarity || groups[p.x].members[0] - groups[q.x].members[0] || groups[p.y].members[0] - groups[q.y].members[0]);
}

/**
 * Every pair of passages from different plans with cosine ≥ minSimilarity: best first, ties in
 * document order (the pairs of two texts together, earlier passage first).
 */
function* passagePairs(passages: Passage[], idf: Idf, minSimilarity: number, minLength: number): Generator<PassagePair> {
  const kept = passages.filter((p) => hanLength(p.text) >= minLength);
  const byText = new Map<string, TextGroup>();
  kept.forEach((p, i) => {
    let g = byText.get(p.text);
    if (!g) byText.set(p.text, (g = { text: p.text, members: [] }));
    g.members.push(i);
  });
  const groups = [...byText.values()];
  const plansOf = (g: TextGroup) => new Set(g.members.map((i) => kept[i].plan));
  for (const { similarity, x, y } of scoreGroupPairs(groups, idf, minSimilarity, plansOf)) {
    const members = groups[x].members;
    if (x === y) {
      // Copies of one text: members ascend, so the pairs come out in order, and lazily (there can be many).
      for (let m = 0; m < members.length; m++) {
        for (let n = m + 1; n < members.length; n++) {
          if (kept[members[m]].plan !== kept[members[n]].plan) yield { similarity, a: kept[members[m]], b: kept[members[n]] };
        }
      }
      continue;
    }
    const pairs: [number, number][] = [];
    for (const i of members) for (const j of groups[y].members) if (kept[i].plan !== kept[j].plan) pairs.push(i < j ? [i, j] : [j, i]);
    pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
    for (const [i, j] of pairs) yield { similarity, a: kept[i], b: kept[j] };
  }
}

/** Every pair of passages from different plans with cosine ≥ minSimilarity, in the order the choice reads them. */
export function scorePassagePairs(passages: Passage[], idf: Idf, minSimilarity: number, minLength: number): PassagePair[] {
  return [...passagePairs(passages, idf, minSimilarity, minLength)];
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
    chosen = choosePairs(passagePairs(passages, idf, threshold, o.minLength), o);
    if (chosen.length >= o.limit) break;
  }
  return chosen;
}

/** Best first, each sentence once, at most perPlanPair for one pair of plans, up to limit. */
function choosePairs(scored: Iterable<PassagePair>, o: PassagePairOptions): PassagePair[] {
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

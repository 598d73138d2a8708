/**
 * Similarity of plans on each theme: cosine of TF-IDF vectors of character bigrams over the
 * sentences about the theme (IDF over all sentences of all plans). What is kept is each plan's k
 * nearest plans per theme, not the plan × plan matrix: ten thousand plans make fifty million
 * pairs per theme, which no page and no data file can hold. The pairs are still all computed,
 * one row at a time as a sparse product (each bigram adds w_a·w_b to the pairs of plans that use
 * it), in memory proportional to the number of plans.
 */
import { bigramCounts, tfidfVector, type Idf } from './tfidf.ts';

export interface PlanThemeText {
  plan: string;
  theme: string;
  texts: string[];
}

/** Nearest plans kept per plan and theme. */
export const SIMILARITY_NEIGHBOURS = 10;

export interface Neighbour {
  /** Position of the other plan in `plans`. */
  index: number;
  /** Cosine 0–1. */
  similarity: number;
}

/** One theme's similarities, as each plan's nearest plans. */
export interface SimilarityNeighbours {
  theme: string;
  /** Plans, in the order given. */
  plans: readonly string[];
  /** 1 where the plan has text on the theme. */
  hasText: Uint8Array;
  /** How many neighbours each plan keeps at most. */
  k: number;
  /** neighbours[i]: the k plans with text most similar to plan i, best first, ties in plan order; empty when plan i says nothing on the theme. */
  neighbours: Neighbour[][];
}

/** A chosen set of pairs of plans (i < j, positions in plan order) with their similarity on every theme. */
export interface PairSimilarities {
  pairs: readonly (readonly [number, number])[];
  /** Theme → the similarity of each pair, in `pairs` order; null where either plan says nothing on the theme. */
  byTheme: Map<string, (number | null)[]>;
}

export interface ThemeSimilarityOptions {
  k?: number;
  /** Also return this many most similar pairs of plans with text (best first, ties in plan order). */
  topPairs?: number;
  /** Also return the similarity of these pairs (i < j). */
  pairs?: readonly (readonly [number, number])[];
  /** For benchmarks: record what the theme cost (sizes, and time by the profiler's clock). */
  profiler?: SimilarityProfiler;
}

/** What one theme's similarity did: its sizes and where its time went (milliseconds by the profiler's clock). */
export interface ThemeSimilarityProfile {
  theme: string;
  /** Plans with text on the theme. */
  plans: number;
  /** Each bigram's postings' length: the number of plans with text that use it. */
  df: Int32Array;
  /** Counting bigrams, weighing them and laying out the postings. */
  vectorsMs: number;
  /** Summing each row's products over the postings. */
  productsMs: number;
  /** Offering each row's pairs to the nearest-plans lists and the top pairs. */
  offersMs: number;
}

/** Collects a profile per theme; the clock (e.g. performance.now) comes in from the caller. */
export interface SimilarityProfiler {
  clock: () => number;
  themes: ThemeSimilarityProfile[];
}

export interface ThemeSimilarity extends SimilarityNeighbours {
  topPairs: [number, number, number][];
  /** Similarity of options.pairs, in that order (null where either plan says nothing). */
  pairValues: (number | null)[];
}

/** Is (s, i) ranked before (t, j)? Higher similarity first, then lower position. */
const before = (s: number, i: number, t: number, j: number) => s > t || (s === t && i < j);

/** The best `size` entries offered, kept sorted best first in fixed arrays. */
class TopList {
  readonly idx: Int32Array;
  readonly val: Float64Array;
  length = 0;
  constructor(readonly size: number) {
    this.idx = new Int32Array(size);
    this.val = new Float64Array(size);
  }
  offer(i: number, s: number): void {
    const { idx, val, size } = this;
    if (size === 0) return;
    if (this.length === size && !before(s, i, val[size - 1], idx[size - 1])) return;
    let at = this.length < size ? this.length++ : size - 1;
    while (at > 0 && before(s, i, val[at - 1], idx[at - 1])) {
      idx[at] = idx[at - 1];
      val[at] = val[at - 1];
      at--;
    }
    idx[at] = i;
    val[at] = s;
  }
}

/** Is pair (i, j, s) ranked below pair b? Lower similarity, then later first and second position. */
const worsePair = (a: readonly [number, number, number], i: number, j: number, s: number) => a[2] < s || (a[2] === s && (a[0] > i || (a[0] === i && a[1] > j)));

/** Pairs ranked by similarity, then first and second position (for the most similar pairs overall). */
class TopPairs {
  readonly items: [number, number, number][] = [];
  constructor(readonly size: number) {}
  offer(i: number, j: number, s: number): void {
    const items = this.items;
    if (this.size === 0) return;
    if (items.length === this.size && !worsePair(items[items.length - 1], i, j, s)) return;
    let at = items.length < this.size ? items.push([i, j, s]) - 1 : items.length - 1;
    while (at > 0 && worsePair(items[at - 1], i, j, s)) {
      items[at] = items[at - 1];
      at--;
    }
    items[at] = [i, j, s];
  }
}

/**
 * One theme: each plan's texts (undefined or empty when it says nothing), in plan order. Every pair
 * of plans with text is scored once; the sums run over bigrams in the order they were first seen,
 * so each cosine is the same number whichever way it is read.
 */
export function themeSimilarity(theme: string, plans: readonly string[], texts: readonly (readonly string[] | undefined)[], idf: Idf, options: ThemeSimilarityOptions = {}): ThemeSimilarity {
  const clock = options.profiler?.clock;
  const t0 = clock?.() ?? 0;
  const n = plans.length;
  const k = Math.min(options.k ?? SIMILARITY_NEIGHBOURS, Math.max(0, n - 1));
  const hasText = new Uint8Array(n);
  // Plans with text (their position in plan order) and their vectors as bigram ids (in the order
  // bigrams were first seen) and weights, each row sorted by id.
  const withText: number[] = [];
  const ids = new Map<string, number>();
  const rowGrams: Int32Array[] = [];
  const rowWeights: Float64Array[] = [];
  // Each bigram's IDF weight computed once for all the vectors of the theme.
  const weights = new Map<string, number>();
  const once: Idf = {
    ...idf,
    weight: (g) => {
      let w = weights.get(g);
      if (w === undefined) weights.set(g, (w = idf.weight(g)));
      return w;
    },
  };
  texts.forEach((own, i) => {
    const counts = new Map<string, number>();
    for (const s of own ?? []) bigramCounts(s, counts);
    if (counts.size === 0) return;
    hasText[i] = 1;
    withText.push(i);
    const v = tfidfVector(counts, once);
    const grams = new Int32Array(v.size);
    const byGram = new Map<number, number>();
    let q = 0;
    for (const [g, w] of v) {
      let id = ids.get(g);
      if (id === undefined) ids.set(g, (id = ids.size));
      grams[q++] = id;
      byGram.set(id, w);
    }
    grams.sort();
    rowGrams.push(grams);
    rowWeights.push(Float64Array.from(grams, (id) => byGram.get(id)!));
  });
  // The postings of each bigram as one flat list (rows in order), and where each row sits in them.
  const start = new Int32Array(ids.size + 1);
  for (const grams of rowGrams) for (let q = 0; q < grams.length; q++) start[grams[q] + 1]++;
  for (let g = 0; g < ids.size; g++) start[g + 1] += start[g];
  const fill = start.slice(0, ids.size);
  const postingRows = new Int32Array(start[ids.size]);
  const postingWeights = new Float64Array(start[ids.size]);
  const rows = rowGrams.map((grams, x) => {
    const at = new Int32Array(grams.length);
    for (let q = 0; q < grams.length; q++) {
      const r = fill[grams[q]]++;
      postingRows[r] = x;
      postingWeights[r] = rowWeights[x][q];
      at[q] = r;
    }
    return { grams, weights: rowWeights[x], at };
  });
  const m = withText.length;
  const lists = Array.from({ length: n }, (_, i) => new TopList(hasText[i] ? k : 0));
  const top = new TopPairs(options.topPairs ?? 0);
  // Requested pairs, by the row (first plan) they are read from.
  const wanted = new Map<number, { y: number; slot: number }[]>();
  const pairValues: (number | null)[] = (options.pairs ?? []).map(() => null);
  const rowOf = new Int32Array(n).fill(-1);
  withText.forEach((i, x) => (rowOf[i] = x));
  (options.pairs ?? []).forEach(([i, j], slot) => {
    if (!(i < j)) throw new Error(`similarity: pair (${i}, ${j}) must have i < j`);
    const [x, y] = [rowOf[i], rowOf[j]];
    if (x < 0 || y < 0) return;
    if (!wanted.has(x)) wanted.set(x, []);
    wanted.get(x)!.push({ y, slot });
  });
  const acc = new Float64Array(m);
  const t1 = clock?.() ?? 0;
  let productsMs = 0;
  let offersMs = 0;
  for (let x = 0; x < m; x++) {
    const { grams, weights, at } = rows[x];
    const r0 = clock?.() ?? 0;
    for (let q = 0; q < grams.length; q++) {
      const wx = weights[q];
      for (let r = at[q] + 1, end = start[grams[q] + 1]; r < end; r++) acc[postingRows[r]] += wx * postingWeights[r];
    }
    const r1 = clock?.() ?? 0;
    const i = withText[x];
    for (const { y, slot } of wanted.get(x) ?? []) pairValues[slot] = Math.min(1, acc[y]);
    for (let y = x + 1; y < m; y++) {
      const s = Math.min(1, acc[y]);
      acc[y] = 0;
      const j = withText[y];
      lists[i].offer(j, s);
      lists[j].offer(i, s);
      top.offer(i, j, s);
    }
    if (clock) {
      productsMs += r1 - r0;
      offersMs += clock() - r1;
    }
  }
  if (options.profiler) {
    const df = new Int32Array(ids.size);
    for (let g = 0; g < ids.size; g++) df[g] = start[g + 1] - start[g];
    options.profiler.themes.push({ theme, plans: m, df, vectorsMs: t1 - t0, productsMs, offersMs });
  }
  return {
    theme,
    plans,
    hasText,
    k,
    neighbours: lists.map((l) => Array.from({ length: l.length }, (_, r) => ({ index: l.idx[r], similarity: l.val[r] }))),
    topPairs: top.items,
    pairValues,
  };
}

export interface PlanSimilarity {
  /** One entry per theme, in theme order. */
  neighbours: SimilarityNeighbours[];
  /** The most similar pairs over `pairsTheme`, with their similarity on every theme. */
  pairs: PairSimilarities;
}

/**
 * Every theme's nearest plans, and the `topPairs` most similar pairs of plans over `pairsTheme`
 * (the whole text) with their similarity on every theme (what the similarity chart draws).
 */
export function planSimilarity(
  texts: PlanThemeText[],
  planOrder: string[],
  themeOrder: string[],
  idf: Idf,
  options: { k?: number; pairsTheme?: string; topPairs?: number; profiler?: SimilarityProfiler } = {},
): PlanSimilarity {
  const byTheme = new Map<string, Map<string, string[]>>();
  for (const t of texts) {
    if (!byTheme.has(t.theme)) byTheme.set(t.theme, new Map());
    byTheme.get(t.theme)!.set(t.plan, t.texts);
  }
  const textsOf = (theme: string) => planOrder.map((plan) => byTheme.get(theme)?.get(plan));
  const pairsTheme = options.pairsTheme ?? themeOrder.at(-1)!;
  const first = themeSimilarity(pairsTheme, planOrder, textsOf(pairsTheme), idf, { k: options.k, topPairs: options.topPairs ?? 0, profiler: options.profiler });
  const pairs = first.topPairs.map(([i, j]) => [i, j] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const values = new Map<string, (number | null)[]>();
  const result = themeOrder.map((theme) => {
    const own = theme === pairsTheme ? first : themeSimilarity(theme, planOrder, textsOf(theme), idf, { k: options.k, pairs, profiler: options.profiler });
    values.set(theme, theme === pairsTheme ? pairs.map(([i, j]) => first.topPairs.find((p) => p[0] === i && p[1] === j)![2]) : own.pairValues);
    const { topPairs: _t, pairValues: _p, ...kept } = own;
    return kept;
  });
  return { neighbours: result, pairs: { pairs, byTheme: values } };
}

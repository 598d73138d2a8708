/**
 * Similarity of plans on each theme: cosine of TF-IDF vectors of character bigrams over the
 * sentences about the theme (IDF over all sentences of all plans). What is kept is each plan's k
 * nearest plans per theme, not the plan × plan matrix: ten thousand plans make fifty million
 * pairs per theme, which no page and no data file can hold. The pairs are still all computed,
 * one row at a time as a sparse product (each bigram adds w_a·w_b to the pairs of plans that use
 * it), in memory proportional to the number of plans.
 */
import { HAN_INDICES, hanIndex } from './han-runs.ts';
import type { Idf } from './tfidf.ts';

export interface PlanThemeText {
  plan: string;
  theme: string;
  texts: string[];
}

/** Bigrams in more than this share of the plans are summed as dense columns (measured: see bench/similarity.ts). */
export const DENSE_SHARE = 0.4;

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
  /** Bigrams in more than this share of the plans with text are summed as dense columns (DENSE_SHARE); the result is the same at any share. */
  denseShare?: number;
  /** Typed arrays to reuse from call to call (planSimilarity passes one to all its themes). */
  scratch?: SimilarityScratch;
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
  /** Bigrams summed as dense columns. */
  dense: number;
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

/**
 * Offer (i, s) to list x of `size` entries, kept best first at idx/val[x × size …], with len[x]
 * entries so far: the best `size` offered stay.
 */
function offer(idx: Int32Array, val: Float64Array, len: Int32Array, x: number, size: number, i: number, s: number): void {
  if (size === 0) return;
  const base = x * size;
  if (len[x] === size && !before(s, i, val[base + size - 1], idx[base + size - 1])) return;
  let at = len[x] < size ? len[x]++ : size - 1;
  while (at > 0 && before(s, i, val[base + at - 1], idx[base + at - 1])) {
    idx[base + at] = idx[base + at - 1];
    val[base + at] = val[base + at - 1];
    at--;
  }
  idx[base + at] = i;
  val[base + at] = s;
}

/**
 * Typed arrays kept from one theme to the next, grown when a theme needs more: the themes of one
 * call then allocate their large arrays about once, not per row and per theme (arrays that outlive
 * the young generation bring on full collections, slow with a large heap alive).
 */
export class SimilarityScratch {
  grams = new Int32Array(0);
  weights = new Float64Array(0);
  at = new Int32Array(0);
  postingRows = new Int32Array(0);
  postingWeights = new Float64Array(0);
  dense = new Float64Array(0);
  acc = new Float64Array(0);
  listIdx = new Int32Array(0);
  listVal = new Float64Array(0);
  listLen = new Int32Array(0);
}

/** `a` if it holds `size` values, else a larger array with a's first `keep` values. */
function grown<T extends Int32Array | Float64Array>(a: T, size: number, keep = 0): T {
  if (a.length >= size) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(size, Math.ceil(a.length * 1.5)));
  if (keep > 0) b.set(a.subarray(0, keep));
  return b;
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
 * A theme's bigrams, numbered in the order first seen, each with its IDF weight looked up once.
 * A bigram is found by its two characters' Han indices (one integer), so counting allocates no
 * string; `countPlan` counts one plan's texts as bigramCounts would, in the same first-seen order.
 */
class BigramCounter {
  /** Open-addressed table of bigram keys (two Han indices as one integer; -1 empty) and their ids. */
  private keys = new Int32Array(1 << 12).fill(-1);
  private ids = new Int32Array(1 << 12);
  private shift = 32 - 12;
  readonly weights: number[] = [];
  /** Counts of the plan being counted, by bigram id. */
  private counts = new Int32Array(1 << 11);
  constructor(private readonly idf: Idf) {}
  get size(): number {
    return this.weights.length;
  }
  /** The bigram's id, numbering it (and weighing it) when first seen. */
  private idOf(key: number, prevCode: number, code: number): number {
    const mask = this.keys.length - 1;
    let at = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = this.keys[at];
      if (k === key) return this.ids[at];
      if (k === -1) break;
      at = (at + 1) & mask;
    }
    const id = this.weights.length;
    this.keys[at] = key;
    this.ids[at] = id;
    this.weights.push(this.idf.weight(String.fromCharCode(prevCode, code)));
    if (id >= this.counts.length) {
      const grown = new Int32Array(this.counts.length * 2);
      grown.set(this.counts);
      this.counts = grown;
    }
    // Kept at most half full: doubled and filled again in the same slots' order of ids.
    if (2 * this.weights.length > this.keys.length) {
      const [keys, ids] = [this.keys, this.ids];
      this.keys = new Int32Array(keys.length * 2).fill(-1);
      this.ids = new Int32Array(keys.length * 2);
      this.shift--;
      const grownMask = this.keys.length - 1;
      for (let s = 0; s < keys.length; s++) {
        if (keys[s] === -1) continue;
        let to = Math.imul(keys[s], 0x9e3779b1) >>> this.shift;
        while (this.keys[to] !== -1) to = (to + 1) & grownMask;
        this.keys[to] = keys[s];
        this.ids[to] = ids[s];
      }
    }
    return id;
  }
  /** The plan's bigram ids in first-seen order; `tf` gets their counts, in the same order. */
  countPlan(texts: readonly string[], tf: number[]): number[] {
    const seen: number[] = [];
    tf.length = 0;
    for (const text of texts) {
      let prev = -1;
      let prevCode = 0;
      for (let c = 0; c < text.length; c++) {
        const code = text.charCodeAt(c);
        const h = hanIndex(code);
        if (h >= 0 && prev >= 0) {
          const id = this.idOf(prev * HAN_INDICES + h, prevCode, code);
          if (this.counts[id]++ === 0) seen.push(id);
        }
        prev = h;
        prevCode = code;
      }
    }
    for (const id of seen) {
      tf.push(this.counts[id]);
      this.counts[id] = 0;
    }
    return seen;
  }
}

/**
 * Adds row x's products (its entries are [from, to) of grams, weights and at) with every later row into acc, bigram by bigram in ascending id, so each
 * pair's sum runs in the same order whichever way a bigram is stored. A sparse bigram adds over its
 * postings after x; a dense one (`slot` ≥ 0) over every later row of its column, where rows
 * without it hold 0 and adding w × 0 leaves a sum unchanged. Up to four dense bigrams next to each
 * other in x's list share one pass: ((acc + a) + b) + …, the order separate passes would add them in.
 */
function addRowProducts(
  acc: Float64Array,
  x: number,
  m: number,
  grams: Int32Array,
  weights: Float64Array,
  at: Int32Array,
  from: number,
  to: number,
  start: Int32Array,
  postingRows: Int32Array,
  postingWeights: Float64Array,
  slot: Int32Array,
  dense: Float64Array,
): void {
  for (let q = from; q < to; q++) {
    const d = slot[grams[q]];
    if (d < 0) {
      const wx = weights[q];
      const end = start[grams[q] + 1];
      for (let r = at[q] + 1; r < end; r++) acc[postingRows[r]] += wx * postingWeights[r];
      continue;
    }
    let run = 1;
    while (run < 4 && q + run < to && slot[grams[q + run]] >= 0) run++;
    const o1 = d * m;
    if (run === 4) {
      const [w1, w2, w3, w4] = [weights[q], weights[q + 1], weights[q + 2], weights[q + 3]];
      const [o2, o3, o4] = [slot[grams[q + 1]] * m, slot[grams[q + 2]] * m, slot[grams[q + 3]] * m];
      for (let y = x + 1; y < m; y++) acc[y] = acc[y] + w1 * dense[o1 + y] + w2 * dense[o2 + y] + w3 * dense[o3 + y] + w4 * dense[o4 + y];
    } else if (run === 3) {
      const [w1, w2, w3] = [weights[q], weights[q + 1], weights[q + 2]];
      const [o2, o3] = [slot[grams[q + 1]] * m, slot[grams[q + 2]] * m];
      for (let y = x + 1; y < m; y++) acc[y] = acc[y] + w1 * dense[o1 + y] + w2 * dense[o2 + y] + w3 * dense[o3 + y];
    } else if (run === 2) {
      const [w1, w2] = [weights[q], weights[q + 1]];
      const o2 = slot[grams[q + 1]] * m;
      for (let y = x + 1; y < m; y++) acc[y] = acc[y] + w1 * dense[o1 + y] + w2 * dense[o2 + y];
    } else {
      const w1 = weights[q];
      for (let y = x + 1; y < m; y++) acc[y] += w1 * dense[o1 + y];
    }
    q += run - 1;
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
  // Plans with text (their position in plan order) and their TF-IDF vectors (unit length) as
  // bigram ids (in the order bigrams were first seen) and weights, each row sorted by id.
  const withText: number[] = [];
  const counter = new BigramCounter(idf);
  const scratch = options.scratch ?? new SimilarityScratch();
  // Row x's entries are [rowStart[x], rowStart[x + 1]) of the flat scratch arrays.
  const rowStart = new Int32Array(n + 1);
  let used = 0;
  const tf: number[] = [];
  let byGram = new Float64Array(1024);
  let mark = new Uint8Array(1024);
  texts.forEach((own, i) => {
    const seen = counter.countPlan(own ?? [], tf);
    if (seen.length === 0) return;
    hasText[i] = 1;
    withText.push(i);
    if (byGram.length < counter.size) {
      byGram = new Float64Array(Math.max(counter.size, byGram.length * 2));
      mark = new Uint8Array(byGram.length);
    }
    // As tfidfVector: weights summed into the norm in first-seen order, then scaled.
    let norm = 0;
    let low = counter.size;
    let high = 0;
    for (let q = 0; q < seen.length; q++) {
      const id = seen[q];
      const w = tf[q] * counter.weights[id];
      byGram[id] = w;
      norm += w * w;
      mark[id] = 1;
      if (id < low) low = id;
      if (id > high) high = id;
    }
    norm = Math.sqrt(norm);
    // The row in ascending id: read off the marks (faster than sorting the ids).
    const grams = (scratch.grams = grown(scratch.grams, used + seen.length, used));
    const weights = (scratch.weights = grown(scratch.weights, used + seen.length, used));
    for (let id = low; id <= high; id++) {
      if (mark[id] === 0) continue;
      mark[id] = 0;
      grams[used] = id;
      weights[used++] = norm > 0 ? byGram[id] / norm : byGram[id];
    }
    rowStart[withText.length] = used;
  });
  const { grams: rowGrams, weights: rowWeights } = scratch;
  const grams = counter.size;
  const m = withText.length;
  const df = new Int32Array(grams);
  for (let q = 0; q < used; q++) df[rowGrams[q]]++;
  // Bigrams in more than denseShare of the plans with text are kept as dense columns (one value
  // per row, 0 where the row lacks it): cheaper to run through than their postings.
  const denseShare = options.denseShare ?? DENSE_SHARE;
  const slot = new Int32Array(grams).fill(-1);
  let denseGrams = 0;
  for (let g = 0; g < grams; g++) if (df[g] > denseShare * m) slot[g] = denseGrams++;
  const dense = (scratch.dense = grown(scratch.dense, denseGrams * m));
  dense.fill(0, 0, denseGrams * m);
  // The postings of each sparse bigram as one flat list (rows in order), and where each row's entries sit in them.
  const start = new Int32Array(grams + 1);
  for (let g = 0; g < grams; g++) start[g + 1] = start[g] + (slot[g] < 0 ? df[g] : 0);
  const fill = start.slice(0, grams);
  const postingRows = (scratch.postingRows = grown(scratch.postingRows, start[grams]));
  const postingWeights = (scratch.postingWeights = grown(scratch.postingWeights, start[grams]));
  const at = (scratch.at = grown(scratch.at, used));
  for (let x = 0; x < m; x++) {
    for (let q = rowStart[x]; q < rowStart[x + 1]; q++) {
      const g = rowGrams[q];
      if (slot[g] >= 0) {
        dense[slot[g] * m + x] = rowWeights[q];
        continue;
      }
      const r = fill[g]++;
      postingRows[r] = x;
      postingWeights[r] = rowWeights[q];
      at[q] = r;
    }
  }
  // Each row's nearest plans (k a row, best first), and the value a pair must beat to enter them:
  // pairs are offered to every list in plan order, so a later pair with the same value never
  // displaces an earlier one.
  const listIdx = (scratch.listIdx = grown(scratch.listIdx, m * k));
  const listVal = (scratch.listVal = grown(scratch.listVal, m * k));
  const listLen = (scratch.listLen = grown(scratch.listLen, m));
  listLen.fill(0, 0, m);
  const floor = new Float64Array(m).fill(k > 0 ? -Infinity : Infinity);
  const top = new TopPairs(options.topPairs ?? 0);
  let topFloor = top.size > 0 ? -Infinity : Infinity;
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
  const acc = (scratch.acc = grown(scratch.acc, m));
  acc.fill(0, 0, m);
  const t1 = clock?.() ?? 0;
  let productsMs = 0;
  let offersMs = 0;
  for (let x = 0; x < m; x++) {
    const r0 = clock?.() ?? 0;
    addRowProducts(acc, x, m, rowGrams, rowWeights, at, rowStart[x], rowStart[x + 1], start, postingRows, postingWeights, slot, dense);
    const r1 = clock?.() ?? 0;
    const i = withText[x];
    for (const { y, slot } of wanted.get(x) ?? []) pairValues[slot] = Math.min(1, acc[y]);
    let ownFloor = floor[x];
    for (let y = x + 1; y < m; y++) {
      const s = Math.min(1, acc[y]);
      acc[y] = 0;
      if (s > ownFloor) {
        offer(listIdx, listVal, listLen, x, k, withText[y], s);
        if (listLen[x] === k) ownFloor = listVal[x * k + k - 1];
      }
      if (s > floor[y]) {
        offer(listIdx, listVal, listLen, y, k, i, s);
        if (listLen[y] === k) floor[y] = listVal[y * k + k - 1];
      }
      if (s > topFloor) {
        top.offer(i, withText[y], s);
        if (top.items.length === top.size) topFloor = top.items[top.size - 1][2];
      }
    }
    floor[x] = ownFloor;
    if (clock) {
      productsMs += r1 - r0;
      offersMs += clock() - r1;
    }
  }
  if (options.profiler) options.profiler.themes.push({ theme, plans: m, df, dense: denseGrams, vectorsMs: t1 - t0, productsMs, offersMs });
  const neighbours: Neighbour[][] = Array.from({ length: n }, () => []);
  withText.forEach((i, x) => (neighbours[i] = Array.from({ length: listLen[x] }, (_, r) => ({ index: listIdx[x * k + r], similarity: listVal[x * k + r] }))));
  return { theme, plans, hasText, k, neighbours, topPairs: top.items, pairValues };
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
  options: { k?: number; pairsTheme?: string; topPairs?: number; denseShare?: number; profiler?: SimilarityProfiler } = {},
): PlanSimilarity {
  const byTheme = new Map<string, Map<string, string[]>>();
  for (const t of texts) {
    if (!byTheme.has(t.theme)) byTheme.set(t.theme, new Map());
    byTheme.get(t.theme)!.set(t.plan, t.texts);
  }
  const textsOf = (theme: string) => planOrder.map((plan) => byTheme.get(theme)?.get(plan));
  const pairsTheme = options.pairsTheme ?? themeOrder.at(-1)!;
  const scratch = new SimilarityScratch();
  const first = themeSimilarity(pairsTheme, planOrder, textsOf(pairsTheme), idf, { k: options.k, topPairs: options.topPairs ?? 0, denseShare: options.denseShare, scratch, profiler: options.profiler });
  const pairs = first.topPairs.map(([i, j]) => [i, j] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const values = new Map<string, (number | null)[]>();
  const result = themeOrder.map((theme) => {
    const own = theme === pairsTheme ? first : themeSimilarity(theme, planOrder, textsOf(theme), idf, { k: options.k, pairs, denseShare: options.denseShare, scratch, profiler: options.profiler });
    values.set(theme, theme === pairsTheme ? pairs.map(([i, j]) => first.topPairs.find((p) => p[0] === i && p[1] === j)![2]) : own.pairValues);
    const { topPairs: _t, pairValues: _p, ...kept } = own;
    return kept;
  });
  return { neighbours: result, pairs: { pairs, byTheme: values } };
}

/**
 * TF-IDF vectors of character bigrams, and their cosine. Bigrams need no segmentation and
 * catch shared policy wording (零直, 直排) that a word segmenter would split or miss.
 */
import { hanRuns } from './han-runs.ts';

export type SparseVector = Map<string, number>;

/** Bigram counts of the Han runs of a text. */
export function bigramCounts(text: string, counts: SparseVector = new Map()): SparseVector {
  for (const { text: run } of hanRuns(text)) {
    for (let i = 0; i + 1 < run.length; i++) {
      const g = run.slice(i, i + 2);
      counts.set(g, (counts.get(g) ?? 0) + 1);
    }
  }
  return counts;
}

export interface Idf {
  /** Number of documents the table was computed over. */
  documents: number;
  weight: (bigram: string) => number;
  /** Documents holding the bigram. */
  df: (bigram: string) => number;
}

/** Smoothed inverse document frequency, ln((1 + N) / (1 + df)) + 1: never zero, so shared bigrams still count a little. */
export function inverseDocumentFrequency(documents: Iterable<string>): Idf {
  const df = new Map<string, number>();
  let n = 0;
  for (const text of documents) {
    n++;
    for (const g of bigramCounts(text).keys()) df.set(g, (df.get(g) ?? 0) + 1);
  }
  return {
    documents: n,
    weight: (g) => Math.log((1 + n) / (1 + (df.get(g) ?? 0))) + 1,
    df: (g) => df.get(g) ?? 0,
  };
}

/** TF-IDF weights scaled to unit length (empty when the text has no bigram). */
export function tfidfVector(counts: SparseVector, idf: Idf): SparseVector {
  const v: SparseVector = new Map();
  let norm = 0;
  for (const [g, tf] of counts) {
    const w = tf * idf.weight(g);
    v.set(g, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [g, w] of v) v.set(g, w / norm);
  return v;
}

/** Cosine of two unit vectors: their dot product. */
export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [g, w] of small) {
    const x = large.get(g);
    if (x !== undefined) dot += w * x;
  }
  return dot;
}

/** A unit vector as parallel arrays sorted by bigram id: fast to compare many times. */
export interface PackedVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** Pack a vector, giving bigrams ids from `vocabulary` (new bigrams are added to it). */
export function packVector(v: SparseVector, vocabulary: Map<string, number>): PackedVector {
  const entries = [...v].map(([g, w]) => {
    let id = vocabulary.get(g);
    if (id === undefined) vocabulary.set(g, (id = vocabulary.size));
    return [id, w] as const;
  });
  entries.sort((a, b) => a[0] - b[0]);
  return { ids: Int32Array.from(entries, (e) => e[0]), weights: Float64Array.from(entries, (e) => e[1]) };
}

/** Cosine of two packed unit vectors, by merging their sorted ids. */
export function packedCosine(a: PackedVector, b: PackedVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i];
    const y = b.ids[j];
    if (x === y) dot += a.weights[i++] * b.weights[j++];
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

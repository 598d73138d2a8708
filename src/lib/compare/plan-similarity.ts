/**
 * Pairwise similarity of plans on each theme: cosine of TF-IDF vectors of character bigrams
 * over the sentences about the theme (IDF over all sentences of all plans). All pairs of one
 * theme at once, as a sparse product: each bigram adds w_a·w_b to the pairs of plans that use it.
 */
import { bigramCounts, tfidfVector, type Idf } from './tfidf.ts';

export interface PlanThemeText {
  plan: string;
  theme: string;
  texts: string[];
}

export interface SimilarityCell {
  theme: string;
  a: string;
  b: string;
  /** Cosine 0–1; null when either plan says nothing on the theme. */
  similarity: number | null;
}

/** Dot products of every pair of unit vectors (m × m, upper triangle filled), by bigram postings. */
function pairwiseDots(vectors: Map<string, number>[]): Float64Array {
  const m = vectors.length;
  const postings = new Map<string, { plans: number[]; weights: number[] }>();
  vectors.forEach((v, k) => {
    for (const [g, w] of v) {
      let p = postings.get(g);
      if (!p) postings.set(g, (p = { plans: [], weights: [] }));
      p.plans.push(k);
      p.weights.push(w);
    }
  });
  const dots = new Float64Array(m * m);
  for (const { plans, weights } of postings.values()) {
    for (let x = 0; x < plans.length; x++) {
      const row = plans[x] * m;
      const wx = weights[x];
      for (let y = x + 1; y < plans.length; y++) dots[row + plans[y]] += wx * weights[y];
    }
  }
  return dots;
}

/**
 * One theme's plan × plan similarities, stored as the upper triangle (a thousand plans make half
 * a million pairs per theme: typed arrays, not objects).
 */
export interface SimilarityMatrix {
  theme: string;
  /** Plans, in the order given. */
  plans: readonly string[];
  /** 1 where the plan has text on the theme. */
  hasText: Uint8Array;
  /** Cosine of plans i < j at `pairIndex(i, j, plans.length)`; NaN where either says nothing. */
  upper: Float64Array;
}

/** Position of the pair i < j in the upper triangle of an n × n matrix, row by row. */
export function pairIndex(i: number, j: number, n: number): number {
  return i * n - (i * (i + 1)) / 2 + (j - i - 1);
}

/** Similarity of plans i and j (either order; 1 for a plan with itself when it has text), or null when either says nothing. */
export function similarityAt(m: SimilarityMatrix, i: number, j: number): number | null {
  if (!m.hasText[i] || !m.hasText[j]) return null;
  if (i === j) return 1;
  return m.upper[i < j ? pairIndex(i, j, m.plans.length) : pairIndex(j, i, m.plans.length)];
}

/** Every unordered pair (a before b in plan order) as a cell, matrix by matrix. */
export function* similarityCells(matrices: Iterable<SimilarityMatrix>): Generator<SimilarityCell> {
  for (const m of matrices) {
    const n = m.plans.length;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) yield { theme: m.theme, a: m.plans[i], b: m.plans[j], similarity: similarityAt(m, i, j) };
  }
}

/** One matrix per theme, in theme order. */
export function planSimilarity(texts: PlanThemeText[], planOrder: string[], themeOrder: string[], idf: Idf): SimilarityMatrix[] {
  const byTheme = new Map<string, Map<string, string[]>>();
  for (const t of texts) {
    if (!byTheme.has(t.theme)) byTheme.set(t.theme, new Map());
    byTheme.get(t.theme)!.set(t.plan, t.texts);
  }
  const n = planOrder.length;
  return themeOrder.map((theme) => {
    const own = byTheme.get(theme) ?? new Map<string, string[]>();
    // Plans with text on the theme: their position in plan order, and their vectors.
    const withText: number[] = [];
    const vectors: Map<string, number>[] = [];
    const hasText = new Uint8Array(n);
    planOrder.forEach((plan, i) => {
      const counts = new Map<string, number>();
      for (const s of own.get(plan) ?? []) bigramCounts(s, counts);
      if (counts.size === 0) return;
      hasText[i] = 1;
      withText.push(i);
      vectors.push(tfidfVector(counts, idf));
    });
    const dots = pairwiseDots(vectors);
    const upper = new Float64Array((n * (n - 1)) / 2).fill(NaN);
    const m = vectors.length;
    for (let x = 0; x < m; x++) {
      for (let y = x + 1; y < m; y++) upper[pairIndex(withText[x], withText[y], n)] = Math.min(1, dots[x * m + y]);
    }
    return { theme, plans: planOrder, hasText, upper };
  });
}

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

/** One cell per unordered pair of plans (a before b in the given order) and theme. */
export function planSimilarity(texts: PlanThemeText[], planOrder: string[], themeOrder: string[], idf: Idf): SimilarityCell[] {
  const byTheme = new Map<string, Map<string, string[]>>();
  for (const t of texts) {
    if (!byTheme.has(t.theme)) byTheme.set(t.theme, new Map());
    byTheme.get(t.theme)!.set(t.plan, t.texts);
  }
  const cells: SimilarityCell[] = [];
  for (const theme of themeOrder) {
    const own = byTheme.get(theme) ?? new Map<string, string[]>();
    // Plans with text on the theme, in plan order, and their index among them.
    const index = new Map<string, number>();
    const vectors: Map<string, number>[] = [];
    for (const plan of planOrder) {
      const counts = new Map<string, number>();
      for (const s of own.get(plan) ?? []) bigramCounts(s, counts);
      if (counts.size === 0) continue;
      index.set(plan, vectors.length);
      vectors.push(tfidfVector(counts, idf));
    }
    const dots = pairwiseDots(vectors);
    for (let i = 0; i < planOrder.length; i++) {
      for (let j = i + 1; j < planOrder.length; j++) {
        const a = index.get(planOrder[i]);
        const b = index.get(planOrder[j]);
        cells.push({ theme, a: planOrder[i], b: planOrder[j], similarity: a === undefined || b === undefined ? null : Math.min(1, dots[a * vectors.length + b]) });
      }
    }
  }
  return cells;
}

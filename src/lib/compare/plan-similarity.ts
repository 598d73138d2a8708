/**
 * Pairwise similarity of plans on each theme: cosine of TF-IDF vectors of character bigrams
 * over the sentences about the theme (IDF over all sentences of all plans).
 */
import { bigramCounts, packedCosine, packVector, tfidfVector, type Idf, type PackedVector } from './tfidf.ts';

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

/** One cell per unordered pair of plans (a before b in the given order) and theme. */
export function planSimilarity(texts: PlanThemeText[], planOrder: string[], themeOrder: string[], idf: Idf): SimilarityCell[] {
  const vectors = new Map<string, PackedVector>();
  const vocabulary = new Map<string, number>();
  for (const t of texts) {
    const counts = new Map<string, number>();
    for (const s of t.texts) bigramCounts(s, counts);
    if (counts.size > 0) vectors.set(`${t.theme}\u0000${t.plan}`, packVector(tfidfVector(counts, idf), vocabulary));
  }
  const cells: SimilarityCell[] = [];
  for (const theme of themeOrder) {
    for (let i = 0; i < planOrder.length; i++) {
      for (let j = i + 1; j < planOrder.length; j++) {
        const va = vectors.get(`${theme}\u0000${planOrder[i]}`);
        const vb = vectors.get(`${theme}\u0000${planOrder[j]}`);
        cells.push({ theme, a: planOrder[i], b: planOrder[j], similarity: va && vb ? packedCosine(va, vb) : null });
      }
    }
  }
  return cells;
}

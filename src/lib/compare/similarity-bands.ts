/**
 * What a similarity score (cosine of character-bigram TF-IDF vectors, 0–1) means in words.
 * A pair at 0.34 shares a topic, not its wording: readers are told which band a score is in
 * rather than shown every pair as "nearly the same".
 */
export interface SimilarityBand {
  min: number;
  range: string;
  zh: string;
  en: string;
  /** A short label for one pair. */
  shortZh: string;
  shortEn: string;
}

export const SIMILARITY_BANDS: readonly SimilarityBand[] = [
  { min: 0.8, range: '≥ 0.80', zh: '几乎相同：大部分字句一致', en: 'Nearly the same: most of the wording is shared', shortZh: '几乎相同', shortEn: 'nearly the same' },
  { min: 0.6, range: '0.60–0.79', zh: '相近：共用不少成句的表述', en: 'Close: many phrases shared', shortZh: '相近', shortEn: 'close' },
  { min: 0.4, range: '0.40–0.59', zh: '有共同说法：共用若干词语', en: 'Some shared wording: several terms in common', shortZh: '有共同说法', shortEn: 'some shared wording' },
  { min: 0, range: '< 0.40', zh: '话题相关，措辞不同', en: 'Related topic, different wording', shortZh: '话题相关', shortEn: 'related topic' },
];

/** The band a score falls in (scores are compared unrounded). */
export function similarityBand(score: number): SimilarityBand {
  return SIMILARITY_BANDS.find((b) => score >= b.min) ?? SIMILARITY_BANDS[SIMILARITY_BANDS.length - 1];
}

/**
 * Dunning's log-likelihood G² for a term counted `a` times in a target corpus of `c` tokens
 * and `b` times in a reference corpus of `d` tokens (Rayson & Garside 2000). It stays
 * reliable for rare terms, where chi-square and raw ratios do not.
 */
export function logLikelihood(a: number, b: number, c: number, d: number): number {
  if (c <= 0 || d <= 0) return 0;
  const e1 = (c * (a + b)) / (c + d);
  const e2 = (d * (a + b)) / (c + d);
  const term = (o: number, e: number) => (o > 0 ? o * Math.log(o / e) : 0);
  return 2 * (term(a, e1) + term(b, e2));
}

/** G² at which p < 0.001 with one degree of freedom. */
export const G2_P001 = 10.83;
/** G² at which p < 0.01 with one degree of freedom. */
export const G2_P01 = 6.63;

/**
 * Hardie's Log Ratio: log₂ of how many times more frequent a term is in the target than in the
 * reference. A zero count becomes 0.5 so that terms found only in the target get a finite size.
 */
export function logRatio(a: number, b: number, c: number, d: number): number {
  if (c <= 0 || d <= 0) return 0;
  return Math.log2((Math.max(a, 0.5) / c) / (Math.max(b, 0.5) / d));
}

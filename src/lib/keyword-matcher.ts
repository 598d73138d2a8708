/**
 * Find lexicon terms in text. Overlapping matches of one lexicon keep the longest
 * (污水处理 wins over 污水 inside 污水处理厂), and occurrences inside an excluded phrase do not count.
 */

export interface TermMatch {
  term: string;
  start: number;
  end: number;
}

function occurrences(text: string, term: string): TermMatch[] {
  const out: TermMatch[] = [];
  if (!term) return out;
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    out.push({ term, start: at, end: at + term.length });
  }
  return out;
}

/** Case-insensitive for Latin terms (VOCs, PM2.5); Chinese is unaffected by lowercasing. */
export function matchTerms(text: string, terms: readonly string[], exclude: readonly string[] = []): TermMatch[] {
  const haystack = text.toLowerCase();
  const excluded = exclude.flatMap((e) => occurrences(haystack, e.toLowerCase()));
  const all = terms
    .flatMap((t) => occurrences(haystack, t.toLowerCase()).map((m) => ({ ...m, term: t })))
    .filter((m) => !excluded.some((e) => m.start < e.end && e.start < m.end))
    // Longest first, then leftmost: a shorter match inside a kept one is dropped.
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TermMatch[] = [];
  for (const m of all) {
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Occurrences of search terms in normalised text, counted the way find-in-page counts:
 * left to right, each match resuming after the previous one (no overlaps).
 */

export interface TextMatch {
  /** Index of the term in the query. */
  term: number;
  start: number;
  end: number;
}

/** How often `term` occurs in `text`, without overlaps (the brute-force `includes()` count). */
export function countOccurrences(text: string, term: string): number {
  if (!term) return 0;
  let count = 0;
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) count++;
  return count;
}

/** Every occurrence of each term; where matches of different terms overlap, the earlier (then longer) wins. */
export function findMatches(text: string, terms: readonly string[]): TextMatch[] {
  const all: TextMatch[] = [];
  terms.forEach((term, index) => {
    if (!term) return;
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) {
      all.push({ term: index, start: at, end: at + term.length });
    }
  });
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TextMatch[] = [];
  for (const m of all) if (!kept.length || m.start >= kept[kept.length - 1].end) kept.push(m);
  return kept;
}

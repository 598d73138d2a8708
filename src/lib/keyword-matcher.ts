import { foldInPlace } from './text/fold.ts';

/**
 * Find lexicon terms in text, both read in one folded form (src/lib/text/fold.ts: width, case,
 * Traditional → Simplified). Overlapping matches of one lexicon keep the longest
 * (污水处理 wins over 污水 inside 污水处理厂), and occurrences inside an excluded phrase do not count.
 */

export interface TermMatch {
  term: string;
  start: number;
  end: number;
}

/** Terms indexed by their first (lowercased) character, longest first: one pass over the text finds them all. */
export interface CompiledTerms {
  byFirstChar: Map<string, { term: string; lower: string }[]>;
  exclude: CompiledTerms | undefined;
}

export function compileTerms(terms: readonly string[], exclude: readonly string[] = []): CompiledTerms {
  const byFirstChar = new Map<string, { term: string; lower: string }[]>();
  for (const term of terms) {
    const lower = foldInPlace(term);
    if (!lower) continue;
    const list = byFirstChar.get(lower[0]) ?? [];
    list.push({ term, lower });
    byFirstChar.set(lower[0], list);
  }
  for (const list of byFirstChar.values()) list.sort((a, b) => b.lower.length - a.lower.length);
  return { byFirstChar, exclude: exclude.length ? compileTerms(exclude) : undefined };
}

/** Every occurrence of every term (overlaps included). */
function occurrences(haystack: string, compiled: CompiledTerms): TermMatch[] {
  const out: TermMatch[] = [];
  for (let i = 0; i < haystack.length; i++) {
    const candidates = compiled.byFirstChar.get(haystack[i]);
    if (!candidates) continue;
    for (const c of candidates) if (haystack.startsWith(c.lower, i)) out.push({ term: c.term, start: i, end: i + c.lower.length });
  }
  return out;
}

const cache = new WeakMap<readonly string[], CompiledTerms>();

/** Matches in the folded text: VOCs = vocs = ＶＯＣｓ, 優良 = 优良; offsets are the original text's. */
export function matchTerms(text: string, terms: readonly string[] | CompiledTerms, exclude: readonly string[] = []): TermMatch[] {
  let compiled: CompiledTerms;
  if (Array.isArray(terms)) {
    const list = terms as readonly string[];
    compiled = (exclude.length === 0 && cache.get(list)) || compileTerms(list, exclude);
    if (exclude.length === 0) cache.set(list, compiled);
  } else compiled = terms as CompiledTerms;
  return resolveMatches(text, occurrences(foldInPlace(text), compiled), compiled);
}

/** Drop matches inside excluded phrases, then keep the longest of overlapping matches. */
export function resolveMatches(text: string, matches: TermMatch[], compiled: CompiledTerms): TermMatch[] {
  const excluded = compiled.exclude ? occurrences(foldInPlace(text), compiled.exclude) : [];
  const all = matches
    .filter((m) => !excluded.some((e) => m.start < e.end && e.start < m.end))
    // Longest first, then leftmost: a shorter match inside a kept one is dropped.
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TermMatch[] = [];
  for (const m of all) {
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

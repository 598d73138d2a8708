/**
 * Turn what a reader typed into search terms: normalised, split at spaces (terms are ANDed),
 * deduplicated. Anything typed gives an answer: limits and ignored parts come back as notes.
 */
import { normalizeText } from './normalize.ts';

/** Longer queries are cut here (code points, after normalisation). */
export const MAX_QUERY_LENGTH = 100;
/** More terms than this are dropped. */
export const MAX_TERMS = 6;

export type QueryNote =
  | { kind: 'truncated'; limit: number }
  | { kind: 'too-many-terms'; limit: number; dropped: string[] }
  /** Terms with no letter or digit (only punctuation, symbols or emoji): everything or nothing would match them. */
  | { kind: 'no-word-characters'; terms: string[] };

export interface ParsedQuery {
  /** The query as typed. */
  raw: string;
  /** Normalised terms, in the order typed; every one must match. */
  terms: string[];
  notes: QueryNote[];
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

export function parseQuery(raw: string): ParsedQuery {
  const notes: QueryNote[] = [];
  let text = normalizeText(typeof raw === 'string' ? raw : '').trim();
  const points = Array.from(text);
  if (points.length > MAX_QUERY_LENGTH) {
    text = points.slice(0, MAX_QUERY_LENGTH).join('').trim();
    notes.push({ kind: 'truncated', limit: MAX_QUERY_LENGTH });
  }
  const unique = [...new Set(text.split(' ').filter((t) => t !== ''))];
  const wordless = unique.filter((t) => !WORD_CHARACTER.test(t));
  if (wordless.length) notes.push({ kind: 'no-word-characters', terms: wordless });
  let terms = unique.filter((t) => WORD_CHARACTER.test(t));
  if (terms.length > MAX_TERMS) {
    notes.push({ kind: 'too-many-terms', limit: MAX_TERMS, dropped: terms.slice(MAX_TERMS) });
    terms = terms.slice(0, MAX_TERMS);
  }
  return { raw: typeof raw === 'string' ? raw : '', terms, notes };
}

/** A short piece of a unit's text around its matches, as plain and highlighted runs (never HTML). */
import type { Run } from '../highlight.ts';
import { findMatches } from './find-matches.ts';
import { normalizeWithMap, originalRange } from './normalize.ts';

export interface SnippetOptions {
  /** Characters shown before the first match. */
  before?: number;
  /** Longest snippet, in characters of the original text (a match is never cut). */
  maxLength?: number;
}

/** Matches in the original text: [start, end, term] with the normalised term each one matched. */
export function originalMatches(text: string, terms: readonly string[]): [number, number, string][] {
  const map = normalizeWithMap(text);
  return findMatches(map.text, terms).map((m) => [...originalRange(map, m.start, m.end), terms[m.term]]);
}

/** Never start or end between the two halves of a surrogate pair. */
function safeIndex(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return i > 0 && i < text.length && code >= 0xdc00 && code <= 0xdfff ? i - 1 : i;
}

export function snippetRuns(text: string, terms: readonly string[], options: SnippetOptions = {}): Run[] {
  const before = options.before ?? 30;
  const maxLength = options.maxLength ?? 160;
  const matches = originalMatches(text, terms);
  let start = matches.length ? safeIndex(text, Math.max(0, matches[0][0] - before)) : 0;
  let end = safeIndex(text, Math.min(text.length, start + maxLength));
  if (matches.length && matches[0][1] > end) end = matches[0][1];
  // Show the whole end of a short text rather than a lonely ellipsis.
  if (text.length - end < 10) {
    start = safeIndex(text, Math.max(0, Math.min(start, text.length - maxLength)));
    end = text.length;
  }
  const runs: Run[] = [];
  if (start > 0) runs.push({ text: '…' });
  let at = start;
  for (const [s, e, term] of matches) {
    if (e <= start || s < at) continue;
    if (s >= end) break;
    if (s > at) runs.push({ text: text.slice(at, s) });
    runs.push({ text: text.slice(s, e), match: term });
    at = e;
  }
  if (at < end) runs.push({ text: text.slice(at, Math.max(at, end)) });
  if (Math.max(at, end) < text.length) runs.push({ text: '…' });
  return runs;
}

/** The whole text with every match marked (headings, short paragraphs, the plan page). */
export function highlightAll(text: string, terms: readonly string[]): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const [s, e, term] of originalMatches(text, terms)) {
    if (s > at) runs.push({ text: text.slice(at, s) });
    runs.push({ text: text.slice(s, e), match: term });
    at = e;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}

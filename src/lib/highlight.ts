/** Cut a text into plain and highlighted runs, for rendering matches as elements, never as HTML strings. */
import { matchTerms } from './keyword-matcher.ts';

export interface Run {
  text: string;
  /** The term this run matches, when it is a match. */
  match?: string;
}

export function highlightRuns(text: string, terms: readonly string[]): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const m of matchTerms(text, terms)) {
    if (m.start > at) runs.push({ text: text.slice(at, m.start) });
    runs.push({ text: text.slice(m.start, m.end), match: m.term });
    at = m.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}

/** Split a normalised sentence into clauses at commas, semicolons and colons, keeping offsets. */

export interface Clause {
  text: string;
  /** Offset of the clause in the sentence. */
  start: number;
}

const CLAUSE = /[^,;:，；：。!?！？]+/g;

export function splitClauses(sentence: string): Clause[] {
  return [...sentence.matchAll(CLAUSE)].map((m) => ({ text: m[0], start: m.index })).filter((c) => c.text.trim() !== '');
}

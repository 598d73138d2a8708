/** Split a normalised sentence into clauses at commas, semicolons and colons, keeping offsets. */

export interface Clause {
  text: string;
  /** Offset of the clause in the sentence. */
  start: number;
}

const CLAUSE = /[^,;:，；：。!?！？]+/g;
/**
 * A run printed without its commas (…同比上升3.6个百分点PM2.5浓度为28微克/立方米,同比下降9.7%PM10浓度…): a
 * figure's unit followed at once by a pollutant's symbol starts a new clause there.
 */
const UNPUNCTUATED_TURN = /(?<=(?:%|百分点|微克\/立方米|μg\/m³|毫克\/立方米|mg\/m³|天))(?=\s*(?:PM2\.5|PM10|PM₂\.₅|O3|SO2|NO2|CO)(?![\w.]))/g;

export function splitClauses(sentence: string): Clause[] {
  return [...sentence.matchAll(CLAUSE)].flatMap((m) => {
    const cuts = [0, ...[...m[0].matchAll(UNPUNCTUATED_TURN)].map((t) => t.index), m[0].length];
    return cuts.slice(0, -1).map((at, i) => ({ text: m[0].slice(at, cuts[i + 1]), start: m.index + at }));
  }).filter((c) => c.text.trim() !== '');
}

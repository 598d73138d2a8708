/** Runs of Han characters: the units character n-grams are counted in (punctuation, digits and Latin break them). */

const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;

export interface HanRun {
  text: string;
  /** Offset of the run in the source text. */
  start: number;
}

export function hanRuns(text: string): HanRun[] {
  const runs: HanRun[] = [];
  for (const m of text.matchAll(HAN_RUN)) runs.push({ text: m[0], start: m.index! });
  return runs;
}

/** Number of Han characters in a text. */
export function hanLength(text: string): number {
  let n = 0;
  for (const m of text.matchAll(HAN_RUN)) n += m[0].length;
  return n;
}

/** Han characters HAN_RUN matches, numbered densely (U+4E00–9FFF, then U+3400–4DBF, then U+F900–FAFF): a bigram becomes one small integer. */
export const HAN_INDICES = 0x5200 + 0x19c0 + 0x200;

/** A UTF-16 code unit's place among the characters HAN_RUN matches, or -1 for any other (punctuation, digits, Latin, surrogates). */
export function hanIndex(code: number): number {
  if (code >= 0x4e00 && code <= 0x9fff) return code - 0x4e00;
  if (code >= 0x3400 && code <= 0x4dbf) return 0x5200 + code - 0x3400;
  if (code >= 0xf900 && code <= 0xfaff) return 0x5200 + 0x19c0 + code - 0xf900;
  return -1;
}

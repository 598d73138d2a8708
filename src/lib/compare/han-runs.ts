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

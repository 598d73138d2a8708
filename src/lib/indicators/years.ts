/**
 * The year a figure refers to. A year stated in its sentence (2019年, 到2020年底) counts unless it
 * is a base of comparison (比2020年, 较2013年, 2020年下降, 2017年以来) or part of a range or a title.
 * Otherwise the nearest heading that names a year (2019年工作总结), then the plan's own years: the
 * first for a review part, the last for a plan part.
 */
import type { PartKind } from '../types.ts';
import { quotedMask } from './units.ts';

const YEAR = /(?<!\d)((?:19|20)\d{2})\s*年(?:度)?/g;
const BASE_BEFORE = /(?:比|较|相比|相较|由|从|与|同|自|[-—–~至])\s*$/;
const BASE_AFTER = /^(?:年度|年)?\s*(?:下降|降低|提高|增加|减少|上升|增长|相比|基础|同期|以来|水平|[-—–~至])/;

/** Years named in the text that a figure could refer to, in order. */
export function statedYears(text: string): { year: number; index: number }[] {
  const mask = quotedMask(text);
  const out: { year: number; index: number }[] = [];
  for (const m of text.matchAll(YEAR)) {
    if (mask[m.index]) continue;
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    const after = text.slice(m.index + 4);
    if (BASE_BEFORE.test(before) || BASE_AFTER.test(after)) continue;
    out.push({ year: Number(m[1]), index: m.index });
  }
  return out;
}

export interface YearContext {
  /** Sentence text before the figure. */
  before: string;
  /** Titles of the enclosing headings, outermost first. */
  sectionPath: string[];
  part: PartKind;
  planYears: number[];
}

export function referenceYear({ before, sectionPath, part, planYears }: YearContext): { year: number; stated: boolean } {
  const inSentence = statedYears(before).at(-1);
  if (inSentence) return { year: inSentence.year, stated: true };
  for (const title of [...sectionPath].reverse()) {
    const y = statedYears(title)[0];
    if (y) return { year: y.year, stated: true };
  }
  const sorted = [...planYears].sort((a, b) => a - b);
  return { year: part === 'review' ? sorted[0] : sorted.at(-1)!, stated: false };
}

/** The first year a plan part covers: after the reviewed year in a review-and-plan text. */
export function planPartStart(planYears: number[], hasReview: boolean): number {
  const sorted = [...planYears].sort((a, b) => a - b);
  return hasReview && sorted.length > 1 ? sorted[1] : sorted[0];
}

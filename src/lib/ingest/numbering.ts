/**
 * The numbering of Chinese official documents (GB/T 9704 order): 一、 → （一） → 1. → （1）,
 * with 一是/二是… enumerating points inside a paragraph.
 */

export type HeadingFamily = 'chapter' | 'section' | 'item' | 'subitem';

/** Heading depth of each family, under an optional un-numbered part heading (depth 1). */
export const FAMILY_DEPTH: Record<HeadingFamily, number> = { chapter: 2, section: 3, item: 4, subitem: 5 };

const CN = '[一二三四五六七八九十百]+';
const FAMILY_PATTERNS: [HeadingFamily, RegExp][] = [
  // A missing numeral before 、 is a typo of the publisher; the position still says "chapter".
  ['chapter', new RegExp(`^(?:${CN})?、`)],
  ['section', new RegExp(`^[（(]${CN}[)）]`)],
  ['item', /^\d{1,3}[.、．](?!\d)/],
  ['subitem', /^[（(]\d{1,3}[)）]/],
];

/** The numbering family a block starts with, if any. */
export function headingFamily(text: string): HeadingFamily | undefined {
  for (const [family, pattern] of FAMILY_PATTERNS) if (pattern.test(text)) return family;
  return undefined;
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十二 → 12, 二十三 → 23. */
export function chineseNumeral(text: string): number | undefined {
  if (!/^[一二三四五六七八九十]+$/.test(text)) return undefined;
  if (!text.includes('十')) return text.length === 1 ? CN_DIGITS[text] : undefined;
  const [tens, ones] = text.split('十');
  return (tens ? CN_DIGITS[tens] : 1) * 10 + (ones ? CN_DIGITS[ones] : 0);
}

const POINT = /^([一二三四五六七八九十]+)是/;

/** The ordinal of a 一是/二是 point marker at the start of `text`. */
export function pointOrdinal(text: string): number | undefined {
  const m = POINT.exec(text);
  return m ? chineseNumeral(m[1]) : undefined;
}

/** Where a heading's run-in title ends: its first full stop, if the title is short. */
export const MAX_RUN_IN_TITLE = 60;

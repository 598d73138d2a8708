/**
 * How a figure is bounded. A word after the number wins (以上 → ≥, 以下/以内 → ≤, 左右 → ≈), then
 * one before it (不低于 → ≥, 控制在/不超过 → ≤, 约 → ≈). 达到 means "reach": at least the value
 * when higher is better, at most when lower is better (PM2.5 达到35 is a ceiling). 力争 marks the
 * figure as aspirational whatever its bound.
 */
import type { Comparator } from './types.ts';

const AFTER: [RegExp, Comparator][] = [
  [/^\s*(?:及|或)?以上/, '≥'],
  [/^\s*(?:及|或)?以下/, '≤'],
  [/^\s*以内/, '≤'],
  [/^\s*左右/, '≈'],
];

const BEFORE: [RegExp, Comparator | 'reach'][] = [
  [/(?:不低于|不少于|(?<!不)高于|(?<!不)超过|(?<!不)大于|≥|>)\s*$/, '≥'],
  [/(?:不高于|不超过|不大于|(?<!不)低于|(?<!不)小于|控制在|≤|<)\s*$/, '≤'],
  [/(?:约|大约|近)\s*$/, '≈'],
  [/(?:达到|达|提高到|提升到|上升到|降到|降至|下降到|降低到)\s*$/, 'reach'],
];

/** Bound words for a figure: `before` is the clause text up to the number, `after` the text after its unit. */
export function readComparator(before: string, after: string, better: 'higher' | 'lower'): Comparator {
  for (const [re, c] of AFTER) if (re.test(after)) return c;
  // Look at the words just before the number (力争达到, 稳定达到, 控制在 …).
  const near = before.slice(-8);
  for (const [re, c] of BEFORE) {
    if (!re.test(near)) continue;
    if (c === 'reach') return better === 'lower' ? '≤' : '≥';
    return c;
  }
  return '=';
}

/** 力争 (strive for) before the figure in its clause. */
export function isAspirational(before: string): boolean {
  return /力争|争取|努力达到|努力实现/.test(before);
}

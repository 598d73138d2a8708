/**
 * "A、B、C和D排放量分别减少a%、b%、c%、d%": items and values of an enumeration with 分别, paired by
 * position over every listed item, vocabulary or not. A value without a unit takes the unit of
 * the last value that states one (A、B、C平均浓度分别为x、y、z微克/立方米).
 */
import type { Quantity } from './units.ts';

export interface Enumeration {
  /** Offsets of each listed item in the clause. */
  items: { start: number; end: number }[];
  /** The listed values, in order, as quantities of the clause. */
  values: Quantity[];
}

const SEPARATOR = /以及|、|和|及|与/g;
const UNIT = '个百分点|百分点|%|微克/立方米|天';
const UNITS: Record<string, { unit: string; category: Quantity['category'] }> = {
  个百分点: { unit: '百分点', category: 'points' },
  百分点: { unit: '百分点', category: 'points' },
  '%': { unit: '%', category: 'percent' },
  '微克/立方米': { unit: 'μg/m³', category: 'concentration' },
  天: { unit: '天', category: 'days' },
};
const VALUE = new RegExp(`(?<![\\d.A-Za-z])(\\d+(?:\\.\\d+)?)(?![\\d.])\\s*(${UNIT})?`, 'y');
const BETWEEN_VALUES = /\s*(?:、|和|及|与|,)\s*/y;

/** The enumeration of a clause that says 分别, or null when it has none or its values cannot be read. */
export function readEnumeration(clause: string): Enumeration | null {
  const at = clause.indexOf('分别');
  if (at < 0) return null;
  // Items: the stretch before 分别, split at the list separators.
  const items: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of clause.slice(0, at).matchAll(SEPARATOR)) {
    items.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  items.push({ start, end: at });
  const values = readListValues(clause, at);
  return values ? { items, values } : null;
}

/**
 * The values listed after 分别 and its verb (为, 达到, 下降 …): numbers separated by 、 和 及, a bare
 * number taking the unit stated after it (22.5个和11.2个百分点 too). Null when fewer than two.
 */
export function readListValues(clause: string, at = clause.indexOf('分别')): Quantity[] | null {
  if (at < 0) return null;
  // A base year may stand before the values (分别比2020年下降2.5%、2.5%): it is not one of them.
  const first = /(?<![\d.])\d(?!\d{3}\s*年)/.exec(clause.slice(at));
  if (!first || first.index > 16) return null;
  let pos = at + first.index;
  const raw: { value: number; unit?: string; start: number; end: number }[] = [];
  for (;;) {
    VALUE.lastIndex = pos;
    const m = VALUE.exec(clause);
    if (!m) break;
    // 22.5个和11.2个百分点: 个 alone before the separator is the 个百分点 the list ends on.
    const elided = !m[2] && /^个(?=\s*(?:、|和|及|与|,))/.test(clause.slice(m.index + m[0].length)) ? 1 : 0;
    raw.push({ value: Number(m[1]), unit: elided ? '个百分点?' : m[2], start: m.index, end: m.index + m[0].length + elided });
    BETWEEN_VALUES.lastIndex = m.index + m[0].length + elided;
    const sep = BETWEEN_VALUES.exec(clause);
    if (!sep || !/\d/.test(clause[BETWEEN_VALUES.lastIndex] ?? '')) break;
    pos = BETWEEN_VALUES.lastIndex;
  }
  if (raw.length < 2) return null;
  // A bare number takes the unit stated after it in the list.
  let unit: string | undefined;
  for (let i = raw.length - 1; i >= 0; i--) {
    if (raw[i].unit === '个百分点?') raw[i].unit = unit === '个百分点' || unit === '百分点' ? unit : undefined;
    else if (raw[i].unit) unit = raw[i].unit;
    else raw[i].unit = unit;
  }
  if (raw.some((r) => !r.unit)) return null;
  return raw.map((r) => ({ value: r.value, ...UNITS[r.unit!], start: r.start, end: r.end, quoted: false }));
}

/**
 * Where a figure applies: an area (全市, 市区, 市城区, 设区城市, 县级以上城市, 国控点) or a set of
 * monitoring sections (市控断面, 国家考核断面, 市控以上断面). A lexicon of patterns, not of one plan's
 * wording: the prefixes combine (省/市/县, 国家/国控/市控, 以上, 考核).
 */

export interface ScopeMatch {
  text: string;
  /** Sections are a scope of water figures only; areas carry over to later clauses of a sentence. */
  kind: 'area' | 'section';
  start: number;
  end: number;
}

const LEVEL = '(?:国家|国控|国|省级|省控|省|市级|市控|市|县级|县控|县)';
// Levels listed before one noun (国控、省控地表水考核断面, 国、省控断面) are one scope.
const SECTION = new RegExp(`(?:${LEVEL}、)*(?:国家|国控|省级|省控|省|市级|市控|市|县级|县控|县)(?:及?以上)?(?:地表水)?(?:考核)?断面`, 'g');

const AREA = new RegExp(
  [
    // Administrative levels, alone or listed: 县级以上, 地级、县级城市, 地级及以上城市.
    '(?:(?:地|县|市)级(?:及以上|以上)?、)*(?:地|县|市)级(?:及以上|以上)?(?:城市)?',
    '设区(?:的)?(?:城市|市)',
    '国控(?:站点|点位|点|站)',
    '(?:市城区|主城区|中心城区|市区|城区|县城|城市建成区)',
    '全(?:自治区|市|省|区|县|旗|盟|镇|域)',
  ].join('|'),
  'g',
);

/** Scope phrases in the text, in order; sections are found first so 市级考核断面 is not read as 市级. */
export function findScopes(text: string): ScopeMatch[] {
  const found: ScopeMatch[] = [];
  let masked = text;
  for (const m of text.matchAll(SECTION)) {
    found.push({ text: m[0], kind: 'section', start: m.index, end: m.index + m[0].length });
    masked = masked.slice(0, m.index) + '\u0000'.repeat(m[0].length) + masked.slice(m.index + m[0].length);
  }
  for (const m of masked.matchAll(AREA)) {
    found.push({ text: m[0], kind: 'area', start: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A scope's levels and noun without the words that vary between statements of it (国控、省控地表水考核断面 is 国、省控断面). */
export function scopeCore(scope: string): string {
  return scope.replace(/控|家|级|考核|地表水/g, '');
}

/** Several scopes named together read as one: 国家考核断面、省考核断面、市级考核断面. */
export function joinScopes(scopes: ScopeMatch[]): string | null {
  const texts = [...new Set(scopes.map((s) => s.text))];
  return texts.length > 0 ? texts.join('、') : null;
}

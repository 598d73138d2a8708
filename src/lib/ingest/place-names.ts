/**
 * The division a new plan's title and issuer name, from the GB/T 2260 package's names, so that a
 * plan from a place the atlas has not seen yet is ingested with one command: its jurisdiction
 * entry (code, id and English name) is written for it. What is ambiguous is refused with the
 * candidates, never chosen.
 */
import { pinyin } from 'pinyin-pro';
import { divisionIndex, type Division, type DivisionRows } from '../content/divisions.ts';
import { toSimplified } from '../text/fold.ts';

export type PlaceMatch = { found: Division } | { ambiguous: Division[] } | { none: true };

const LEVEL_RANK = { county: 3, prefecture: 2, province: 1 } as const;

/** Every division of the package with its name, grouping rows (市辖区, 县 …) left out. */
function allDivisions(rows: DivisionRows): Division[] {
  const { find } = divisionIndex(rows);
  const codes = [...rows.provinces.map((p) => p.code.padEnd(6, '0')), ...rows.cities.map((c) => c.code.padEnd(6, '0')), ...rows.areas.map((a) => a.code)];
  return codes.map(find).filter((d): d is Division => !('missing' in d));
}

/**
 * The most specific division the text names in full (十堰市, 景宁畲族自治县, 湖北省). A name
 * several divisions share (朝阳区) counts only with its parent city or province also named; a
 * name inside a longer name that is also matched (西城区 in 北京市西城区 is not inside, but 宁海
 * in 宁海县 is) does not count on its own.
 */
export function placeFinder(rows: DivisionRows): (text: string) => PlaceMatch {
  const divisions = allDivisions(rows);
  return (text) => {
    // The package's names are in Simplified characters; a page re-published in 繁體 names 鄖陽區.
    const simplified = toSimplified(text.normalize('NFKC'));
    const named = divisions.filter((d) => simplified.includes(d.nameZh));
    const inside = (d: Division) => named.some((o) => o !== d && o.nameZh.length > d.nameZh.length && o.nameZh.includes(d.nameZh));
    const candidates = named.filter((d) => !inside(d));
    if (candidates.length === 0) return { none: true };
    const names = new Set(candidates.map((d) => d.nameZh));
    // A division whose parent city or province the text also names is the better reading.
    const placed = (d: Division) => (d.parentCityZh !== undefined && names.has(d.parentCityZh)) || (d.level !== 'province' && names.has(d.provinceZh));
    const best = Math.max(...candidates.map((d) => LEVEL_RANK[d.level]));
    let top = candidates.filter((d) => LEVEL_RANK[d.level] === best);
    if (top.length > 1 && top.some(placed)) top = top.filter(placed);
    // The same name at the same level in several places, with nothing to tell them apart.
    return top.length === 1 ? { found: top[0] } : { ambiguous: top };
  };
}

/** The peoples an autonomous area's name may list before 自治区/州/县/旗 (the 55 besides the Han). */
const PEOPLES = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克', '傣', '黎', '傈僳', '佤',
  '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌',
  '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
];
// Longest names first, so 蒙古族 is not read as 古族 after a stem ending in 蒙.
const AUTONOMOUS_LEVEL = new RegExp(`^(?:(?:${[...PEOPLES].sort((a, b) => b.length - a.length).join('|')})族)*自治(?:区|州|县|旗)$`, 'u');

/** The name without its level (市, 县, 自治州 and the peoples named before it …): 景宁畲族自治县 → 景宁. */
export function placeStem(nameZh: string): string {
  // An autonomous area: the stem is the shortest start of the name whose rest is peoples and level.
  for (let at = 1; at < nameZh.length; at++) {
    if (AUTONOMOUS_LEVEL.test(nameZh.slice(at))) return nameZh.slice(0, at);
  }
  const stem = nameZh.replace(/(?:特别行政区|地区|林区|新区|矿区|省|市|县|区|旗|盟)$/u, '');
  return stem.length > 0 ? stem : nameZh;
}

/** The stem in pinyin without tones, capitalised, syllables joined: 十堰市 → Shiyan. A guess to be checked: official English names differ (Ürümqi). */
export function pinyinName(nameZh: string): string {
  const syllables = pinyin(placeStem(nameZh), { toneType: 'none', type: 'array' }).join('');
  return syllables.charAt(0).toUpperCase() + syllables.slice(1);
}

/** A new jurisdiction id: the pinyin slug (shiyan), or with its code when a jurisdiction has that id already (chaoyang-220104). */
export function jurisdictionId(division: Division, taken: ReadonlySet<string>): string {
  const slug = pinyinName(division.nameZh)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return taken.has(slug) ? `${slug}-${division.code}` : slug;
}

/** content/jurisdictions.json with one more entry, one entry a line as the file is written. */
export function appendJurisdictionEntry(json: string, entry: { id: string; code: string; nameEn: string; parentCityEn?: string }): string {
  const end = json.lastIndexOf(']');
  if (end < 0) throw new Error('content/jurisdictions.json: expected a JSON array');
  const before = json.slice(0, end).replace(/\s*$/, '');
  const line = `  { ${Object.entries(entry)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)
    .join(', ')} }`;
  const empty = before.endsWith('[');
  return `${before}${empty ? '' : ','}\n${line}\n]\n`;
}

/**
 * Numbers with their units in normalised text (see normalise-text.ts): 39ug/m3 and 35微克/立方米 →
 * μg/m³, 2个百分点 → 百分点 (never %), 110个 → 个. A number glued to letters (PM2.5, O3, SO2) is a
 * name, not a quantity; a number inside quotation marks or a title (“7个100%”, 《…2021-2023年》)
 * is part of a name too.
 */

export type UnitCategory = 'percent' | 'points' | 'concentration' | 'days' | 'count' | 'measure' | 'money' | 'rate';

interface UnitRule {
  pattern: string;
  unit: string;
  category: UnitCategory;
}

/** Longest first within a family, so 万立方米 wins over 立方米 and 个百分点 over 个. */
const UNIT_RULES: UnitRule[] = [
  { pattern: '个百分点', unit: '百分点', category: 'points' },
  { pattern: '百分点', unit: '百分点', category: 'points' },
  { pattern: '%', unit: '%', category: 'percent' },
  { pattern: '(?:μg|ug|µg)/m3', unit: 'μg/m³', category: 'concentration' },
  { pattern: '微克/立方米', unit: 'μg/m³', category: 'concentration' },
  { pattern: '微克每立方米', unit: 'μg/m³', category: 'concentration' },
  // 达到29微克: the press's short form of 微克/立方米 (a mass alone never measures air or water).
  { pattern: '微克(?![/每])', unit: 'μg/m³', category: 'concentration' },
  // A unit followed by a slash (蒸吨/小时, 万吨/年) is a capacity rate.
  { pattern: '(?:万吨|吨|蒸吨|万立方米|立方米|千瓦|万千瓦)/(?:小时|时|日|天|年)', unit: '', category: 'rate' },
  { pattern: '万立方米', unit: '万立方米', category: 'measure' },
  { pattern: '立方米', unit: '立方米', category: 'measure' },
  { pattern: '万平方公里', unit: '万平方公里', category: 'measure' },
  { pattern: '平方公里', unit: '平方公里', category: 'measure' },
  { pattern: '万平方米', unit: '万平方米', category: 'measure' },
  { pattern: '平方米', unit: '平方米', category: 'measure' },
  { pattern: '万公顷', unit: '万公顷', category: 'measure' },
  { pattern: '万亩', unit: '万亩', category: 'measure' },
  { pattern: '亩', unit: '亩', category: 'measure' },
  { pattern: '公顷', unit: '公顷', category: 'measure' },
  { pattern: '公里', unit: '公里', category: 'measure' },
  { pattern: '千米', unit: '公里', category: 'measure' },
  { pattern: '万吨', unit: '万吨', category: 'measure' },
  { pattern: '蒸吨', unit: '蒸吨', category: 'measure' },
  { pattern: '吨', unit: '吨', category: 'measure' },
  { pattern: '亿元', unit: '亿元', category: 'money' },
  { pattern: '万元', unit: '万元', category: 'money' },
  { pattern: '天', unit: '天', category: 'days' },
  { pattern: '万户', unit: '万户', category: 'count' },
  { pattern: '万辆', unit: '万辆', category: 'count' },
  ...['个', '家', '项', '座', '台', '辆', '条', '处', '批', '套', '所', '户', '艘', '根', '只', '宗', '件', '次', '位', '万人', '人'].map((u) => ({
    pattern: u,
    unit: u,
    category: 'count' as const,
  })),
];

export interface Quantity {
  value: number;
  /** Normalised unit; '' for a capacity rate (kept only so it is not misread). */
  unit: string;
  category: UnitCategory;
  /** Offsets in the text searched: the number starts at `start`, the unit ends at `end`. */
  start: number;
  end: number;
  /** Inside quotation marks or a title: part of a name, not a figure. */
  quoted: boolean;
}

const QUANTITY = new RegExp(
  `(?<![\\d.A-Za-z])(\\d+(?:\\.\\d+)?)(?![\\d.])\\s*(${UNIT_RULES.map((r) => r.pattern).join('|')})`,
  'g',
);
const RULES = UNIT_RULES.map((r) => ({ ...r, re: new RegExp(`^(?:${r.pattern})$`) }));

/** Opening and closing marks of a quotation or a title. */
const OPEN: Record<string, string> = { '“': '”', '《': '》', '「': '」', '〈': '〉' };
/** Words between quotation marks that run over a clause (a comma, a full stop) are reported speech, not a name. */
const SPEECH = /[,;:。!?，；：！？]/;

/**
 * For each offset, whether it lies inside a name: “…”, "…", 「…」 or 《…》. A quotation that runs
 * over a clause or is never closed (“按照国家的初审数据,2022年…比例为92.6%…。”广东省…表示) is
 * someone's words reported in a press text; the figures in it are figures like any other.
 */
export function quotedMask(text: string): boolean[] {
  const mask: boolean[] = new Array(text.length).fill(false);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const close = ch === '"' ? '"' : OPEN[ch];
    if (!close) continue;
    // The matching close, allowing names nested one level (《关于印发“十四五”…的通知》).
    let depth = 0;
    let end = -1;
    for (let j = i + 1; j < text.length; j++) {
      if (close !== '"' && text[j] === ch) depth++;
      else if (text[j] === close) {
        if (depth === 0) {
          end = j;
          break;
        }
        depth--;
      }
    }
    if (end < 0) continue;
    const inner = text.slice(i + 1, end);
    if (ch !== '《' && SPEECH.test(inner)) continue;
    for (let k = i; k <= end; k++) mask[k] = true;
    i = end;
  }
  return mask;
}

/** Every number-with-unit in the text, in order. */
export function readQuantities(text: string): Quantity[] {
  const mask = quotedMask(text);
  const out: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const rule = RULES.find((r) => r.re.test(m[2]))!;
    out.push({
      value: Number(m[1]),
      unit: rule.unit,
      category: rule.category,
      start: m.index,
      end: m.index + m[0].length,
      quoted: mask[m.index],
    });
  }
  return out;
}

/** Bilingual labels of the units a metric figure can carry. */
export const UNIT_LABELS: Record<string, { zh: string; en: string }> = {
  '%': { zh: '%', en: 'per cent' },
  百分点: { zh: '个百分点', en: 'percentage points' },
  'μg/m³': { zh: 'μg/m³', en: 'micrograms per cubic metre' },
  天: { zh: '天', en: 'days' },
};

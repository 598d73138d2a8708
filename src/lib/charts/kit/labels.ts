/** How charts name plans and themes: one line wide, two lines (中文 over English) narrow. */
import type { Atlas } from '../../atlas.ts';
import { atlasPlanNames } from '../../labels.ts';

/** A row naming its plan: place in both languages, and the years when the place has several plans (labels.ts planNames decides). */
interface PlanNamed {
  planZh: string;
  planEn: string;
  planYears?: string | null;
}

const yearsTail = (r: PlanNamed): string => (r.planYears ? ` ${r.planYears}` : '');

interface ThemeNamed {
  themeZh: string;
  themeEn: string;
}

/** Label of the whole-text column, beside the themes. */
export const ALL_TEXT_LABEL = '全文 All text';

export const planLabel = (r: PlanNamed): string => `${r.planZh}${yearsTail(r)} ${r.planEn}`;
/** Two lines (中文 and the years over English), for column headings that must stay narrow. */
export const planColumnLabel = (r: PlanNamed): string => `${r.planZh}${yearsTail(r)}\n${r.planEn}`;
/** Narrow column headings: the short Chinese name and the years over the English name, a word a line. */
export const planColumnLabelNarrow = (r: PlanNamed): string => [shortPlaceZh(r.planZh), ...(r.planYears ? [r.planYears] : []), ...r.planEn.split(/\s+/)].join('\n');
/** Narrow row labels: 中文 and the years over English. */
export const planLabelNarrow = (r: PlanNamed): string => `${r.planZh}${yearsTail(r)}\n${r.planEn}`;
export const themeLabel = (r: ThemeNamed): string => `${r.themeZh} ${r.themeEn}`;
/** Narrow row labels: 中文 over English, wrapped. */
export const themeLabelNarrow = (r: ThemeNamed): string => `${r.themeZh}\n${wrapWords(r.themeEn, 16)}`;

/** Place names as people shorten them: 衡阳市 → 衡阳, 内蒙古自治区 → 内蒙古 (never below two characters). */
export function shortPlaceZh(nameZh: string): string {
  const short = nameZh.replace(/(特别行政区|自治区|自治州|自治县|省|市|县|区)$/, '');
  return short.length >= 2 ? short : nameZh;
}

/** Break text into lines of at most `max` characters at spaces (a longer word keeps its own line). */
export function wrapWords(text: string, max: number): string {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

/** "衡阳市 Hengyang" for each plan id ("嘉兴市 2019–2020 Jiaxing" when the place has several plans). */
export function planLabels(atlas: Atlas): Map<string, string> {
  return new Map([...atlasPlanNames(atlas.plans)].map(([id, name]) => [id, name.line]));
}

/** Distinct values in first-seen order (Plot domains keep the rows' order). */
export function distinct<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

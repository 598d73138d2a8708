/** The plan × theme cells as chart rows: one row per plan and theme, with bilingual labels. */
import type { Atlas } from '../atlas.ts';
import type { ChartColumn } from './chart.ts';

export interface PlanThemeRow extends Record<string, unknown> {
  plan: string;
  planZh: string;
  planEn: string;
  theme: string;
  themeZh: string;
  themeEn: string;
  /** Characters of the plan's sentences about the theme / all its characters, 0–1. */
  share: number;
  chars: number;
  sentences: number;
  paragraphs: number;
  /** False when no keyword of the theme occurs anywhere in the plan. */
  mentioned: boolean;
}

/** Every cell of the atlas matrix, in plan order then theme order (the atlas's own orders). */
export function planThemeRows(atlas: Atlas): PlanThemeRow[] {
  const plans = new Map(atlas.plans.map((p) => [p.plan.meta.id, p.jurisdiction]));
  const themes = new Map(atlas.themes.map((t) => [t.id, t]));
  const planOrder = new Map(atlas.plans.map((p, i) => [p.plan.meta.id, i]));
  const themeOrder = new Map(atlas.themes.map((t, i) => [t.id, i]));
  return [...atlas.matrix]
    .sort((a, b) => planOrder.get(a.plan)! - planOrder.get(b.plan)! || themeOrder.get(a.theme)! - themeOrder.get(b.theme)!)
    .map((c) => {
      const j = plans.get(c.plan);
      const t = themes.get(c.theme);
      if (!j || !t) throw new Error(`plan-theme rows: matrix cell ${c.plan} × ${c.theme} names a plan or theme the atlas does not have`);
      return {
        plan: c.plan,
        planZh: j.nameZh,
        planEn: j.nameEn,
        theme: c.theme,
        themeZh: t.nameZh,
        themeEn: t.nameEn,
        share: c.share,
        chars: c.chars,
        sentences: c.sentences,
        paragraphs: c.paragraphs,
        mentioned: c.mentioned,
      };
    });
}

/** Table and CSV columns for plan × theme rows. */
export const PLAN_THEME_COLUMNS: ChartColumn[] = [
  { key: 'plan', labelZh: '计划编号', labelEn: 'Plan id', kind: 'text' },
  { key: 'planZh', labelZh: '地区', labelEn: 'Jurisdiction', kind: 'text' },
  { key: 'planEn', labelZh: '地区英文名', labelEn: 'Jurisdiction (English)', kind: 'text' },
  { key: 'theme', labelZh: '主题编号', labelEn: 'Theme id', kind: 'text' },
  { key: 'themeZh', labelZh: '主题', labelEn: 'Theme', kind: 'text' },
  { key: 'themeEn', labelZh: '主题英文名', labelEn: 'Theme (English)', kind: 'text' },
  { key: 'share', labelZh: '篇幅占比', labelEn: 'Share of text', kind: 'percent' },
  { key: 'chars', labelZh: '字数', labelEn: 'Characters', kind: 'integer' },
  { key: 'sentences', labelZh: '句子数', labelEn: 'Sentences', kind: 'integer' },
  { key: 'paragraphs', labelZh: '段落数', labelEn: 'Paragraphs', kind: 'integer' },
  { key: 'mentioned', labelZh: '是否提及', labelEn: 'Mentioned', kind: 'text' },
];

export const planLabel = (r: PlanThemeRow): string => `${r.planZh} ${r.planEn}`;
/** Two lines (中文 over English), for column headings that must stay narrow. */
export const planColumnLabel = (r: PlanThemeRow): string => `${r.planZh}\n${r.planEn}`;
/** Place names as people shorten them: 衡阳市 → 衡阳, 内蒙古自治区 → 内蒙古 (never below two characters). */
export function shortPlaceZh(nameZh: string): string {
  const short = nameZh.replace(/(特别行政区|自治区|自治州|自治县|省|市|县|区)$/, '');
  return short.length >= 2 ? short : nameZh;
}

/** Narrow column headings: the short Chinese name over the English name, a word a line. */
export const planColumnLabelNarrow = (r: PlanThemeRow): string => [shortPlaceZh(r.planZh), ...r.planEn.split(/\s+/)].join('\n');
/** Narrow row labels: 中文 over English. */
export const planLabelNarrow = (r: PlanThemeRow): string => `${r.planZh}\n${r.planEn}`;
export const themeLabelNarrow = (r: PlanThemeRow): string => `${r.themeZh}\n${wrapWords(r.themeEn, 16)}`;

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
export const themeLabel = (r: PlanThemeRow): string => `${r.themeZh} ${r.themeEn}`;

/** Distinct values in first-seen order (Plot domains keep the rows' order). */
export function distinct<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/** A shared upper bound for share axes, rounded up to the next 5%, so charts of one family compare. */
export function shareAxisMax(rows: PlanThemeRow[]): number {
  const max = Math.max(0, ...rows.map((r) => r.share));
  return Math.max(0.05, Math.ceil(max * 20 - 1e-9) / 20);
}

/** Ticks every 10% up to `max`. */
export function shareTicks(max: number): number[] {
  const ticks: number[] = [];
  for (let i = 0; i * 0.1 <= max + 1e-9; i++) ticks.push(Math.round(i * 10) / 100);
  return ticks;
}

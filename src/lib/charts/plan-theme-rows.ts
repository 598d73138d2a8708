/** The plan × theme cells as chart rows: one row per plan and theme, with bilingual labels. */
import type { Atlas } from '../atlas.ts';
import { atlasPlanNames } from '../labels.ts';
import type { ChartColumn } from './chart.ts';

export interface PlanThemeRow extends Record<string, unknown> {
  plan: string;
  planZh: string;
  planEn: string;
  /** The years, when the place has several plans (labels.ts planNames); not a CSV column: the plan id tells plans apart there. */
  planYears: string | null;
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
  const names = atlasPlanNames(atlas.plans);
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
        planYears: names.get(c.plan)!.years,
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

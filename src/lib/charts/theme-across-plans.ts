/** One theme across the plans: a bar per plan, on the axis all theme charts share. */
import type { Atlas } from '../atlas.ts';
import type { ChartDefinition } from './chart.ts';
import { plansDrawn } from './plans-drawn.ts';
import { shareAxisMax } from './kit/formats.ts';
import { planLabel, planLabelNarrow } from './kit/labels.ts';
import { byLayout, isNarrow, NARROW_WIDTH } from './kit/layout.ts';
import { shareAxisX, shareBarMarks } from './kit/share-bars.ts';
import { PLAN_THEME_COLUMNS, planThemeRows, type PlanThemeRow } from './plan-theme-rows.ts';

export function themeAcrossPlansId(themeId: string): string {
  return `theme-across-plans-${themeId}`;
}

/** One chart per theme, plans in the atlas's order; the x axis is shared by all of them. */
export function themesAcrossPlans(atlas: Atlas): ChartDefinition<PlanThemeRow>[] {
  const all = planThemeRows(atlas);
  const max = shareAxisMax(all.map((r) => r.share));
  const drawn = plansDrawn(atlas.plans.map((p) => p.plan.meta.id));
  return atlas.themes.map((theme) => ({
    id: themeAcrossPlansId(theme.id),
    titleZh: `各地计划中的“${theme.nameZh}”`,
    titleEn: `${theme.nameEn} across plans`,
    descriptionZh: `各计划中涉及“${theme.nameZh}”主题的句子字数占该计划全文字数的比例。句子按该主题的关键词（${theme.keywords
      .slice(0, 6)
      .map((k) => k.term)
      .join('、')}等）归类。横轴与其他主题的同类图相同，可直接比较。标“未提及”的计划全文中没有该主题的任何关键词。${drawn.noteZh}`,
    descriptionEn: `Share of each plan's characters in sentences about ${theme.nameEn.toLowerCase()}, tagged by the theme's keywords (${theme.keywords
      .slice(0, 6)
      .map((k) => k.term)
      .join(', ')} …). The axis is the same in every theme's chart, so they compare directly. Plans marked “not mentioned” contain no keyword of the theme.${drawn.noteEn}`,
    sources: drawn.ids,
    group: { id: 'themes-across-plans', zh: '每个主题', en: 'One chart per theme' },
    columns: PLAN_THEME_COLUMNS,
    rows: all.filter((r) => r.theme === theme.id && drawn.has(r.plan)),
    responsive: true,
    plot: (rows, context) => {
      const narrow = isNarrow(context);
      const row = narrow ? planLabelNarrow : planLabel;
      return {
        width: byLayout(narrow, NARROW_WIDTH, 640),
        height: 30 + 34 * rows.length + 40,
        marginLeft: byLayout(narrow, 100, 170),
        marginRight: byLayout(narrow, 44, 60),
        marginTop: 30,
        marginBottom: 40,
        x: shareAxisX(max, narrow),
        y: { label: null, domain: rows.map(row), padding: 0.3 },
        marks: shareBarMarks(rows, row, planLabel, context, narrow),
      };
    },
  }));
}

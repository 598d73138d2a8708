/** One plan's theme profile: a bar per theme, longest first, on the axis all plan profiles share. */
import { group } from 'd3-array';
import type { Atlas } from '../atlas.ts';
import type { ChartDefinition } from './chart.ts';
import { shareAxisMax } from './kit/formats.ts';
import { themeLabel, themeLabelNarrow } from './kit/labels.ts';
import { byLayout, isNarrow, NARROW_WIDTH, themeLabelMargin } from './kit/layout.ts';
import { shareAxisX, shareBarMarks } from './kit/share-bars.ts';
import { PLAN_THEME_COLUMNS, planThemeRows, type PlanThemeRow } from './plan-theme-rows.ts';
import { yearsLabel } from '../labels.ts';

/** Mentioned themes by share, largest first, then the themes the plan never mentions (in theme order). */
export function sortByShare(rows: PlanThemeRow[]): PlanThemeRow[] {
  return [...rows.filter((r) => r.mentioned).sort((a, b) => b.share - a.share), ...rows.filter((r) => !r.mentioned)];
}

export function planProfileId(planId: string): string {
  return `plan-profile-${planId}`;
}

/** One chart per plan; the x axis runs to the largest share of any plan so the charts compare. */
export function planProfiles(atlas: Atlas): ChartDefinition<PlanThemeRow>[] {
  const all = planThemeRows(atlas);
  const max = shareAxisMax(all.map((r) => r.share));
  const rowsOf = group(all, (r) => r.plan);
  return atlas.plans.map(({ plan, jurisdiction }) => {
    const id = plan.meta.id;
    const years = yearsLabel(plan.meta.years);
    return {
      id: planProfileId(id),
      titleZh: `${jurisdiction.nameZh}${years}年工作计划的主题构成`,
      titleEn: `Themes of the ${jurisdiction.nameEn} plan, ${years}`,
      descriptionZh: `《${plan.meta.title}》（${plan.meta.issuer}）中涉及各主题的句子字数占全文字数的比例，从高到低排列。句子按主题关键词归类，一句可属多个主题。横轴与其他计划的同类图相同，可直接比较。标“未提及”的主题在全文中没有任何关键词。`,
      descriptionEn: `Share of the characters of “${plan.meta.title}” (${plan.meta.issuer}) in sentences about each theme, largest first. Sentences are tagged by the themes' keywords and can belong to several themes. The axis is the same in every plan's chart, so they compare directly. Themes marked “not mentioned” have no keyword anywhere in the text.`,
      sources: [id],
      group: { id: 'plan-profiles', zh: '每份计划', en: 'One chart per plan' },
      columns: PLAN_THEME_COLUMNS,
      rows: sortByShare(rowsOf.get(id) ?? []),
      responsive: true,
      plot: (rows, context) => {
        const narrow = isNarrow(context);
        const row = narrow ? themeLabelNarrow : themeLabel;
        return {
          width: byLayout(narrow, NARROW_WIDTH, 680),
          height: 30 + byLayout(narrow, 36, 26) * rows.length + 40,
          marginLeft: themeLabelMargin(narrow),
          marginRight: byLayout(narrow, 44, 60),
          marginTop: 30,
          marginBottom: 40,
          x: shareAxisX(max, narrow),
          y: { label: null, domain: rows.map(row), padding: 0.25 },
          marks: shareBarMarks(rows, row, themeLabel, context, narrow),
        };
      },
    };
  });
}

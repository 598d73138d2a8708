/** Each plan's theme profile as small multiples: one row of bars per plan, on one shared scale. */
import * as Plot from '@observablehq/plot';
import type { Atlas } from '../atlas.ts';
import type { ChartDefinition } from './chart.ts';
import { plansDrawn } from './plans-drawn.ts';
import {
  distinct,
  PLAN_THEME_COLUMNS,
  planColumnLabel,
  planColumnLabelNarrow,
  planLabel,
  planThemeRows,
  shareAxisMax,
  shareTicks,
  themeLabel,
  themeLabelNarrow,
  type PlanThemeRow,
} from './plan-theme-rows.ts';

/** Bar colour: the site's accent, dark enough for 3:1 against white (WCAG non-text contrast). */
export const BAR_FILL = '#0b5c5c';
export const ABSENT_TEXT = '#555555';

export function planThemeProfiles(atlas: Atlas): ChartDefinition<PlanThemeRow> {
  const drawn = plansDrawn(atlas.plans.map((p) => p.plan.meta.id));
  return {
    id: 'plan-theme-profiles',
    titleZh: '各计划的主题构成',
    titleEn: 'Theme profile of each plan',
    descriptionZh:
      '每列一份计划，每根横条为该计划中涉及该主题的句子字数占全文字数的比例；各列使用同一横轴，可直接比较。句子按主题关键词归类，一句可属多个主题。“—”表示全文未出现该主题的任何关键词。' + drawn.noteZh,
    descriptionEn:
      "One column per plan; each bar is the share of the plan's characters in sentences about the theme, on the same axis in every column so plans compare directly. Sentences are tagged by the themes' keywords and can belong to several themes. “—”: no keyword of the theme occurs anywhere in the plan." + drawn.noteEn,
    sources: drawn.ids,
    group: { id: 'overview', zh: '总览', en: 'Overview' },
    columns: PLAN_THEME_COLUMNS,
    rows: planThemeRows(atlas).filter((r) => drawn.has(r.plan)),
    responsive: true,
    plot: (rows, context) => {
      const narrow = context.narrow === true;
      const column = narrow ? planColumnLabelNarrow : planColumnLabel;
      const row = narrow ? themeLabelNarrow : themeLabel;
      const tip = (r: PlanThemeRow) => `${planLabel(r)} · ${themeLabel(r)}: ${r.mentioned ? `${(r.share * 100).toFixed(1)}%` : '未提及 not mentioned'}`;
      const max = shareAxisMax(rows);
      const top = narrow ? 62 : 50;
      return {
        width: narrow ? 360 : 760,
        height: top + (narrow ? 36 : 24) * distinct(rows.map((r) => r.theme)).length + 30,
        marginLeft: narrow ? 112 : 230,
        marginRight: 10,
        marginTop: top,
        marginBottom: 30,
        fx: { label: null, domain: distinct(rows.map(column)), axis: 'top', padding: 0.12 },
        y: { label: null, domain: distinct(rows.map(row)), padding: 0.2 },
        // A narrow panel has room for one labelled tick.
        x: { label: null, domain: [0, max], ticks: narrow ? [0.2] : shareTicks(max), tickFormat: '.0%', grid: true },
        marks: [
          Plot.barX(
            rows.filter((r) => r.mentioned),
            { fx: column, y: row, x: 'share', fill: BAR_FILL, href: (r: PlanThemeRow) => context.themeUrl(r.theme, r.plan), title: tip },
          ),
          Plot.text(
            rows.filter((r) => !r.mentioned),
            { fx: column, y: row, x: 0, text: () => '—', textAnchor: 'start', dx: 3, fill: ABSENT_TEXT, fontSize: 12, title: tip },
          ),
          Plot.ruleX([0], { stroke: '#333333' }),
        ],
      };
    },
  };
}

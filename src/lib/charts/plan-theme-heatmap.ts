/** Plan × theme heatmap: the share of each plan's text that is about each theme. */
import * as Plot from '@observablehq/plot';
import type { Atlas } from '../atlas.ts';
import type { ChartDefinition } from './chart.ts';
import { NOT_MENTIONED, SHARE_AXIS_FORMAT, sharePercentInteger, shareText } from './kit/formats.ts';
import { distinct, planColumnLabel, planColumnLabelNarrow, planLabel, themeLabel, themeLabelNarrow } from './kit/labels.ts';
import { byLayout, isNarrow, NARROW_WIDTH, themeLabelMargin } from './kit/layout.ts';
import { cividisBins, INK, NOT_MENTIONED_FILL, NOT_MENTIONED_STROKE } from './kit/palette.ts';
import { PLAN_THEME_COLUMNS, planThemeRows, type PlanThemeRow } from './plan-theme-rows.ts';
import { plansDrawn } from './plans-drawn.ts';

/** Share thresholds of the colour bins: under 5%, 5–10%, 10–15%, 15–20%, 20% and more. */
export const HEATMAP_THRESHOLDS = [0.05, 0.1, 0.15, 0.2];
const heatmapBins = cividisBins(HEATMAP_THRESHOLDS);
/** Cividis reads in order for colour-blind readers and in greyscale. */
export const HEATMAP_COLOURS = heatmapBins.colours;

export function planThemeHeatmap(atlas: Atlas): ChartDefinition<PlanThemeRow> {
  const drawn = plansDrawn(atlas.plans.map((p) => p.plan.meta.id));
  return {
    id: 'plan-theme-heatmap',
    titleZh: '各地工作计划的主题分布',
    titleEn: 'Themes across plans',
    descriptionZh:
      '每格为该计划中涉及该主题的句子字数占全文字数的比例。句子按主题关键词归类（见“方法”页），一句可属多个主题，故各行之和可超过100%。白底虚线框、标“—”的格表示全文未出现该主题的任何关键词。' + drawn.noteZh,
    descriptionEn:
      "Each cell is the share of a plan's characters in sentences about the theme. Sentences are tagged by the theme's keywords (see About); a sentence can belong to several themes, so a row can add up to more than 100%. White cells with a dashed outline and “—”: no keyword of the theme occurs anywhere in the plan." + drawn.noteEn,
    sources: drawn.ids,
    group: { id: 'overview', zh: '总览', en: 'Overview' },
    columns: PLAN_THEME_COLUMNS,
    rows: planThemeRows(atlas).filter((r) => drawn.has(r.plan)),
    responsive: true,
    plot: (rows, context) => {
      const narrow = isNarrow(context);
      const column = narrow ? planColumnLabelNarrow : planColumnLabel;
      const row = narrow ? themeLabelNarrow : themeLabel;
      const mentioned = rows.filter((r) => r.mentioned);
      const absent = rows.filter((r) => !r.mentioned);
      const tip = (r: PlanThemeRow) => `${planLabel(r)} · ${themeLabel(r)}: ${r.mentioned ? shareText(r.share) : NOT_MENTIONED.full}`;
      const cell = { x: column, y: row, inset: 1, href: (r: PlanThemeRow) => context.themeUrl(r.theme, r.plan), title: tip };
      const top = byLayout(narrow, 56, 44);
      return {
        marginLeft: themeLabelMargin(narrow),
        marginTop: top,
        marginBottom: 10,
        width: byLayout(narrow, NARROW_WIDTH, 760),
        height: top + byLayout(narrow, 36, 30) * distinct(rows.map((r) => r.theme)).length + 10,
        x: { label: null, axis: 'top', domain: distinct(rows.map(column)), tickSize: 0 },
        y: { label: null, domain: distinct(rows.map(row)), tickSize: 0 },
        color: {
          type: 'threshold',
          domain: HEATMAP_THRESHOLDS,
          range: HEATMAP_COLOURS,
          label: '篇幅占比 Share of text（— 未提及 not mentioned）',
          legend: true,
          width: byLayout(narrow, 300, 320),
          tickFormat: SHARE_AXIS_FORMAT,
        },
        marks: [
          Plot.cell(mentioned, { ...cell, fill: 'share' }),
          Plot.cell(absent, { ...cell, fill: NOT_MENTIONED_FILL, stroke: NOT_MENTIONED_STROKE, strokeDasharray: '3,2', inset: 1.5 }),
          Plot.text(rows, {
            x: column,
            y: row,
            text: (r: PlanThemeRow) => (r.mentioned ? sharePercentInteger(r.share) : '—'),
            fill: (r: PlanThemeRow) => (r.mentioned ? heatmapBins.text(r.share) : INK),
            fontSize: 11,
            ariaHidden: 'true',
          }),
        ],
      };
    },
  };
}

/** Each plan's theme profile as small multiples: one row of bars per plan, on one shared scale. */
import * as Plot from '@observablehq/plot';
import type { Atlas } from '../atlas.ts';
import type { ChartDefinition } from './chart.ts';
import { NOT_MENTIONED, SHARE_AXIS_FORMAT, shareAxisMax, shareText, shareTicks } from './kit/formats.ts';
import { distinct, planColumnLabel, planColumnLabelNarrow, planLabel, themeLabel, themeLabelNarrow } from './kit/labels.ts';
import { byLayout, isNarrow, NARROW_WIDTH, themeLabelMargin } from './kit/layout.ts';
import { ABSENT_TEXT, BAR_FILL, INK } from './kit/palette.ts';
import { plansDrawn } from './plans-drawn.ts';
import { PLAN_THEME_COLUMNS, planThemeRows, type PlanThemeRow } from './plan-theme-rows.ts';

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
      const narrow = isNarrow(context);
      const column = narrow ? planColumnLabelNarrow : planColumnLabel;
      const row = narrow ? themeLabelNarrow : themeLabel;
      const tip = (r: PlanThemeRow) => `${planLabel(r)} · ${themeLabel(r)}: ${r.mentioned ? shareText(r.share) : NOT_MENTIONED.full}`;
      const max = shareAxisMax(rows.map((r) => r.share));
      const top = byLayout(narrow, 62, 50);
      return {
        width: byLayout(narrow, NARROW_WIDTH, 760),
        height: top + byLayout(narrow, 36, 24) * distinct(rows.map((r) => r.theme)).length + 30,
        marginLeft: themeLabelMargin(narrow),
        marginRight: 10,
        marginTop: top,
        marginBottom: 30,
        fx: { label: null, domain: distinct(rows.map(column)), axis: 'top', padding: 0.12 },
        y: { label: null, domain: distinct(rows.map(row)), padding: 0.2 },
        // A narrow panel has room for one labelled tick.
        x: { label: null, domain: [0, max], ticks: narrow ? [0.2] : shareTicks(max), tickFormat: SHARE_AXIS_FORMAT, grid: true },
        marks: [
          Plot.barX(
            rows.filter((r) => r.mentioned),
            { fx: column, y: row, x: 'share', fill: BAR_FILL, href: (r: PlanThemeRow) => context.themeUrl(r.theme, r.plan), title: tip },
          ),
          Plot.text(
            rows.filter((r) => !r.mentioned),
            { fx: column, y: row, x: 0, text: () => '—', textAnchor: 'start', dx: 3, fill: ABSENT_TEXT, fontSize: 12, title: tip },
          ),
          Plot.ruleX([0], { stroke: INK }),
        ],
      };
    },
  };
}

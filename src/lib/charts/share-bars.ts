/** The marks of a horizontal share-of-text bar chart: linked bars, a value label per row, a zero rule. */
import * as Plot from '@observablehq/plot';
import type { ChartContext } from './chart.ts';
import { ABSENT_TEXT, BAR_FILL } from './plan-theme-profiles.ts';
import type { PlanThemeRow } from './plan-theme-rows.ts';

export function shareBarMarks(
  rows: PlanThemeRow[],
  /** The y channel: one label per row. */
  row: (r: PlanThemeRow) => string,
  /** The name a bar's tooltip starts with. */
  label: (r: PlanThemeRow) => string,
  context: ChartContext,
  narrow: boolean,
): Plot.Markish[] {
  return [
    Plot.barX(
      rows.filter((r) => r.mentioned),
      { y: row, x: 'share', fill: BAR_FILL, href: (r: PlanThemeRow) => context.themeUrl(r.theme, r.plan), title: (r: PlanThemeRow) => `${label(r)}: ${(r.share * 100).toFixed(1)}%` },
    ),
    Plot.text(rows, {
      y: row,
      x: (r: PlanThemeRow) => r.share,
      text: (r: PlanThemeRow) => (r.mentioned ? `${(r.share * 100).toFixed(1)}%` : narrow ? '未提及' : '未提及 not mentioned'),
      textAnchor: 'start',
      dx: 4,
      fill: (r: PlanThemeRow) => (r.mentioned ? 'currentColor' : ABSENT_TEXT),
      ariaHidden: 'true',
    }),
    Plot.ruleX([0], { stroke: '#333333' }),
  ];
}

/** The share axis of those charts: the same label, format and domain wherever share bars are drawn. */
export function shareAxisX(max: number, narrow: boolean): Plot.ScaleOptions {
  return { label: narrow ? '占比 Share →' : '篇幅占比 Share of text →', domain: [0, max], tickFormat: '.0%', ticks: narrow ? 3 : 5, grid: true };
}

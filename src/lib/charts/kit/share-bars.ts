/** The marks of a horizontal share-of-text bar chart: linked bars, a value label per row, a zero rule. */
import * as Plot from '@observablehq/plot';
import type { ChartContext } from '../chart.ts';
import { NOT_MENTIONED, SHARE_AXIS_FORMAT, shareText } from './formats.ts';
import { ABSENT_TEXT, BAR_FILL, INK } from './palette.ts';

/** A bar: a plan's share of text on a theme. */
export interface ShareBar {
  plan: string;
  theme: string;
  share: number;
  mentioned: boolean;
}

export function shareBarMarks<R extends ShareBar>(
  rows: R[],
  /** The y channel: one label per row. */
  row: (r: R) => string,
  /** The name a bar's tooltip starts with. */
  label: (r: R) => string,
  context: ChartContext,
  narrow: boolean,
): Plot.Markish[] {
  return [
    Plot.barX(
      rows.filter((r) => r.mentioned),
      { y: row, x: 'share', fill: BAR_FILL, href: (r: R) => context.themeUrl(r.theme, r.plan), title: (r: R) => `${label(r)}: ${shareText(r.share)}` },
    ),
    Plot.text(rows, {
      y: row,
      x: (r: R) => r.share,
      text: (r: R) => (r.mentioned ? shareText(r.share) : narrow ? NOT_MENTIONED.short : NOT_MENTIONED.full),
      textAnchor: 'start',
      dx: 4,
      fill: (r: R) => (r.mentioned ? 'currentColor' : ABSENT_TEXT),
      ariaHidden: 'true',
    }),
    Plot.ruleX([0], { stroke: INK }),
  ];
}

/** The share axis of those charts: the same label, format and domain wherever share bars are drawn. */
export function shareAxisX(max: number, narrow: boolean): Plot.ScaleOptions {
  return { label: narrow ? '占比 Share →' : '篇幅占比 Share of text →', domain: [0, max], tickFormat: SHARE_AXIS_FORMAT, ticks: narrow ? 3 : 5, grid: true };
}

/**
 * Wide and narrow layouts. A responsive chart draws both; the page shows whichever fits its column
 * (about 360 px on phones and in narrow embeds). Per-chart row heights and margins stay with the chart.
 */
import type { ChartContext } from '../chart.ts';

/** Width of every narrow layout. */
export const NARROW_WIDTH = 360;

/** Whether the chart is being drawn in its narrow layout. */
export function isNarrow(context: ChartContext): boolean {
  return context.narrow === true;
}

/** One of two values, by layout: `pick(narrow, narrowValue, wideValue)`. */
export function byLayout<T>(narrow: boolean, narrowValue: T, wideValue: T): T {
  return narrow ? narrowValue : wideValue;
}

/** Left margin of a chart whose rows are labelled by theme (two lines when narrow). */
export function themeLabelMargin(narrow: boolean): number {
  return narrow ? 112 : 230;
}

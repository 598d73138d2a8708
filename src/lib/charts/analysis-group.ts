/** What the text-analysis charts share: their gallery group, colour bins and labels. */
import { interpolateBlues } from 'd3-scale-chromatic';
import { quantize } from 'd3-interpolate';
import { scaleThreshold } from 'd3-scale';
import type { Atlas } from '../atlas.ts';
import type { ChartGroup } from './chart.ts';
import { textColourOn } from './text-contrast.ts';

export const ANALYSIS_GROUP: ChartGroup = { id: 'text-analysis', zh: '文本分析', en: 'Text analysis' };

/** Label of the whole-text column, beside the themes. */
export const ALL_TEXT_LABEL = '全文 All text';

/** Fill of a cell with nothing to show. */
export const EMPTY_FILL = '#ececec';

/** Colours of `thresholds.length + 1` bins, light to dark, and the text colour that reads on each. */
export function bins(thresholds: number[]) {
  // Skip the palest blues: the first bin must still stand out from the empty fill.
  const colours = quantize((t) => interpolateBlues(0.15 + 0.85 * t), thresholds.length + 1);
  const scale = scaleThreshold<number, string>().domain(thresholds).range(colours);
  return {
    colours,
    fill: (value: number) => scale(value),
    text: (value: number) => textColourOn(scale(value)),
  };
}

/** "衡阳市 Hengyang" for each plan id. */
export function planLabels(atlas: Atlas): Map<string, string> {
  return new Map(atlas.plans.map((p) => [p.plan.meta.id, `${p.jurisdiction.nameZh} ${p.jurisdiction.nameEn}`]));
}

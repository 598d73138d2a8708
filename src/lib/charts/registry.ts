/** Every chart on the site, in gallery order. Adding a chart = adding it here. */
import type { Atlas } from '../atlas.ts';
import { analysisCharts } from './analysis-charts.ts';
import { CHART_ID_PATTERN, type ChartDefinition } from './chart.ts';
import type { IndicatorSet } from '../indicators/indicator-set.ts';
import { metricDotPlots } from './metric-dot-plot.ts';
import { planProfiles } from './plan-profile.ts';
import { planThemeHeatmap } from './plan-theme-heatmap.ts';
import { planThemeProfiles } from './plan-theme-profiles.ts';
import { themesAcrossPlans } from './theme-across-plans.ts';
import { tileMaps } from './tile-map.ts';
import { TILE_GRID } from './tile-map-grid.ts';
import type { FigureTrust } from '../figure-trust.ts';
import type { TextAnalysis } from '../compare/text-analysis.ts';

/** Fails on what would break a public URL: a malformed or repeated id. */
export function checkRegistry(charts: ChartDefinition<any>[]): ChartDefinition<any>[] {
  const ids = new Set<string>();
  for (const c of charts) {
    if (!CHART_ID_PATTERN.test(c.id)) throw new Error(`chart registry: chart id "${c.id}" is not a lowercase ASCII slug (a-z, 0-9, single hyphens)`);
    if (ids.has(c.id)) throw new Error(`chart registry: duplicate chart id "${c.id}"`);
    ids.add(c.id);
  }
  return charts;
}

/**
 * `indicators` (the metric vocabulary's figures, built from the metrics collection) adds one dot plot per metric.
 * `trust`: which plans' figures a person checked; the metric charts then say when some were not.
 * `analysis`: the atlas's text analysis when the caller has it; otherwise it is computed here, whole
 * (the build passes its own, made with nearest plans on another thread, so it is not made twice).
 */
export function chartRegistry(atlas: Atlas, indicators?: IndicatorSet, trust?: FigureTrust, analysis?: TextAnalysis): ChartDefinition<any>[] {
  return checkRegistry([
    planThemeHeatmap(atlas),
    planThemeProfiles(atlas),
    ...planProfiles(atlas),
    ...themesAcrossPlans(atlas),
    ...analysisCharts(atlas, analysis),
    ...tileMaps(atlas, TILE_GRID),
    ...(indicators ? metricDotPlots(atlas, indicators, trust) : []),
  ]);
}

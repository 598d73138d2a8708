/** The bridge from the metrics collection and the atlas to the indicator views. Pages import from here. */
import { getCollection } from 'astro:content';
import { metricDotPlots } from '../lib/charts/metric-dot-plot.ts';
import type { ChartContext, ChartDefinition } from '../lib/charts/chart.ts';
import { InputError } from '../lib/ingest/decode.ts';
import { buildIndicatorSet, type IndicatorSet } from '../lib/indicators/indicator-set.ts';
import { renderInline } from '../render/plot-svg.ts';
import { getAtlas, getThemeHref } from './atlas.ts';
import { urls } from './site.ts';


let set: Promise<IndicatorSet> | undefined;

async function load(): Promise<IndicatorSet> {
  const [atlas, metrics] = await Promise.all([getAtlas(), getCollection('metrics')]);
  try {
    return buildIndicatorSet(
      atlas,
      metrics.map((m) => m.data),
    );
  } catch (error) {
    if (error instanceof InputError) throw new Error(`Content error — ${error.message}`);
    throw error;
  }
}

export function getIndicatorSet(): Promise<IndicatorSet> {
  set ??= load();
  return set;
}

export interface MetricChart {
  def: ChartDefinition<any>;
  html: string;
}

let charts: Promise<MetricChart[]> | undefined;

/** One dot plot per metric, rendered to SVG once for /indicators/ and the theme pages. */
export function getMetricCharts(): Promise<MetricChart[]> {
  charts ??= Promise.all([getAtlas(), getIndicatorSet(), getThemeHref()]).then(([atlas, s, themeHref]) => {
    // Not taken from charts.ts, so that the chart registry can take the indicator set without a cycle.
    const context: ChartContext = { planUrl: urls.plan, themeUrl: themeHref };
    return metricDotPlots(atlas, s).map((def) => ({ def, html: renderInline(def, { context }).html }));
  });
  return charts;
}

/** The chart registry for this build, each chart rendered once to SVG. */
import { chartRegistry } from '../lib/charts/registry.ts';
import type { ChartContext, ChartDefinition } from '../lib/charts/chart.ts';
import { renderChart, type RenderedChart } from '../render/plot-svg.ts';
import { getAtlas } from './atlas.ts';
import { urls } from './site.ts';

export interface SiteChart {
  def: ChartDefinition<any>;
  rendered: RenderedChart;
}

export const chartContext: ChartContext = { planUrl: urls.plan, themeUrl: urls.theme };

let charts: Promise<SiteChart[]> | undefined;

export function getCharts(): Promise<SiteChart[]> {
  charts ??= getAtlas().then((atlas) => chartRegistry(atlas).map((def) => ({ def, rendered: renderChart(def, chartContext) })));
  return charts;
}

export async function getChart(id: string): Promise<SiteChart> {
  const found = (await getCharts()).find((c) => c.def.id === id);
  if (!found) throw new Error(`unknown chart id "${id}"`);
  return found;
}

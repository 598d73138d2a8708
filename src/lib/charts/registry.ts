/** Every chart on the site, in gallery order. Adding a chart = adding it here. */
import type { Atlas } from '../atlas.ts';
import type { ChartDefinition } from './chart.ts';
import { planThemeHeatmap } from './plan-theme-heatmap.ts';

export function chartRegistry(atlas: Atlas): ChartDefinition<any>[] {
  const charts = [planThemeHeatmap(atlas)];
  const ids = new Set<string>();
  for (const c of charts) {
    if (ids.has(c.id)) throw new Error(`chart registry: duplicate chart id "${c.id}"`);
    ids.add(c.id);
  }
  return charts;
}

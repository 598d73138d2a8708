/** /charts/: every chart, grouped by family in registry order, and how many there are. */
import type { ChartDefinition } from '../charts/chart.ts';
import { groupCharts, type ChartGroupView } from '../charts/chart-groups.ts';

export interface ChartGalleryView<T> {
  count: number;
  groups: ChartGroupView<T>[];
}

export function chartGalleryView<T extends { def: ChartDefinition<any> }>(charts: T[]): ChartGalleryView<T> {
  return { count: charts.length, groups: groupCharts(charts) };
}

/**
 * /charts/: every chart, grouped by family in registry order, and how many there are. A family
 * with a chart per plan would list every plan: past GALLERY_PER_GROUP charts the family lists the
 * first (in plan order) and says where the rest are (each plan's page draws its own).
 */
import type { ChartDefinition } from '../charts/chart.ts';
import { groupCharts, type ChartGroupView } from '../charts/chart-groups.ts';

/** Charts a family lists on the gallery at most (as the charts draw at most 40 plans). */
export const GALLERY_PER_GROUP = 40;

export interface ChartGalleryView<T> {
  count: number;
  groups: (ChartGroupView<T> & {
    /** Charts in the family; more than `charts` holds when it was cut at GALLERY_PER_GROUP. */
    total: number;
  })[];
}

export function chartGalleryView<T extends { def: ChartDefinition<any> }>(charts: T[], perGroup = GALLERY_PER_GROUP): ChartGalleryView<T> {
  return { count: charts.length, groups: groupCharts(charts).map((g) => ({ group: g.group, charts: g.charts.slice(0, perGroup), total: g.charts.length })) };
}

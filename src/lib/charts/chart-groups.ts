/** The gallery's sections: charts grouped by their family, in registry order. */
import type { ChartDefinition, ChartGroup } from './chart.ts';

export const OTHER_GROUP: ChartGroup = { id: 'other', zh: '其他图表', en: 'Other charts' };

export interface ChartGroupView<T> {
  group: ChartGroup;
  charts: T[];
}

/** Groups in the order of their first chart; charts without a group go to "other charts". */
export function groupCharts<T extends { def: ChartDefinition<any> }>(charts: T[]): ChartGroupView<T>[] {
  const groups = new Map<string, ChartGroupView<T>>();
  for (const chart of charts) {
    const group = chart.def.group ?? OTHER_GROUP;
    const found = groups.get(group.id);
    if (found) found.charts.push(chart);
    else groups.set(group.id, { group, charts: [chart] });
  }
  return [...groups.values()];
}

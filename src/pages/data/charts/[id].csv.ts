import type { APIRoute, GetStaticPaths } from 'astro';
import { getCharts, type SiteChart } from '../../../data/charts.ts';
import { toCsv } from '../../../lib/csv.ts';

export const getStaticPaths = (async () => (await getCharts()).map((chart) => ({ params: { id: chart.def.id }, props: { chart } }))) satisfies GetStaticPaths;

/** Exactly the rows the chart draws, one column per table column. */
export const GET: APIRoute = ({ props }) => {
  const { def } = props.chart as SiteChart;
  return new Response(toCsv(def.rows, def.columns.map((c) => c.key), { bom: true }), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

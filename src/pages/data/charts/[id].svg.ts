import type { APIRoute, GetStaticPaths } from 'astro';
import { getCharts, type SiteChart } from '../../../data/charts.ts';

export const getStaticPaths = (async () => (await getCharts()).map((chart) => ({ params: { id: chart.def.id }, props: { chart } }))) satisfies GetStaticPaths;

/** The standalone picture: title, legend, chart and source line; fonts named so Chinese renders. */
export const GET: APIRoute = ({ props }) => {
  const { rendered } = props.chart as SiteChart;
  return new Response(rendered.standalone.svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};

import type { APIRoute, GetStaticPaths } from 'astro';
import { getCharts } from '../../../data/charts.ts';

export const getStaticPaths = (async () => (await getCharts()).map((chart) => ({ params: { id: chart.def.id }, props: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { rendered } = props.chart as Awaited<ReturnType<typeof getCharts>>[number];
  return new Response(rendered.svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};

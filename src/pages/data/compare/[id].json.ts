import type { APIRoute, GetStaticPaths } from 'astro';
import { getAnalysis } from '../../../data/analysis.ts';
import { getAtlas } from '../../../data/atlas.ts';
import { getIndicatorSet } from '../../../data/indicators.ts';
import { compactJsonResponse } from '../../../data/search-index.ts';
import { composePlanData } from '../../../lib/views/compose-data.ts';

export const getStaticPaths = (async () => (await getAtlas()).plans.map((p) => ({ params: { id: p.plan.meta.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const [atlas, indicators, { analysis }] = await Promise.all([getAtlas(), getIndicatorSet(), getAnalysis()]);
  return compactJsonResponse(composePlanData(atlas, indicators, analysis, params.id!));
};

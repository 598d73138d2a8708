import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../../../data/atlas.ts';
import { getFigureChecks } from '../../../data/figure-checks.ts';
import { getIndicatorSet } from '../../../data/indicators.ts';
import { jsonResponse } from '../../../data/json-response.ts';
import { unreadRows } from '../../../lib/indicators/indicator-data.ts';
import { planData } from '../../../lib/open-data.ts';

export const getStaticPaths = (async () => (await getAtlas()).plans.map((p) => ({ params: { id: p.plan.meta.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  jsonResponse(planData(await getAtlas(), params.id!, unreadRows(await getIndicatorSet(), params.id!), (await getFigureChecks()).get(params.id!) ?? null));

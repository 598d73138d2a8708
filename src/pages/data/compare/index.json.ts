import type { APIRoute } from 'astro';
import { getAtlas } from '../../../data/atlas.ts';
import { getIndicatorSet } from '../../../data/indicators.ts';
import { compactJsonResponse } from '../../../data/search-index.ts';
import { composeIndex } from '../../../lib/views/compose-data.ts';

export const GET: APIRoute = async () => compactJsonResponse(composeIndex(await getAtlas(), await getIndicatorSet()));

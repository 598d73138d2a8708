import type { APIRoute } from 'astro';
import { getAtlas } from '../../data/atlas.ts';
import { jsonResponse } from '../../data/json-response.ts';
import { plansData } from '../../lib/open-data.ts';

export const GET: APIRoute = async () => jsonResponse(plansData(await getAtlas()));

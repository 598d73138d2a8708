import type { APIRoute } from 'astro';
import { getAtlas } from '../../data/atlas.ts';
import { jsonResponse } from '../../data/json-response.ts';
import { matrixData } from '../../lib/open-data.ts';

export const GET: APIRoute = async () => jsonResponse(matrixData(await getAtlas()));

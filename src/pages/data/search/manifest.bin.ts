import type { APIRoute } from 'astro';
import { binaryResponse, getSearchIndex } from '../../../data/search-index.ts';
import { packJson } from '../../../lib/search/packing.ts';

export const GET: APIRoute = async () => binaryResponse(await packJson((await getSearchIndex()).manifest));

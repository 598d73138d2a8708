import type { APIRoute } from 'astro';
import { compactJsonResponse, getSearchIndex } from '../../../data/search-index.ts';

export const GET: APIRoute = async () => compactJsonResponse((await getSearchIndex()).manifest);

import type { APIRoute } from 'astro';
import { compactJsonResponse, getSuggestions } from '../../../data/search-index.ts';

export const GET: APIRoute = async () => compactJsonResponse(await getSuggestions());

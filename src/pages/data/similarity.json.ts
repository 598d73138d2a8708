import type { APIRoute } from 'astro';
import { getAnalysis } from '../../data/analysis.ts';
import { jsonResponse } from '../../data/json-response.ts';
import { similarityData } from '../../lib/compare/analysis-data.ts';

export const GET: APIRoute = async () => jsonResponse(similarityData((await getAnalysis()).analysis));

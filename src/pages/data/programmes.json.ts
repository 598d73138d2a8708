import type { APIRoute } from 'astro';
import { getAnalysis } from '../../data/analysis.ts';
import { jsonResponse } from '../../data/json-response.ts';
import { programmesData } from '../../lib/compare/analysis-data.ts';

export const GET: APIRoute = async () => {
  const { analysis, glossary } = await getAnalysis();
  return jsonResponse(programmesData(analysis, glossary));
};

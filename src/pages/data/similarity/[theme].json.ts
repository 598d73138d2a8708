import type { APIRoute } from 'astro';
import { getAnalysis } from '../../../data/analysis.ts';
import { jsonResponse } from '../../../data/json-response.ts';
import { similarityNeighboursData } from '../../../lib/compare/analysis-data.ts';

export async function getStaticPaths() {
  const { analysis } = await getAnalysis();
  return analysis.themes.map((theme) => ({ params: { theme } }));
}

export const GET: APIRoute = async ({ params }) => jsonResponse(similarityNeighboursData((await getAnalysis()).analysis, params.theme!));

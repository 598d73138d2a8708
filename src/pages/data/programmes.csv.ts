import type { APIRoute } from 'astro';
import { getAnalysis } from '../../data/analysis.ts';
import { csvResponse } from '../../data/json-response.ts';
import { programmesCsvColumns, programmesCsvRows } from '../../lib/compare/analysis-data.ts';
import { toCsv } from '../../lib/csv.ts';

export const GET: APIRoute = async () => {
  const { analysis, glossary } = await getAnalysis();
  return csvResponse(toCsv(programmesCsvRows(analysis, glossary), programmesCsvColumns(analysis), { bom: true }));
};

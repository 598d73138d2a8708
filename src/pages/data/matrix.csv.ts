import type { APIRoute } from 'astro';
import { getAtlas } from '../../data/atlas.ts';
import { csvResponse } from '../../data/json-response.ts';
import { toCsv } from '../../lib/csv.ts';
import { MATRIX_COLUMNS, matrixData } from '../../lib/open-data.ts';

export const GET: APIRoute = async () => csvResponse(toCsv(matrixData(await getAtlas()), [...MATRIX_COLUMNS], { bom: true }));

import type { APIRoute } from 'astro';
import { getIndicatorSet } from '../../data/indicators.ts';
import { csvResponse } from '../../data/json-response.ts';
import { toCsv } from '../../lib/csv.ts';
import { INDICATOR_COLUMNS, indicatorRows } from '../../lib/indicators/indicator-data.ts';

export const GET: APIRoute = async () => csvResponse(toCsv(indicatorRows(await getIndicatorSet()), [...INDICATOR_COLUMNS], { bom: true }));

import type { APIRoute } from 'astro';
import { getIndicatorSet } from '../../data/indicators.ts';
import { jsonResponse } from '../../data/json-response.ts';
import { indicatorsData } from '../../lib/indicators/indicator-data.ts';

export const GET: APIRoute = async () => jsonResponse(indicatorsData(await getIndicatorSet()));

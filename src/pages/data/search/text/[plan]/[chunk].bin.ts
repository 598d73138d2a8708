import type { APIRoute, GetStaticPaths } from 'astro';
import { binaryResponse, getSearchIndex } from '../../../../../data/search-index.ts';
import { packJson } from '../../../../../lib/search/packing.ts';

export const getStaticPaths = (async () =>
  (await getSearchIndex()).texts.flatMap((t) => t.chunks.map((chunk, c) => ({ params: { plan: t.outline.plan, chunk: String(c + 1) }, props: { chunk } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => binaryResponse(await packJson(props.chunk));

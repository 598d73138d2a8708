import type { APIRoute, GetStaticPaths } from 'astro';
import { binaryResponse, getSearchIndex } from '../../../../../data/search-index.ts';
import { packJson } from '../../../../../lib/search/packing.ts';

export const getStaticPaths = (async () => (await getSearchIndex()).texts.map((t) => ({ params: { plan: t.outline.plan }, props: { outline: t.outline } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => binaryResponse(await packJson(props.outline));

import type { APIRoute, GetStaticPaths } from 'astro';
import { compactJsonResponse, getSearchIndex } from '../../../../../data/search-index.ts';

export const getStaticPaths = (async () => (await getSearchIndex()).texts.map((t) => ({ params: { plan: t.outline.plan }, props: { outline: t.outline } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => compactJsonResponse(props.outline);

import type { APIRoute, GetStaticPaths } from 'astro';
import { binaryResponse, getSearchIndex } from '../../../../data/search-index.ts';
import { searchFiles } from '../../../../lib/search/manifest.ts';
import { packBytes } from '../../../../lib/search/packing.ts';

export const getStaticPaths = (async () =>
  (await getSearchIndex()).trees.map((_, n) => ({ params: { block: searchFiles.tree(n).replace(/^tree\/|\.bin$/g, '') }, props: { n } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => binaryResponse(await packBytes((await getSearchIndex()).trees[(props as { n: number }).n]));

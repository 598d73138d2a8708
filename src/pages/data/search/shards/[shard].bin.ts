import type { APIRoute, GetStaticPaths } from 'astro';
import { binaryResponse, getSearchIndex } from '../../../../data/search-index.ts';
import { searchFiles } from '../../../../lib/search/manifest.ts';
import { storedShard } from '../../../../lib/search/packing.ts';

export const getStaticPaths = (async () =>
  (await getSearchIndex()).shards.map((_, n) => ({ params: { shard: searchFiles.shard(n).replace(/^shards\/|\.bin$/g, '') }, props: { n } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => binaryResponse(storedShard((await getSearchIndex()).shards[(props as { n: number }).n]));

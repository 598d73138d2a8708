import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../../data/atlas.ts';

/** The published texts, byte for byte, so every plan page links to its source. */
export const getStaticPaths = (async () => {
  const seeds = new Set((await getAtlas()).plans.map((p) => p.plan.meta.seed));
  return [...seeds].sort().map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(process.cwd(), 'seeds', params.file!)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

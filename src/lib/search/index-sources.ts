/** Where the engine reads the index from: a built index in memory (Node), or the site over HTTP (browser). */
import type { SearchIndex } from './build-search-index.ts';
import { searchFiles, type PlanOutline, type SearchManifest, type TextChunk } from './manifest.ts';
import type { IndexSource } from './search-engine.ts';

export function memorySource(index: SearchIndex): IndexSource {
  const texts = new Map(index.texts.map((t) => [t.outline.plan, t]));
  const plan = (planId: string) => {
    const t = texts.get(planId);
    if (!t) throw new Error(`search index: no text for plan "${planId}"`);
    return t;
  };
  return {
    manifest: async () => index.manifest,
    shard: async (n) => {
      const s = index.shards[n];
      if (!s) throw new Error(`search index: no shard ${n} (the manifest lists ${index.manifest.shardCount})`);
      return s;
    },
    tree: async (block) => {
      const t = index.trees[block];
      if (!t) throw new Error(`search index: no tree file ${block}`);
      return t;
    },
    outline: async (planId) => plan(planId).outline,
    chunk: async (planId, chunk) => {
      const c = plan(planId).chunks[chunk - 1];
      if (!c) throw new Error(`search index: plan "${planId}" has no text chunk ${chunk}`);
      return c;
    },
  };
}

/** `base` is the URL of the search data folder, ending in a slash (…/data/search/). */
export function fetchSource(base: string, fetchImpl: typeof fetch = (input, init) => fetch(input, init)): IndexSource {
  const get = async (file: string) => {
    const res = await fetchImpl(base + file);
    if (!res.ok) throw new Error(`search index: HTTP ${res.status} for ${base + file}`);
    return res;
  };
  return {
    manifest: async () => (await (await get(searchFiles.manifest)).json()) as SearchManifest,
    shard: async (n) => new Uint8Array(await (await get(searchFiles.shard(n))).arrayBuffer()),
    tree: async (block) => new Uint8Array(await (await get(searchFiles.tree(block))).arrayBuffer()),
    outline: async (planId) => (await (await get(searchFiles.outline(planId))).json()) as PlanOutline,
    chunk: async (planId, chunk) => (await (await get(searchFiles.chunk(planId, chunk))).json()) as TextChunk,
  };
}

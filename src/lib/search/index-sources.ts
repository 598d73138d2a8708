/** Where the engine reads the index from: a built index in memory (Node), or the site over HTTP (browser). */
import type { SearchIndex } from './build-search-index.ts';
import { searchFiles, type PlanOutline, type SearchManifest, type TextChunk } from './manifest.ts';
import { unpackBytes, unpackJson } from './packing.ts';
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
      if (!s) throw new Error(`search index: no shard ${n} (the index has ${index.shards.length})`);
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
  const bytes = async (file: string) => new Uint8Array(await (await get(file)).arrayBuffer());
  return {
    manifest: async () => unpackJson<SearchManifest>(await bytes(searchFiles.manifest)),
    shard: async (n) => unpackBytes(await bytes(searchFiles.shard(n))),
    tree: async (block) => unpackBytes(await bytes(searchFiles.tree(block))),
    outline: async (planId) => unpackJson<PlanOutline>(await bytes(searchFiles.outline(planId))),
    chunk: async (planId, chunk) => unpackJson<TextChunk>(await bytes(searchFiles.chunk(planId, chunk))),
  };
}

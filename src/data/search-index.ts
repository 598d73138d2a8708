/** The bridge from the atlas to the search index files and the search page. Built once per build. */
import { getAtlas } from './atlas.ts';
import { getCollection } from 'astro:content';
import { buildSearchIndex, type SearchIndex } from '../lib/search/build-search-index.ts';
import { searchFormView, type SearchFormView } from '../lib/search/search-form-view.ts';
import { suggestionEntries, type Suggestion } from '../lib/search/suggestions.ts';

let index: Promise<SearchIndex> | undefined;

export function getSearchIndex(): Promise<SearchIndex> {
  index ??= getAtlas().then((atlas) => buildSearchIndex(atlas));
  return index;
}

/** Metric names from content/metrics, for suggestions. */
async function metricNames(): Promise<{ zh: string; en: string }[]> {
  return (await getCollection('metrics'))
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((m) => ({ zh: m.data.nameZh, en: m.data.nameEn }));
}

export async function getSuggestions(): Promise<Suggestion[]> {
  return suggestionEntries(await getAtlas(), await metricNames());
}

export async function getSearchForm(): Promise<SearchFormView> {
  return searchFormView(await getAtlas());
}

/** Search data is fetched by script, so it is written without indentation. */
export function compactJsonResponse(data: unknown): Response {
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

export function binaryResponse(bytes: Uint8Array): Response {
  const body = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return new Response(body, { headers: { 'Content-Type': 'application/octet-stream' } });
}

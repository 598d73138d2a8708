/**
 * The state of a search in its URL (/search/?q=…&plan=…&level=…&theme=…&part=…&mode=any&page=…), so a
 * search can be shared and reloaded. Unknown values are dropped and reported, never fatal.
 */
import type { PartKind } from '../types.ts';
import type { ManifestPlan, SearchManifest } from './manifest.ts';
import { normalizeWithMap } from './normalize.ts';
import { MAX_QUERY_LENGTH } from './parse-query.ts';
import type { MatchMode, SearchFilters } from './search-engine.ts';

export interface SearchState {
  q: string;
  plans: string[];
  levels: ManifestPlan['level'][];
  themes: string[];
  parts: PartKind[];
  /** `all` (every term, the default) or `any` (any of the terms: mode=any in the URL). */
  mode: MatchMode;
  /** From 1. */
  page: number;
}

export const LEVELS: readonly ManifestPlan['level'][] = ['province', 'prefecture', 'county'];
export const PARTS: readonly PartKind[] = ['review', 'plan'];
export const MODES: readonly MatchMode[] = ['all', 'any'];

/** Longest query kept from a URL; the engine cuts further. */
const MAX_PARAM_LENGTH = 2000;

/** Repeated (plan=a&plan=b) and comma-separated (plan=a,b) values both work. */
function values(params: URLSearchParams, name: string): string[] {
  const out = params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  return [...new Set(out)];
}

export interface ReadState {
  state: SearchState;
  /** Values that name nothing on this site, as `name=value`. */
  ignored: string[];
}

export function readSearchState(params: URLSearchParams, manifest?: Pick<SearchManifest, 'plans' | 'themes'>): ReadState {
  const ignored: string[] = [];
  const keep = <T extends string>(name: string, allowed: readonly string[] | null): T[] =>
    values(params, name).filter((v) => {
      const ok = allowed === null || allowed.includes(v);
      if (!ok) ignored.push(`${name}=${v}`);
      return ok;
    }) as T[];
  const pageText = params.get('page') ?? '1';
  const page = /^\d{1,6}$/.test(pageText) && Number(pageText) >= 1 ? Number(pageText) : 1;
  if (page === 1 && pageText !== '1') ignored.push(`page=${pageText}`);
  const modeText = params.get('mode') ?? 'all';
  const mode = (MODES as readonly string[]).includes(modeText) ? (modeText as MatchMode) : 'all';
  if (mode !== modeText) ignored.push(`mode=${modeText}`);
  return {
    state: {
      q: (params.get('q') ?? '').slice(0, MAX_PARAM_LENGTH),
      plans: keep('plan', manifest ? manifest.plans.map((p) => p[0]) : null),
      levels: keep('level', LEVELS),
      themes: keep('theme', manifest ? manifest.themes.map((t) => t.id) : null),
      parts: keep('part', PARTS),
      mode,
      page,
    },
    ignored,
  };
}

/**
 * The part of a query the search uses, as the reader wrote it: parseQuery reads the first
 * MAX_QUERY_LENGTH characters of the normalised, trimmed text, so the rest is cut here too (and
 * runs of spaces, which count as one, become one space). A query that fits is kept as it is;
 * normalizeText of the result is exactly the text parseQuery searches, so a reload finds the same.
 */
export function queryInUse(q: string): string {
  const map = normalizeWithMap(q);
  const text = map.text;
  const start = text.length - text.trimStart().length;
  const points = Array.from(text.slice(start).trimEnd());
  if (points.length <= MAX_QUERY_LENGTH) return q;
  let end = start + points.slice(0, MAX_QUERY_LENGTH).join('').trimEnd().length;
  // A character whose normalised form runs past the cut (ﬃ → ffi) is left out whole.
  while (end > start && end < text.length && map.from[end] === map.from[end - 1]) end--;
  let out = '';
  for (let i = start; i < end; ) {
    const from = map.from[i];
    let j = i + 1;
    while (j < end && map.from[j] === from) j++;
    out += text.slice(i, j) === ' ' ? ' ' : q.slice(from, map.to[i]);
    i = j;
  }
  return out.trimEnd();
}

/**
 * URL parameters whose query is cut to the part the search uses, the other parameters as they
 * are; null when the query is already no longer than that.
 */
export function paramsWithQueryInUse(params: URLSearchParams): URLSearchParams | null {
  const q = params.get('q');
  if (q === null) return null;
  const used = queryInUse(q.slice(0, MAX_PARAM_LENGTH));
  if (used === q) return null;
  const kept = new URLSearchParams(params);
  if (used.trim()) kept.set('q', used);
  else kept.delete('q');
  return kept;
}

/** The URL query for a state, in a fixed order; empty filters, mode `all` and page 1 are left out, the query only as far as it is used. */
export function searchStateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  const q = queryInUse(state.q);
  if (q) params.set('q', q);
  for (const v of state.plans) params.append('plan', v);
  for (const v of state.levels) params.append('level', v);
  for (const v of state.themes) params.append('theme', v);
  for (const v of state.parts) params.append('part', v);
  if (state.mode === 'any') params.set('mode', 'any');
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

export function filtersOf(state: SearchState): SearchFilters {
  return { plans: state.plans, levels: state.levels, themes: state.themes, parts: state.parts };
}

/** Link to a unit on its plan page that asks the page to highlight the terms: …/plans/<id>/?hl=<terms>#<unit>. */
export function highlightHref(planUrl: string, terms: readonly string[], unitId?: string): string {
  const hl = terms.length ? `?${new URLSearchParams({ hl: terms.join(' ') })}` : '';
  return `${planUrl}${hl}${unitId ? `#${unitId}` : ''}`;
}

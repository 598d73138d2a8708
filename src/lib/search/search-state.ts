/**
 * The state of a search in its URL (/search/?q=…&plan=…&level=…&theme=…&part=…&page=…), so a
 * search can be shared and reloaded. Unknown values are dropped and reported, never fatal.
 */
import type { PartKind } from '../types.ts';
import type { ManifestPlan, SearchManifest } from './manifest.ts';
import type { SearchFilters } from './search-engine.ts';

export interface SearchState {
  q: string;
  plans: string[];
  levels: ManifestPlan['level'][];
  themes: string[];
  parts: PartKind[];
  /** From 1. */
  page: number;
}

export const LEVELS: readonly ManifestPlan['level'][] = ['province', 'prefecture', 'county'];
export const PARTS: readonly PartKind[] = ['review', 'plan'];

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
  return {
    state: {
      q: (params.get('q') ?? '').slice(0, MAX_PARAM_LENGTH),
      plans: keep('plan', manifest ? manifest.plans.map((p) => p[0]) : null),
      levels: keep('level', LEVELS),
      themes: keep('theme', manifest ? manifest.themes.map((t) => t.id) : null),
      parts: keep('part', PARTS),
      page,
    },
    ignored,
  };
}

/** The URL query for a state, in a fixed order; empty filters and page 1 are left out. */
export function searchStateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const v of state.plans) params.append('plan', v);
  for (const v of state.levels) params.append('level', v);
  for (const v of state.themes) params.append('theme', v);
  for (const v of state.parts) params.append('part', v);
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

import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../scripts/load-content.ts';
import { buildSearchIndex } from '../../src/lib/search/build-search-index.ts';
import { highlightHref, readSearchState, searchStateToParams, type SearchState } from '../../src/lib/search/search-state.ts';

const manifest = buildSearchIndex(loadAtlas()).manifest;

describe('search state in the URL', () => {
  it('round-trips through URL parameters', () => {
    const state: SearchState = { q: '污水 零直排', plans: ['jiaxing-2020', 'ninghai-2021'], levels: ['county'], themes: ['water'], parts: ['plan'], page: 2 };
    const params = searchStateToParams(state);
    expect(params.toString()).toBe('q=%E6%B1%A1%E6%B0%B4+%E9%9B%B6%E7%9B%B4%E6%8E%92&plan=jiaxing-2020&plan=ninghai-2021&level=county&theme=water&part=plan&page=2');
    expect(readSearchState(new URLSearchParams(params.toString()), manifest)).toEqual({ state, ignored: [] });
  });

  it('accepts comma-separated values and leaves out empty ones', () => {
    const { state } = readSearchState(new URLSearchParams('q=水&plan=jiaxing-2020,ninghai-2021&theme=&part='), manifest);
    expect(state.plans).toEqual(['jiaxing-2020', 'ninghai-2021']);
    expect(state.themes).toEqual([]);
    expect(state.parts).toEqual([]);
  });

  it('drops values that name nothing and reports them', () => {
    const { state, ignored } = readSearchState(new URLSearchParams('q=水&plan=nowhere&theme=<b>&level=planet&part=x&page=-3'), manifest);
    expect(state).toEqual({ q: '水', plans: [], levels: [], themes: [], parts: [], page: 1 });
    expect([...ignored].sort()).toEqual(['level=planet', 'page=-3', 'part=x', 'plan=nowhere', 'theme=<b>']);
  });

  it('leaves page 1 and empty filters out of the URL', () => {
    expect(searchStateToParams({ q: '水', plans: [], levels: [], themes: [], parts: [], page: 1 }).toString()).toBe('q=%E6%B0%B4');
  });

  it('links to a paragraph with the terms to highlight', () => {
    expect(highlightHref('/plans/x/', ['零直排', 'pm2.5'], 'p-1-2')).toBe('/plans/x/?hl=%E9%9B%B6%E7%9B%B4%E6%8E%92+pm2.5#p-1-2');
    expect(highlightHref('/plans/x/', [])).toBe('/plans/x/');
  });
});

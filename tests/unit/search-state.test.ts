import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../scripts/load-content.ts';
import { buildSearchIndex } from '../../src/lib/search/build-search-index.ts';
import { normalizeText } from '../../src/lib/search/normalize.ts';
import { MAX_QUERY_LENGTH, parseQuery } from '../../src/lib/search/parse-query.ts';
import { highlightHref, paramsWithQueryInUse, queryInUse, readSearchState, searchStateToParams, type SearchState } from '../../src/lib/search/search-state.ts';

const manifest = buildSearchIndex(loadAtlas()).manifest;

describe('search state in the URL', () => {
  it('round-trips through URL parameters', () => {
    const state: SearchState = { q: '污水 零直排', plans: ['jiaxing-2020', 'ninghai-2021'], levels: ['county'], themes: ['water'], parts: ['plan'], mode: 'all', page: 2 };
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
    expect(state).toEqual({ q: '水', plans: [], levels: [], themes: [], parts: [], mode: 'all', page: 1 });
    expect([...ignored].sort()).toEqual(['level=planet', 'page=-3', 'part=x', 'plan=nowhere', 'theme=<b>']);
  });

  it('leaves page 1 and empty filters out of the URL', () => {
    expect(searchStateToParams({ q: '水', plans: [], levels: [], themes: [], parts: [], mode: 'all', page: 1 }).toString()).toBe('q=%E6%B0%B4');
  });

  it('carries "any of the terms" as mode=any, leaves the default out and reports a mode it does not know', () => {
    const any: SearchState = { q: '零直排 碳排放', plans: ['hengyang-2021'], levels: [], themes: [], parts: [], mode: 'any', page: 1 };
    const params = searchStateToParams(any);
    expect(params.get('mode')).toBe('any');
    expect(readSearchState(new URLSearchParams(params.toString()), manifest)).toEqual({ state: any, ignored: [] });
    expect(searchStateToParams({ ...any, mode: 'all' }).has('mode')).toBe(false);
    expect(readSearchState(new URLSearchParams('q=水&mode=all'), manifest).state.mode).toBe('all');
    const odd = readSearchState(new URLSearchParams('q=水&mode=or'), manifest);
    expect([odd.state.mode, odd.ignored]).toEqual(['all', ['mode=or']]);
  });

  it('links to a paragraph with the terms to highlight', () => {
    expect(highlightHref('/plans/x/', ['零直排', 'pm2.5'], 'p-1-2')).toBe('/plans/x/?hl=%E9%9B%B6%E7%9B%B4%E6%8E%92+pm2.5#p-1-2');
    expect(highlightHref('/plans/x/', [])).toBe('/plans/x/');
  });
});

describe('the query in the URL is the query the search uses', () => {
  const state = (q: string): SearchState => ({ q, plans: [], levels: [], themes: [], parts: [], mode: 'all', page: 1 });
  /** What parseQuery searches: the normalised text, cut to its limit. */
  const used = (q: string) => Array.from(normalizeText(q).trim()).slice(0, MAX_QUERY_LENGTH).join('').trim();

  it('keeps a query that fits as it was typed', () => {
    for (const q of ['ＰＭ２．５', ' 污水  零直排 ', '水'.repeat(MAX_QUERY_LENGTH), '']) expect(queryInUse(q)).toBe(q);
    expect(searchStateToParams(state('ＰＭ２．５')).get('q')).toBe('ＰＭ２．５');
  });

  it('cuts a 2,000-character query to the 100 characters the engine reads, so the URL stays short', () => {
    const q = '水'.repeat(2_000);
    const params = searchStateToParams(state(q));
    expect(params.get('q')).toBe('水'.repeat(MAX_QUERY_LENGTH));
    // 2,000 ideographs would be 18 KB of URL, past a server's 16 KB header limit (HTTP 431).
    expect(params.toString().length).toBeLessThan(1_000);
    expect(parseQuery(params.get('q')!).terms).toEqual(parseQuery(q).terms);
    expect(parseQuery(params.get('q')!).notes).toEqual([]);
  });

  it('cuts where the engine cuts, keeping the reader’s spelling and one space for each run of spaces', () => {
    const cases = [
      'ＰＭ２．５ '.repeat(40),
      `  ${'污水\t\t零直排　'.repeat(30)}`,
      `${'a'.repeat(99)}ﬃ${'b'.repeat(50)}`,
      `${'e\u0301'.repeat(120)}`,
      `${'😀水'.repeat(80)}`,
      `VOCS ${'Ａ'.repeat(200)}`,
    ];
    for (const q of cases) {
      const cut = queryInUse(q);
      const text = normalizeText(cut);
      expect(Array.from(text).length, JSON.stringify(q.slice(0, 20))).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
      expect(used(q).startsWith(text.trim()), JSON.stringify(q.slice(0, 20))).toBe(true);
      expect(parseQuery(cut).notes.filter((n) => n.kind === 'truncated')).toEqual([]);
    }
    expect(queryInUse('ＰＭ２．５ '.repeat(40))).toBe(`${'ＰＭ２．５ '.repeat(16)}ＰＭ２．`);
    // Seven characters a repeat once the tabs and the ideographic space are one space each: 14 repeats and 污水.
    expect(queryInUse(`  ${'污水\t\t零直排　'.repeat(30)}`)).toBe(`${'污水 零直排 '.repeat(14)}污水`);
    // ﬃ becomes ffi: it would run past the 100th character, so it is left out whole.
    expect(queryInUse(`${'a'.repeat(99)}ﬃ${'b'.repeat(50)}`)).toBe('a'.repeat(99));
  });

  it('gives the same terms on a reload of the cut query, for every query that is cut exactly at a character', () => {
    for (const q of ['污水 '.repeat(600), `${'零直排 PM2.5 '.repeat(50)}`, '水'.repeat(2_000)]) {
      expect(parseQuery(queryInUse(q)).terms).toEqual(parseQuery(q).terms);
    }
  });

  it('replaces only the query of URL parameters that came with a longer one', () => {
    const long = new URLSearchParams({ q: '水'.repeat(2_000), plan: 'jiaxing-2020', part: 'plan' });
    expect(paramsWithQueryInUse(long)?.toString()).toBe(new URLSearchParams({ q: '水'.repeat(MAX_QUERY_LENGTH), plan: 'jiaxing-2020', part: 'plan' }).toString());
    expect(paramsWithQueryInUse(new URLSearchParams('q=水&plan=x'))).toBeNull();
    expect(paramsWithQueryInUse(new URLSearchParams('plan=x'))).toBeNull();
    expect(paramsWithQueryInUse(new URLSearchParams({ q: ' '.repeat(3_000), plan: 'x' }))?.toString()).toBe('plan=x');
  });
});

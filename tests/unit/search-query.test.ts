import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../scripts/load-content.ts';
import { buildSearchIndex } from '../../src/lib/search/build-search-index.ts';
import { memorySource } from '../../src/lib/search/index-sources.ts';
import { MAX_QUERY_LENGTH, MAX_TERMS, parseQuery } from '../../src/lib/search/parse-query.ts';
import { loadResultsPage } from '../../src/lib/search/results-page.ts';
import { SearchEngine } from '../../src/lib/search/search-engine.ts';

const engine = new SearchEngine(memorySource(buildSearchIndex(loadAtlas())));

describe('parseQuery', () => {
  it('normalises and splits at spaces (full-width spaces too), dropping repeats', () => {
    expect(parseQuery('  污水\u3000零直排  污水 ').terms).toEqual(['污水', '零直排']);
    expect(parseQuery('ＰＭ２．５').terms).toEqual(['pm2.5']);
  });

  it('keeps regex characters as plain text', () => {
    expect(parseQuery('.*[(').notes).toEqual([{ kind: 'no-word-characters', terms: ['.*[('] }]);
    expect(parseQuery('a.*b').terms).toEqual(['a.*b']);
  });

  it('cuts very long queries and says so', () => {
    const q = parseQuery('水'.repeat(10_000));
    expect(Array.from(q.terms[0]).length).toBe(MAX_QUERY_LENGTH);
    expect(q.notes).toContainEqual({ kind: 'truncated', limit: MAX_QUERY_LENGTH });
  });

  it('drops terms past the limit and says which', () => {
    const q = parseQuery('a b c d e f g h');
    expect(q.terms).toHaveLength(MAX_TERMS);
    expect(q.notes).toContainEqual({ kind: 'too-many-terms', limit: MAX_TERMS, dropped: ['g', 'h'] });
  });

  it('sets aside terms without a letter or digit (punctuation, emoji)', () => {
    expect(parseQuery('，。、！').terms).toEqual([]);
    expect(parseQuery('😀 水').terms).toEqual(['水']);
    expect(parseQuery('😀 水').notes).toEqual([{ kind: 'no-word-characters', terms: ['😀'] }]);
    expect(parseQuery('').terms).toEqual([]);
    expect(parseQuery(undefined as unknown as string).terms).toEqual([]);
  });
});

describe('bad queries never throw', () => {
  const queries = ['', ' ', '.*', '[', '(?<x>', '\\', '%', '水'.repeat(10_000), 'ab'.repeat(5_000), '😀', '😀🌳💧', '，。、', '<script>', '\u0000', '\ud800', 'a\ud800b', '零直排😀', 'x'.repeat(40) + ' ' + '水'];
  for (const q of queries) {
    it(JSON.stringify(q.slice(0, 24)), async () => {
      const outcome = await engine.search(q);
      await loadResultsPage(engine, outcome);
      expect(outcome.hits).toBeGreaterThanOrEqual(0);
      expect(outcome.plans.reduce((n, p) => n + p.hits, 0)).toBe(outcome.hits);
    });
  }

  it('finds nothing for an emoji, and still finds the word next to one only if the text holds both', async () => {
    expect((await engine.search('😀')).hits).toBe(0);
    expect((await engine.search('零直排😀')).hits).toBe(0);
    expect((await engine.search('零直排')).hits).toBeGreaterThan(0);
  });
});

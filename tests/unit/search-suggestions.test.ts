import { describe, expect, it } from 'vitest';
import { loadAtlas, loadMetrics } from '../../scripts/load-content.ts';
import { buildSearchIndex } from '../../src/lib/search/build-search-index.ts';
import { memorySource } from '../../src/lib/search/index-sources.ts';
import { SearchEngine } from '../../src/lib/search/search-engine.ts';
import { createSuggester, didYouMean, suggestionEntries } from '../../src/lib/search/suggestions.ts';

const atlas = loadAtlas();
const metrics = loadMetrics().map((m) => ({ zh: m.nameZh, en: m.nameEn }));
const entries = suggestionEntries(atlas, metrics);
const suggester = createSuggester(entries);
const engine = new SearchEngine(memorySource(buildSearchIndex(atlas)));

describe('suggestion entries', () => {
  it('hold plan titles, places, themes, keywords and metrics, once each', () => {
    const kinds = new Set(entries.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['jurisdiction', 'keyword', 'metric', 'plan', 'theme']);
    expect(entries.filter((e) => e.kind === 'plan').length).toBe(atlas.plans.length);
    expect(entries.filter((e) => e.kind === 'metric').length).toBe(metrics.length);
    const keys = entries.map((e) => `${e.kind}:${e.text}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('suggest', () => {
  it('completes what was typed from the short fields', () => {
    expect(suggester.suggest('无废').map((s) => s.text)).toContain('无废城市');
    expect(suggester.suggest('三线').map((s) => s.text)).toContain('三线一单');
    expect(suggester.suggest('绍兴').map((s) => s.text)).toContain('绍兴市');
    expect(suggester.suggest('  ')).toEqual([]);
  });
});

describe('did you mean', () => {
  it('turns the typo 无费城市 (no hits) into 无废城市 (hits)', async () => {
    const outcome = await engine.search('无费城市');
    expect(outcome.hits).toBe(0);
    const fix = didYouMean(outcome.query, outcome.termUnits, suggester);
    expect(fix).toBe('无废城市');
    expect((await engine.search(fix!)).hits).toBeGreaterThan(0);
  });

  it('only replaces the term that found nothing', async () => {
    const outcome = await engine.search('污水 零值排');
    expect(outcome.termUnits[0]).toBeGreaterThan(0);
    expect(outcome.termUnits[1]).toBe(0);
    expect(didYouMean(outcome.query, outcome.termUnits, suggester)).toBe('污水 零直排');
  });

  it('offers nothing when nothing is close, or when the terms did match', async () => {
    const none = await engine.search('量子纠缠');
    expect(didYouMean(none.query, none.termUnits, suggester)).toBeNull();
    const found = await engine.search('无废城市');
    expect(didYouMean(found.query, found.termUnits, suggester)).toBeNull();
  });
});

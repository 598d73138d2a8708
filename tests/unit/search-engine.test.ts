// The exact search against a brute-force substring count over the five plans. The reference here
// is written independently of the library: whole-string NFKC, lowercase, indexOf.
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../scripts/load-content.ts';
import { flattenSections } from '../../src/lib/structure.ts';
import { paragraphThemes } from '../../src/lib/themes.ts';
import { buildSearchIndex } from '../../src/lib/search/build-search-index.ts';
import { bruteForceSearch } from '../../src/lib/search/brute-force.ts';
import { memorySource } from '../../src/lib/search/index-sources.ts';
import { parseQuery } from '../../src/lib/search/parse-query.ts';
import { ITEMS_SHOWN, loadGroupItems, loadResultsPage, paginateResults, rankUnitHits, resultRuns } from '../../src/lib/search/results-page.ts';
import { SearchEngine, unitHits, type IndexSource, type SearchFilters } from '../../src/lib/search/search-engine.ts';

const atlas = loadAtlas();
const index = buildSearchIndex(atlas);
const engine = new SearchEngine(memorySource(index));

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
const count = (text: string, term: string) => {
  let n = 0;
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) n++;
  return n;
};

/** plan → unit id → hits per term, by brute force. */
function reference(terms: string[], filters: SearchFilters = {}): Map<string, Map<string, number[]>> {
  const out = new Map<string, Map<string, number[]>>();
  for (const { plan, jurisdiction, tags } of atlas.plans) {
    if (filters.plans?.length && !filters.plans.includes(plan.meta.id)) continue;
    if (filters.levels?.length && !filters.levels.includes(jurisdiction.level)) continue;
    const units = [
      ...flattenSections(plan.sections).map((s) => ({ id: s.id, text: s.title, part: s.part, themes: [] as string[] })),
      ...plan.paragraphs.map((p) => ({ id: p.id, text: p.text, part: p.part, themes: paragraphThemes(tags.get(p.id)!) })),
    ];
    const found = new Map<string, number[]>();
    for (const u of units) {
      if (filters.parts?.length && !filters.parts.includes(u.part)) continue;
      if (filters.themes?.length && !u.themes.some((t) => filters.themes!.includes(t))) continue;
      const hits = terms.map((t) => count(norm(u.text), norm(t)));
      if (hits.every((h) => h > 0)) found.set(u.id, hits);
    }
    if (found.size) out.set(plan.meta.id, found);
  }
  return out;
}

/** The same shape from the engine. */
async function searched(query: string, filters: SearchFilters = {}) {
  const outcome = await engine.search(query, filters);
  const out = new Map<string, Map<string, number[]>>();
  for (const group of outcome.plans) {
    const outline = index.texts.find((t) => t.outline.plan === group.plan.id)!.outline;
    out.set(group.plan.id, new Map(unitHits(outcome, group).map((h) => [outline.units[h.unit - group.plan.unitStart][0], h.termHits])));
  }
  return { outcome, out };
}

const sorted = (m: Map<string, Map<string, number[]>>) => [...m].map(([p, units]) => [p, [...units].sort()] as const).sort();

/** Queries and whether the five plans hold them (so a test that finds nothing cannot pass by accident). */
const QUERIES: [query: string, present: boolean][] = [
  ['零直排', true],
  ['生态环', true],
  ['pm2.5', true],
  ['ＰＭ２．５', true],
  ['PM2.5', true],
  ['vocs', true],
  ['VOCS', true],
  ['污水 零直排', true],
  ['水', true],
  ['无废城市', true],
  ['三线一单', true],
  ['中央生态环境保护督察', true],
  ['12369', true],
  ['攻坚战', true],
  ['碳排放', true],
  ['碳达峰', false],
  ['2020年', true],
  ['排污许可 执法', true],
  ['(一)', true],
  ['无费城市', false],
  ['零直排 碳达峰 不存在的词', false],
];

describe('search equals a brute-force substring count over the five plans', () => {
  for (const [query, present] of QUERIES) {
    it(query, async () => {
      const terms = query.split(' ');
      const expected = reference(terms);
      expect(expected.size > 0, `the plans ${present ? 'hold' : 'do not hold'} "${query}"`).toBe(present);
      const { outcome, out } = await searched(query);
      expect(sorted(out)).toEqual(sorted(expected));
      let total = 0;
      for (const group of outcome.plans) {
        const units = expected.get(group.plan.id)!;
        const hits = [...units.values()].reduce((n, h) => n + h.reduce((a, b) => a + b, 0), 0);
        expect(group.hits, group.plan.id).toBe(hits);
        total += hits;
      }
      expect(outcome.hits).toBe(total);
    });
  }

  it('gives the same answer for full-width and half-width, upper and lower case', async () => {
    const a = await searched('ＰＭ２．５');
    const b = await searched('pm2.5');
    expect(sorted(a.out)).toEqual(sorted(b.out));
    expect(sorted((await searched('VOCS')).out)).toEqual(sorted((await searched('vocs')).out));
  });

  it('agrees with the library brute force (used by the benchmark)', async () => {
    for (const [query] of QUERIES) {
      const { outcome } = await searched(query);
      const brute = bruteForceSearch(atlas, parseQuery(query).terms);
      expect(outcome.plans.map((p) => [p.plan.id, p.hits]).sort()).toEqual(brute.map((p) => [p.plan, p.hits]).sort());
    }
  });
});

describe('filters', () => {
  const cases: [string, SearchFilters][] = [
    ['part review', { parts: ['review'] }],
    ['part plan', { parts: ['plan'] }],
    ['theme water', { themes: ['water'] }],
    ['themes air or climate', { themes: ['air', 'climate'] }],
    ['level county', { levels: ['county'] }],
    ['plan jiaxing-2020', { plans: ['jiaxing-2020'] }],
    ['plan + part + theme', { plans: ['ninghai-2021', 'jiaxing-2020'], parts: ['plan'], themes: ['water'] }],
  ];
  for (const [name, filters] of cases) {
    it(`${name}: equal to brute force with the same filter, and narrower than no filter`, async () => {
      for (const query of ['污水', '零直排', '生态环', '水']) {
        const expected = reference(query.split(' '), filters);
        const { out, outcome } = await searched(query, filters);
        expect(sorted(out), `${query} ${name}`).toEqual(sorted(expected));
        expect(outcome.hits).toBeLessThanOrEqual((await engine.search(query)).hits);
      }
      expect(reference(['水'], filters).size, `${name} keeps something`).toBeGreaterThan(0);
    });
  }

  it('ignores ids that name nothing rather than failing', async () => {
    expect((await engine.search('水', { themes: ['no-such-theme'] })).hits).toBe(0);
    expect((await engine.search('水', { plans: ['no-such-plan'] })).hits).toBe(0);
  });
});

describe('ranking and result pages', () => {
  it('orders plans by hits, then hits in headings, then plan order', async () => {
    for (const query of ['水', '生态环', '污水 零直排', '(一)']) {
      const { plans } = await engine.search(query);
      for (let i = 1; i < plans.length; i++) {
        const [a, b] = [plans[i - 1], plans[i]];
        const inOrder = a.hits > b.hits || (a.hits === b.hits && (a.headingHits > b.headingHits || (a.headingHits === b.headingHits && a.plan.index < b.plan.index)));
        expect(inOrder, `${query}: ${a.plan.id} before ${b.plan.id}`).toBe(true);
      }
    }
  });

  it('orders items by hits, then headings before paragraphs, then document order, and shows only matching text, highlighted', async () => {
    const outcome = await engine.search('生态');
    expect(outcome.plans.some((p) => p.headingHits > 0), 'some heading holds 生态, so the heading rule is exercised').toBe(true);
    const page = await loadResultsPage(engine, outcome, 1, 10, 1000);
    expect(page.groups.length).toBe(outcome.plans.length);
    for (const group of page.groups) {
      expect(group.items.length).toBe(outcome.plans.find((p) => p.plan.id === group.plan.id)!.count);
      for (let i = 1; i < group.items.length; i++) {
        const [a, b] = [group.items[i - 1], group.items[i]];
        const heading = (x: typeof a) => (x.kind === 'heading' ? 0 : 1);
        expect(a.hits > b.hits || (a.hits === b.hits && (heading(a) < heading(b) || (heading(a) === heading(b) && a.index < b.index))), `${a.id} before ${b.id}`).toBe(true);
      }
      for (const item of group.items) {
        const runs = resultRuns(item, outcome.query.terms);
        const marked = runs.filter((r) => r.match);
        expect(marked.length, item.id).toBeGreaterThan(0);
        for (const r of marked) expect(norm(r.text)).toBe('生态');
      }
    }
  });

  it('pages through plans and clamps a page past the end', async () => {
    const outcome = await engine.search('水');
    const first = await loadResultsPage(engine, outcome, 1, 2);
    const second = await loadResultsPage(engine, outcome, 2, 2);
    const past = await loadResultsPage(engine, outcome, 99, 2);
    expect(first.pageCount).toBe(Math.ceil(outcome.plans.length / 2));
    expect(first.groups.map((g) => g.plan.id)).toEqual(outcome.plans.slice(0, 2).map((p) => p.plan.id));
    expect(second.groups.map((g) => g.plan.id)).toEqual(outcome.plans.slice(2, 4).map((p) => p.plan.id));
    expect(past.page).toBe(first.pageCount);
  });
});

/** The seed index in memory, recording which text files are asked for and holding back the outlines of `held` plans until released. */
function watchedSource(held: readonly string[] = []) {
  const base = memorySource(index);
  const fetched: string[] = [];
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const source: IndexSource = {
    ...base,
    outline: async (planId) => {
      fetched.push(`outline ${planId}`);
      if (held.includes(planId)) await gate;
      return base.outline(planId);
    },
    chunk: async (planId, chunk) => {
      fetched.push(`chunk ${planId} ${chunk}`);
      return base.chunk(planId, chunk);
    },
  };
  return { source, fetched, release };
}

describe('result groups first, then each group\'s items', () => {
  it('draws the page\'s plan groups from the outcome and the manifest without fetching any text', async () => {
    const { source, fetched } = watchedSource();
    const watched = new SearchEngine(source);
    const outcome = await watched.search('污水 零直排');
    const page = paginateResults(outcome);
    expect(fetched).toEqual([]);
    expect(page.groups.length).toBeGreaterThan(1);
    for (const group of page.groups) {
      const ap = atlas.plans.find((p) => p.plan.meta.id === group.plan.id)!;
      expect([group.plan.title, group.plan.jurisdiction.zh, group.plan.level, group.plan.years]).toEqual([ap.plan.meta.title, ap.jurisdiction.nameZh, ap.jurisdiction.level, [...ap.plan.meta.years].sort()]);
      // Exact counts, per plan and per term, and the number of matching units, against brute force.
      const units = reference(['污水', '零直排']).get(group.plan.id)!;
      expect(group.termHits).toEqual([0, 1].map((t) => [...units.values()].reduce((n, h) => n + h[t], 0)));
      expect(group.hits).toBe(group.termHits[0] + group.termHits[1]);
      expect(group.count).toBe(units.size);
    }
  });

  it('pages through plans and clamps a page past the end, in the engine\'s ranking', async () => {
    const outcome = await engine.search('水');
    expect(outcome.plans.length, 'enough plans for three pages of two').toBeGreaterThan(4);
    const pages = [1, 2, 3, 99, 0].map((n) => paginateResults(outcome, n, 2));
    expect(pages.map((p) => [p.page, p.pageCount])).toEqual([[1, 3], [2, 3], [3, 3], [3, 3], [1, 3]]);
    expect(pages.slice(0, 3).flatMap((p) => p.groups)).toEqual(outcome.plans);
    expect(paginateResults(await engine.search('碳达峰')).groups).toEqual([]);
  });

  it('loads one group\'s items from that plan\'s files alone, while another plan\'s outline is still on its way', async () => {
    const outcome = await engine.search('水');
    const [slow, ...rest] = paginateResults(outcome).groups;
    const { source, fetched, release } = watchedSource([slow.plan.id]);
    const watched = new SearchEngine(source);
    let slowDone = false;
    const slowItems = loadGroupItems(watched, outcome, slow).then((items) => ((slowDone = true), items));
    const restItems = await Promise.all(rest.map((g) => loadGroupItems(watched, outcome, g)));
    expect(slowDone, 'the held plan is not loaded yet').toBe(false);
    expect(restItems.map((items) => items.length)).toEqual(rest.map((g) => g.count));
    release();
    expect((await slowItems).length).toBe(slow.count);
    // On a fresh engine, one group asks only for its own plan's files.
    const alone = watchedSource();
    await loadGroupItems(new SearchEngine(alone.source), outcome, rest[0]);
    expect(alone.fetched.length).toBeGreaterThan(0);
    expect(alone.fetched.filter((f) => f.split(' ')[1] !== rest[0].plan.id)).toEqual([]);
  });

  it('gives a group its ranked items with the shown ones\' texts, the rest left for "show all"', async () => {
    const outcome = await engine.search('水');
    const group = outcome.plans.find((g) => g.count > ITEMS_SHOWN + 32)!;
    expect(group, 'a plan with more matches than one text file holds').toBeDefined();
    const items = await loadGroupItems(engine, outcome, group);
    expect(items.map((i) => i.index)).toEqual(rankUnitHits(outcome, group).map((h) => h.unit - group.plan.unitStart));
    for (const item of items.slice(0, ITEMS_SHOWN)) expect(item.text).toBe(await engine.unitText(group.plan.id, item.index));
    expect(items.slice(ITEMS_SHOWN).some((i) => i.kind === 'paragraph' && i.text === null), 'paragraphs past the shown ones wait').toBe(true);
    const all = await loadGroupItems(engine, outcome, group, group.count);
    for (const item of all) expect(item.text, item.id).toBe(await engine.unitText(group.plan.id, item.index));
    // The whole page loaded at once agrees item for item.
    const page = await loadResultsPage(engine, outcome);
    expect(page.groups.find((g) => g.plan.id === group.plan.id)!.items).toEqual(items);
  });

  it('fails one group alone when its outline cannot be loaded, and loads it on a retry', async () => {
    const outcome = await engine.search('零直排');
    const [broken, ...rest] = paginateResults(outcome).groups;
    expect(rest.length).toBeGreaterThan(0);
    const base = memorySource(index);
    let failures = 1;
    const flaky = new SearchEngine({
      ...base,
      outline: async (planId) => {
        if (planId === broken.plan.id && failures-- > 0) throw new Error('HTTP 503');
        return base.outline(planId);
      },
    });
    const settled = await Promise.allSettled([broken, ...rest].map((g) => loadGroupItems(flaky, outcome, g)));
    expect(settled.map((s) => s.status)).toEqual(['rejected', ...rest.map(() => 'fulfilled')]);
    expect((await loadGroupItems(flaky, outcome, broken)).length).toBe(broken.count);
  });
});

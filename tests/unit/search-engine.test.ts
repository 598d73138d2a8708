// The exact search against a brute-force substring count over the five plans. The reference here
// is written independently of the library: whole-string NFKC, lowercase, indexOf.
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../scripts/load-content.ts';
import { flattenSections } from '../../src/lib/structure.ts';
import type { Section } from '../../src/lib/types.ts';
import { paragraphThemes } from '../../src/lib/themes.ts';
import { buildSearchIndex } from '../../src/lib/search/build-search-index.ts';
import { bruteForceSearch } from '../../src/lib/search/brute-force.ts';
import { memorySource } from '../../src/lib/search/index-sources.ts';
import { parseQuery } from '../../src/lib/search/parse-query.ts';
import { noResultsView } from '../../src/lib/search/no-results.ts';
import { ITEMS_SHOWN, loadGroupItems, loadResultsPage, paginateResults, pathRuns, rankUnitHits, resultRuns } from '../../src/lib/search/results-page.ts';
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

/**
 * plan → unit id → hits per term, by brute force. The rule: every term in the unit's text or in a
 * heading above it, at least one in its text (mode all); some term in its text (mode any).
 */
function reference(terms: string[], filters: SearchFilters = {}, mode: 'all' | 'any' = 'all'): Map<string, Map<string, number[]>> {
  const out = new Map<string, Map<string, number[]>>();
  for (const { plan, jurisdiction, tags } of atlas.plans) {
    if (filters.plans?.length && !filters.plans.includes(plan.meta.id)) continue;
    if (filters.levels?.length && !filters.levels.includes(jurisdiction.level)) continue;
    const above = new Map<string, string[]>();
    const walk = (sections: Section[], path: string[]) => sections.forEach((s) => (above.set(s.id, path), walk(s.children, [...path, s.title])));
    walk(plan.sections, []);
    const units = [
      ...flattenSections(plan.sections).map((s) => ({ id: s.id, text: s.title, part: s.part, themes: [] as string[], path: above.get(s.id)! })),
      ...plan.paragraphs.map((p) => ({ id: p.id, text: p.text, part: p.part, themes: paragraphThemes(tags.get(p.id)!), path: p.sectionPath })),
    ];
    const found = new Map<string, number[]>();
    for (const u of units) {
      if (filters.parts?.length && !filters.parts.includes(u.part)) continue;
      if (filters.themes?.length && !u.themes.some((t) => filters.themes!.includes(t))) continue;
      const hits = terms.map((t) => count(norm(u.text), norm(t)));
      const inPath = terms.map((t) => u.path.some((h) => norm(h).includes(norm(t))));
      const ok = mode === 'any' ? hits.some((h) => h > 0) : hits.some((h) => h > 0) && hits.every((h, i) => h > 0 || inPath[i]);
      if (ok) found.set(u.id, hits);
    }
    if (found.size) out.set(plan.meta.id, found);
  }
  return out;
}

/** The same shape from the engine. */
async function searched(query: string, filters: SearchFilters = {}, mode: 'all' | 'any' = 'all') {
  const outcome = await engine.search(query, filters, { mode });
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
  ['零直排 碳排放', false],
  ['生态 执法', true],
  ['大气 监测 2020', true],
  ['总结 水', true],
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

describe('a term may be in the heading path', () => {
  it('finds 排污许可 执法 in Hengyang 2021: the paragraph on 排污许可 under the heading 严格生态环境监管执法', async () => {
    const { outcome, out } = await searched('排污许可 执法', { plans: ['hengyang-2021'] });
    const hengyang = atlas.plans.find((p) => p.plan.meta.id === 'hengyang-2021')!.plan;
    const paragraph = hengyang.paragraphs.find((p) => p.sectionPath.some((h) => h.includes('严格生态环境监管执法')) && p.text.includes('排污许可'))!;
    expect(paragraph.text.includes('执法'), 'the paragraph itself does not say 执法').toBe(false);
    expect(paragraph.sectionPath.some((h) => h.includes('严格生态环境监管执法'))).toBe(true);
    expect([...out.get('hengyang-2021')!.keys()]).toEqual([paragraph.id]);
    // Hits are counted in the text; 执法 is marked as found only in the heading path.
    expect(out.get('hengyang-2021')!.get(paragraph.id)).toEqual([count(norm(paragraph.text), '排污许可'), 0]);
    expect(outcome.headingOnly[0]).toBe(0b10);
    const brute = bruteForceSearch(atlas, ['排污许可', '执法'], { plans: ['hengyang-2021'] });
    expect(brute.map((p) => [...p.headingOnly])).toEqual([[[paragraph.id, [1]]]]);
  });

  it('leaves one-term searches to the text alone: a heading never lends its only term', async () => {
    const { out } = await searched('执法', { plans: ['hengyang-2021'] });
    expect(sorted(out)).toEqual(sorted(reference(['执法'], { plans: ['hengyang-2021'] })));
    const hengyang = atlas.plans.find((p) => p.plan.meta.id === 'hengyang-2021')!.plan;
    const under = hengyang.paragraphs.filter((p) => p.sectionPath.some((h) => h.includes('执法')) && !p.text.includes('执法'));
    expect(under.length, 'paragraphs under a heading with 执法 that do not say it').toBeGreaterThan(0);
    for (const p of under) expect(out.get('hengyang-2021')?.has(p.id) ?? false, p.id).toBe(false);
  });

  it('matches with filters that exclude the headings themselves (a theme filter keeps paragraphs only)', async () => {
    for (const [query, filters] of [
      ['生态 执法', { themes: ['water'] }],
      ['排污许可 执法', { parts: ['plan'] }],
      ['大气 监测 2020', { parts: ['plan'], levels: ['prefecture'] }],
    ] as [string, SearchFilters][]) {
      const { out } = await searched(query, filters);
      expect(sorted(out), `${query} ${JSON.stringify(filters)}`).toEqual(sorted(reference(query.split(' '), filters)));
      const brute = bruteForceSearch(atlas, query.split(' '), filters);
      expect([...out.keys()].sort()).toEqual(brute.map((p) => p.plan).sort());
    }
  });

  it('loads the heading trees only when a term is missing from a unit and in a heading of its plan, when they come in many files', async () => {
    // A tree file per plan: more files than a query loads ahead, so only the files a unit needs are fetched.
    const perPlan = buildSearchIndex(atlas, { treeBlock: 1 });
    const base = memorySource(perPlan);
    const trees: number[] = [];
    const watched = new SearchEngine({ ...base, tree: async (b) => (trees.push(b), base.tree(b)) });
    await watched.search('零直排');
    await watched.search('污水 零直排');
    expect(trees).toEqual([]);
    expect(reference(['污水', '零直排']).size).toBeGreaterThan(0);
    const answer = await watched.search('排污许可 执法');
    expect(trees.length).toBeGreaterThan(0);
    expect(trees.length).toBeLessThan(perPlan.trees.length);
    expect([...answer.units]).toEqual([...(await engine.search('排污许可 执法')).units]);
  });

  it('loads the heading trees with the shards for several terms when they come in one file, never for one term', async () => {
    expect(index.trees.length).toBe(1);
    const base = memorySource(index);
    const loads: string[] = [];
    const watched = new SearchEngine({
      ...base,
      shard: async (n) => (loads.push(`shard ${n}`), base.shard(n)),
      tree: async (b) => (loads.push(`tree ${b}`), base.tree(b)),
    });
    await watched.search('零直排');
    expect(loads.filter((l) => l.startsWith('tree'))).toEqual([]);
    loads.length = 0;
    await watched.search('污水 排污许可');
    // Asked for before any shard has arrived: one round for shards and tree alike.
    expect(loads.at(-1)).toBe('tree 0');
    expect(loads.filter((l) => l.startsWith('tree'))).toEqual(['tree 0']);
  });
});

describe('any of the terms (mode any)', () => {
  for (const query of ['零直排 碳排放', '排污许可 执法', '污水 零直排', '无废城市 不存在的词', '水']) {
    it(query, async () => {
      const { outcome, out } = await searched(query, {}, 'any');
      expect(outcome.mode).toBe('any');
      expect(sorted(out)).toEqual(sorted(reference(query.split(' '), {}, 'any')));
      const brute = bruteForceSearch(atlas, parseQuery(query).terms, {}, 'any');
      expect(outcome.plans.map((p) => [p.plan.id, p.hits]).sort()).toEqual(brute.map((p) => [p.plan, p.hits]).sort());
      expect([...outcome.headingOnly].every((b) => b === 0)).toBe(true);
    });
  }

  it('with filters', async () => {
    const filters: SearchFilters = { plans: ['jiaxing-2020', 'hengyang-2021'], parts: ['plan'] };
    const { out } = await searched('零直排 碳排放', filters, 'any');
    expect(sorted(out)).toEqual(sorted(reference(['零直排', '碳排放'], filters, 'any')));
  });
});

describe('each term on its own, for an answer with nothing found', () => {
  it('counts the units and plans of every term, within the filters, as brute force does', async () => {
    for (const [query, filters] of [
      ['零直排 碳排放', {}],
      ['零直排 碳排放 不存在的词', {}],
      ['污水 碳达峰', { levels: ['prefecture'] }],
    ] as [string, SearchFilters][]) {
      const outcome = await engine.search(query, filters);
      expect(outcome.hits, query).toBe(0);
      const view = noResultsView(outcome);
      query.split(' ').forEach((term, t) => {
        const alone = reference([term], filters);
        const units = [...alone.values()].reduce((n, m) => n + m.size, 0);
        expect(view.terms[t].units, term).toBe(units);
        expect(view.terms[t].plans.map((p) => [p.plan.id, p.units]).sort()).toEqual([...alone].map(([id, m]) => [id, m.size]).sort());
      });
      expect(view.offerAny).toBe(view.terms.some((t) => t.units > 0));
    }
    expect(noResultsView(await engine.search('碳达峰')).offerAny, 'one term: nothing to widen').toBe(false);
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

  it('marks in the heading line the terms found only there', async () => {
    const outcome = await engine.search('排污许可 执法', { plans: ['hengyang-2021'] });
    const [group] = (await loadResultsPage(engine, outcome)).groups;
    const [item] = group.items;
    expect(item.headingOnly).toBe(0b10);
    const runs = pathRuns(item, outcome.query.terms)!;
    expect(runs.map((r) => r.text).join('')).toBe(item.path.join(' › '));
    expect(runs.filter((r) => r.match).map((r) => r.text)).toEqual(['执法']);
    expect(resultRuns(item, outcome.query.terms).filter((r) => r.match).map((r) => r.text)).toEqual(['排污许可', '排污许可']);
    // Without heading-only terms the path is plain.
    const plain = (await loadResultsPage(engine, await engine.search('排污许可'), 1, 10, 1)).groups[0].items[0];
    expect((pathRuns(plain, ['排污许可']) ?? []).some((r) => r.match)).toBe(false);
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

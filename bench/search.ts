/**
 * Search benchmark: `npm run bench:search [-- --n 1000] [-- --reps 5] [-- --no-pagefind]`.
 *
 * Writes a deterministic synthetic corpus of N plans from the seeds' sentences, builds the
 * search index, serves it on 127.0.0.1 and runs a fixed list of queries in Chromium with a
 * fresh engine each time (no HTTP cache: the server sends no-store). Checks every answer
 * against a brute-force substring count in Node, runs Pagefind on the same corpus and
 * reports its recall beside ours. Prints figures; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as viteBuild } from 'vite';
import { loadAtlas, ROOT } from '../scripts/load-content.ts';
import { bruteForceSearch } from '../src/lib/search/brute-force.ts';
import { buildSearchIndex, type SearchIndex } from '../src/lib/search/build-search-index.ts';
import { searchFiles } from '../src/lib/search/manifest.ts';
import { parseQuery } from '../src/lib/search/parse-query.ts';
import { flattenSections } from '../src/lib/structure.ts';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { startServer } from '../tests/e2e/support/server.ts';
import { generateCorpus, seedSentencesFrom } from './corpus.ts';

/** The fixed query list: new policy vocabulary, substrings of longer words, Latin and numbers, widths, AND, one character. */
export const QUERIES = [
  '零直排',
  '无废城市',
  '三线一单',
  '生态环',
  '生态环境',
  '中央生态环境保护督察',
  'pm2.5',
  'ＰＭ２．５',
  'vocs',
  '12369',
  '攻坚战',
  '2020年',
  '大气污染防治',
  '污水 零直排',
  '排污许可 执法',
  '水',
];

function arg(name: string, fallback: number): number {
  const i = process.argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return fallback;
  const value = process.argv[i].includes('=') ? process.argv[i].split('=')[1] : process.argv[i + 1];
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name}: expected a positive integer, got "${value}"`);
  return n;
}

const N = arg('n', 1000);
const REPS = arg('reps', 5);
const WITH_PAGEFIND = !process.argv.includes('--no-pagefind');
const OUT = join(import.meta.dirname, 'out');
const SITE = join(OUT, `search-site-${N}`);

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
function quantile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
function timed<T>(f: () => T): [T, number] {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
}
function write(file: string, data: string | Uint8Array): number {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
  return typeof data === 'string' ? Buffer.byteLength(data) : data.length;
}
function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => [...r[c]].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0))));
  const pad = (s: string, w: number, right: boolean) => {
    const len = [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
    return right ? ' '.repeat(w - len) + s : s + ' '.repeat(w - len);
  };
  return rows.map((r, i) => r.map((c, j) => pad(c, widths[j], i > 0 && j > 0)).join('  ')).join('\n');
}

/** Write the index as the site serves it; returns raw and gzip sizes by kind. */
function writeIndex(index: SearchIndex, dir: string) {
  const sizes = { manifest: [0, 0], shards: [0, 0], outlines: [0, 0], chunks: [0, 0] };
  const add = (kind: keyof typeof sizes, file: string, data: string | Uint8Array) => {
    sizes[kind][0] += write(join(dir, file), data);
    sizes[kind][1] += gzipSync(data).length;
  };
  add('manifest', searchFiles.manifest, JSON.stringify(index.manifest));
  index.shards.forEach((s, n) => add('shards', searchFiles.shard(n), s));
  for (const t of index.texts) {
    add('outlines', searchFiles.outline(t.outline.plan), JSON.stringify(t.outline));
    t.chunks.forEach((c, i) => add('chunks', searchFiles.chunk(t.outline.plan, i), JSON.stringify(c)));
  }
  return sizes;
}

/** One HTML page per plan for Pagefind: the same headings and paragraphs our index holds. */
function writePagefindPages(atlas: ReturnType<typeof loadAtlas>, dir: string): void {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  for (const { plan } of atlas.plans) {
    const body = [
      ...flattenSections(plan.sections).map((s) => `<h2>${esc(s.title)}</h2>`),
      ...plan.paragraphs.map((p) => `<p>${esc(p.text)}</p>`),
    ].join('\n');
    write(join(dir, 'plans', plan.meta.id, 'index.html'), `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(plan.meta.id)}</title></head><body><main data-pagefind-body>\n${body}\n</main></body></html>\n`);
  }
}

/** The browser side: the real engine, bundled from src/lib/search. */
const BROWSER_ENTRY = `
import { SearchEngine } from '${ROOT}/src/lib/search/search-engine.ts';
import { fetchSource } from '${ROOT}/src/lib/search/index-sources.ts';
import { loadResultsPage, resultRuns, ITEMS_SHOWN } from '${ROOT}/src/lib/search/results-page.ts';

const resources = () => performance.getEntriesByType('resource').map((e) => ({ url: e.name, bytes: e.encodedBodySize }));

window.benchSearch = async (queries, reps) => {
  performance.setResourceTimingBufferSize(100000);
  const source = fetchSource('/data/search/');
  performance.clearResourceTimings();
  const t = performance.now();
  const manifest = await source.manifest();
  const manifestMs = performance.now() - t;
  const runs = [];
  for (const q of queries) {
    for (let rep = 0; rep < reps; rep++) {
      // A fresh engine: nothing cached but the manifest, which a page loads once per visit.
      const engine = new SearchEngine({ ...source, manifest: async () => manifest });
      performance.clearResourceTimings();
      const t0 = performance.now();
      const outcome = await engine.search(q);
      const t1 = performance.now();
      const page = await loadResultsPage(engine, outcome);
      let marks = 0;
      for (const g of page.groups) for (const item of g.items.slice(0, ITEMS_SHOWN)) marks += resultRuns(item, outcome.query.terms).filter((r) => r.match).length;
      const t2 = performance.now();
      runs.push({
        q, rep, searchMs: t1 - t0, firstPageMs: t2 - t0, marks,
        fetched: resources(),
        units: rep === 0 ? Array.from(outcome.units) : null,
        termHits: rep === 0 ? outcome.termHits.map((h) => Array.from(h)) : null,
        plans: outcome.plans.length, hits: outcome.hits,
      });
    }
  }
  return { manifestMs, runs };
};

window.benchPagefind = async (queries, reps) => {
  const pagefind = await import('/pagefind/pagefind.js');
  await pagefind.init();
  const runs = [];
  for (const q of queries) {
    for (let rep = 0; rep < reps; rep++) {
      // Start each run cold, as ours does: Pagefind keeps loaded index chunks between searches.
      await pagefind.destroy();
      await pagefind.init();
      performance.clearResourceTimings();
      const t0 = performance.now();
      const found = await pagefind.search(q);
      const firstPage = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
      const t1 = performance.now();
      const fetched = resources();
      let urls = null;
      if (rep === 0) urls = (await Promise.all(found.results.map((r) => r.data()))).map((d) => d.url);
      runs.push({ q, rep, firstPageMs: t1 - t0, fetched, count: found.results.length, urls, firstPageShown: firstPage.length });
    }
  }
  return runs;
};
`;

interface SearchRun {
  q: string;
  rep: number;
  searchMs: number;
  firstPageMs: number;
  marks: number;
  fetched: { url: string; bytes: number }[];
  units: number[] | null;
  termHits: number[][] | null;
  plans: number;
  hits: number;
}
interface PagefindRun {
  q: string;
  rep: number;
  firstPageMs: number;
  fetched: { url: string; bytes: number }[];
  count: number;
  urls: string[] | null;
}

async function main(): Promise<void> {
  const log = (s: string) => console.log(s);
  const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
  log(`Search benchmark: N = ${N} plans, ${QUERIES.length} queries × ${REPS} runs each${WITH_PAGEFIND ? ', with Pagefind' : ''}; load average ${load()}`);
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });

  const seeds = loadAtlas();
  const [corpus, generateMs] = timed(() => generateCorpus(N, seedSentencesFrom(seeds), { outDir: join(OUT, `corpus-${N}`) }));
  log(`corpus: ${corpus.files.length} plans, ${mb(corpus.bytes)} of Markdown in ${seconds(generateMs)}`);
  const [atlas, atlasMs] = timed(() => loadAtlas(ROOT, corpus.dir));
  const unitCount = atlas.plans.reduce((n, p) => n + p.plan.paragraphs.length + flattenSections(p.plan.sections).length, 0);
  const chars = atlas.plans.reduce((n, p) => n + p.plan.paragraphs.reduce((m, q) => m + q.text.length, 0), 0);
  log(`atlas (parse + theme tagging, not part of the index): ${seconds(atlasMs)}; ${unitCount} paragraphs and headings, ${(chars / 1e6).toFixed(1)} M characters`);
  const [index, buildMs] = timed(() => buildSearchIndex(atlas));
  log(`index built in ${seconds(buildMs)}`);

  const sizes = writeIndex(index, join(SITE, 'data/search'));
  const shardGzip = index.shards.map((s) => gzipSync(s).length);
  const total = Object.values(sizes).reduce((a, [r, g]) => [a[0] + r, a[1] + g], [0, 0]);

  // The browser bundle of the real engine.
  const entry = join(SITE, 'bench-entry.js');
  writeFileSync(entry, BROWSER_ENTRY);
  await viteBuild({
    configFile: false,
    logLevel: 'warn',
    root: OUT,
    build: { lib: { entry, formats: ['es'], fileName: () => 'bench.js' }, outDir: SITE, emptyOutDir: false, minify: true, rollupOptions: { external: [/^\/pagefind\//] } },
  });
  writeFileSync(join(SITE, 'index.html'), '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title><script type="module" src="/bench.js"></script></head><body></body></html>\n');

  let pagefind: { ms: number; peakKb: number | null; bytes: [number, number]; files: number } | null = null;
  if (WITH_PAGEFIND) {
    writePagefindPages(atlas, SITE);
    const bin = join(ROOT, 'node_modules/.bin/pagefind');
    const useTime = existsSync('/usr/bin/time');
    const t = performance.now();
    const res = spawnSync(useTime ? '/usr/bin/time' : bin, [...(useTime ? ['-v', bin] : []), '--site', SITE, '--output-subdir', 'pagefind', '--glob', 'plans/**/*.html', '--silent'], { encoding: 'utf8' });
    const ms = performance.now() - t;
    if (res.status !== 0) throw new Error(`pagefind failed (${res.status}): ${res.stderr}`);
    const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(res.stderr ?? '');
    const files = spawnSync('find', [join(SITE, 'pagefind'), '-type', 'f'], { encoding: 'utf8' }).stdout.trim().split('\n');
    const bytes = files.reduce((a, f) => [a[0] + statSync(f).size, a[1] + gzipSync(readFileSync(f)).length] as [number, number], [0, 0] as [number, number]);
    pagefind = { ms, peakKb: peak ? Number(peak[1]) : null, bytes, files: files.length };
  }

  const server = await startServer(SITE, '/');
  const browser = await launchBrowser();
  let ours: { manifestMs: number; runs: SearchRun[] };
  let theirs: PagefindRun[] = [];
  try {
    const page = await browser.newPage();
    await page.goto(server.url(''), { waitUntil: 'load' });
    await page.waitForFunction(() => 'benchSearch' in window);
    // One untimed pass so the JIT has seen the code, as it has after a page's first query.
    await page.evaluate(([qs]) => (window as unknown as { benchSearch: (q: string[], r: number) => Promise<unknown> }).benchSearch(qs, 1), [QUERIES.slice(0, 3)] as const);
    ours = await page.evaluate(([qs, reps]) => (window as unknown as { benchSearch: (q: string[], r: number) => Promise<typeof ours> }).benchSearch(qs, reps), [QUERIES, REPS] as const);
    if (WITH_PAGEFIND) {
      theirs = await page.evaluate(([qs, reps]) => (window as unknown as { benchPagefind: (q: string[], r: number) => Promise<PagefindRun[]> }).benchPagefind(qs, reps), [QUERIES, Math.min(REPS, 3)] as const);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  // Bytes per fetched file, raw and gzip, from what is on disk.
  const gzipCache = new Map<string, number>();
  const fileBytes = (url: string): [number, number] => {
    const path = join(SITE, decodeURIComponent(new URL(url).pathname));
    const raw = statSync(path).size;
    let gz = gzipCache.get(path);
    if (gz === undefined) gzipCache.set(path, (gz = gzipSync(readFileSync(path)).length));
    return [raw, gz];
  };
  const manifestBytes = fileBytes(`http://x/data/search/${searchFiles.manifest}`);

  // Exactness against brute force, unit by unit.
  const unitIds: string[] = [];
  for (const t of index.texts) for (const u of t.outline.units) unitIds.push(`${t.outline.plan}#${u[0]}`);
  const rows: string[][] = [['query', 'plans', 'hits', 'recall', 'precision', 'counts', 'brute ms', 'search p50', 'page p50', 'page p95', 'fetched raw', 'gzip', 'files', 'Pagefind pages', 'PF recall', 'PF precision', 'PF p50']];
  const allSearch: number[] = [];
  const allPage: number[] = [];
  const fetchedRaw: number[] = [];
  const fetchedGz: number[] = [];
  let exact = 0;
  const pfRecall: number[] = [];
  const pfPrecision: number[] = [];
  const pfPage: number[] = [];
  const pfFetched: number[] = [];
  for (const q of QUERIES) {
    const terms = parseQuery(q).terms;
    const [brute, bruteMs] = timed(() => bruteForceSearch(atlas, terms));
    const truth = new Map<string, number[]>();
    for (const p of brute) for (const [id, hits] of p.units) truth.set(`${p.plan}#${id}`, hits);
    const runs = ours.runs.filter((r) => r.q === q);
    const first = runs.find((r) => r.rep === 0)!;
    const found = new Map(first.units!.map((u, i) => [unitIds[u], first.termHits!.map((h) => h[i])]));
    const hitUnits = [...found.keys()].filter((k) => truth.has(k)).length;
    const recall = truth.size ? hitUnits / truth.size : found.size === 0 ? 1 : 0;
    const precision = found.size ? hitUnits / found.size : truth.size === 0 ? 1 : 0;
    const countsEqual = truth.size === found.size && [...truth].every(([k, h]) => JSON.stringify(found.get(k)) === JSON.stringify(h));
    if (countsEqual && recall === 1 && precision === 1) exact++;
    const searchMs = runs.map((r) => r.searchMs);
    const pageMs = runs.map((r) => r.firstPageMs);
    allSearch.push(...searchMs);
    allPage.push(...pageMs);
    const bytes = first.fetched.map((f) => fileBytes(f.url)).reduce((a, b) => [a[0] + b[0], a[1] + b[1]], manifestBytes);
    fetchedRaw.push(bytes[0]);
    fetchedGz.push(bytes[1]);
    const truePlans = new Set(brute.map((p) => p.plan));
    let pf = ['–', '–', '–', '–'];
    if (WITH_PAGEFIND) {
      const pruns = theirs.filter((r) => r.q === q);
      const urls = new Set(pruns.find((r) => r.rep === 0)!.urls!.map((u) => u.split('/').filter(Boolean).at(-1)!));
      const agree = [...urls].filter((u) => truePlans.has(u)).length;
      const r = truePlans.size ? agree / truePlans.size : 1;
      const p = urls.size ? agree / urls.size : truePlans.size ? 0 : 1;
      pfRecall.push(r);
      pfPrecision.push(p);
      pfPage.push(...pruns.map((x) => x.firstPageMs));
      pfFetched.push(pruns.find((x) => x.rep === 0)!.fetched.reduce((n, f) => n + f.bytes, 0));
      pf = [`${urls.size} / ${truePlans.size}`, pct(r), pct(p), `${quantile(pruns.map((x) => x.firstPageMs), 0.5).toFixed(0)} ms`];
    }
    rows.push([
      q,
      String(first.plans),
      String(first.hits),
      pct(recall),
      pct(precision),
      countsEqual ? 'equal' : 'DIFFER',
      bruteMs.toFixed(0),
      `${quantile(searchMs, 0.5).toFixed(1)} ms`,
      `${quantile(pageMs, 0.5).toFixed(1)} ms`,
      `${quantile(pageMs, 0.95).toFixed(1)} ms`,
      kb(bytes[0]),
      kb(bytes[1]),
      String(first.fetched.length + 1),
      ...pf,
    ]);
  }

  log('');
  log(`Index at N = ${N}`);
  log(
    table([
      ['', 'raw', 'gzip', 'files'],
      ['manifest', kb(sizes.manifest[0]), kb(sizes.manifest[1]), '1'],
      ['shards', mb(sizes.shards[0]), mb(sizes.shards[1]), String(index.shards.length)],
      ['plan outlines', mb(sizes.outlines[0]), mb(sizes.outlines[1]), String(index.texts.length)],
      ['paragraph text chunks', mb(sizes.chunks[0]), mb(sizes.chunks[1]), String(index.texts.reduce((n, t) => n + t.chunks.length, 0))],
      ['total', mb(total[0]), mb(total[1]), ''],
    ]),
  );
  log(`build time ${seconds(buildMs)} · ${index.manifest.keyCount} keys · shard gzip median ${kb(quantile(shardGzip, 0.5))}, p95 ${kb(quantile(shardGzip, 0.95))}, max ${kb(Math.max(...shardGzip))}`);
  if (pagefind) {
    log(`Pagefind 1.6 on the same corpus: ${seconds(pagefind.ms)} to index${pagefind.peakKb ? `, peak memory ${(pagefind.peakKb / 1024 / 1024).toFixed(2)} GB` : ''}, ${mb(pagefind.bytes[0])} raw / ${mb(pagefind.bytes[1])} gzip in ${pagefind.files} files`);
  }
  log('');
  log(`Queries in Chromium (fresh engine per run, manifest loaded once per visit: ${ours.manifestMs.toFixed(0)} ms, ${kb(manifestBytes[0])} raw / ${kb(manifestBytes[1])} gzip; "fetched" is a first page of results including the manifest; recall, precision and counts are per paragraph or heading against brute force; Pagefind is compared per plan page)`);
  log(table(rows));
  log('');
  log('Summary');
  const summary: string[][] = [
    ['figure', 'ours', 'target', ...(WITH_PAGEFIND ? ['Pagefind'] : [])],
    ['queries exact (recall = precision = 100%, every count equal)', `${exact} / ${QUERIES.length}`, 'all', ...(WITH_PAGEFIND ? [`recall ${pct(Math.min(...pfRecall))}–${pct(Math.max(...pfRecall))}, precision ${pct(Math.min(...pfPrecision))}–${pct(Math.max(...pfPrecision))}`] : [])],
    ['latency to counts, p50 / p95', `${quantile(allSearch, 0.5).toFixed(1)} / ${quantile(allSearch, 0.95).toFixed(1)} ms`, '', ...(WITH_PAGEFIND ? [''] : [])],
    ['latency to first page of results, p50 / p95', `${quantile(allPage, 0.5).toFixed(1)} / ${quantile(allPage, 0.95).toFixed(1)} ms`, 'p95 ≤ 50 ms', ...(WITH_PAGEFIND ? [`${quantile(pfPage, 0.5).toFixed(1)} / ${quantile(pfPage, 0.95).toFixed(1)} ms`] : [])],
    ['fetched for a first page, raw: median / max', `${kb(quantile(fetchedRaw, 0.5))} / ${kb(Math.max(...fetchedRaw))}`, '≤ 1 MB', ...(WITH_PAGEFIND ? [`${kb(quantile(pfFetched, 0.5))} / ${kb(Math.max(...pfFetched))}`] : [])],
    ['fetched for a first page, gzip: median / max', `${kb(quantile(fetchedGz, 0.5))} / ${kb(Math.max(...fetchedGz))}`, '≤ 1 MB', ...(WITH_PAGEFIND ? [''] : [])],
    ['index build', seconds(buildMs), '', ...(WITH_PAGEFIND && pagefind ? [seconds(pagefind.ms)] : [])],
    ['index size raw / gzip', `${mb(total[0])} / ${mb(total[1])}`, '', ...(WITH_PAGEFIND && pagefind ? [`${mb(pagefind.bytes[0])} / ${mb(pagefind.bytes[1])}`] : [])],
  ];
  log(table(summary));
  log(`load average at the end: ${load()} (timings on a busy machine are longer)`);
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});

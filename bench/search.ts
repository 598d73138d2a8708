/**
 * Search benchmark: `npm run bench:search [-- --n 1000] [-- --reps 5] [-- --no-pagefind]`.
 *
 * Writes a deterministic synthetic corpus of N plans from the seeds' sentences, builds the
 * search index, serves it on 127.0.0.1 (the e2e test server over HTTP/1.1, and HTTP/2 from
 * memory as static hosts serve) and runs a fixed list of queries in Chromium with a fresh
 * engine each time (no HTTP cache: no-store). Checks every answer against a brute-force
 * substring count in Node, runs Pagefind on the same corpus and reports its recall beside
 * ours. Times each query to what the search page paints at once (exact counts and the first
 * page's plan groups: the p95 ≤ 50 ms target) and, as its own figure, to the complete first
 * page with snippets. Prints figures; asserts nothing. Output goes to bench/out/ (ignored by git).
 */
import { spawnSync } from 'node:child_process';
import { createSecureServer } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as viteBuild } from 'vite';
import { loadAtlas, ROOT } from '../scripts/load-content.ts';
import { bruteForceSearch } from '../src/lib/search/brute-force.ts';
import { buildSearchIndex, type SearchIndex } from '../src/lib/search/build-search-index.ts';
import { searchFiles } from '../src/lib/search/manifest.ts';
import { packBytes, packJson, storedShard } from '../src/lib/search/packing.ts';
import { parseQuery } from '../src/lib/search/parse-query.ts';
import { flattenSections } from '../src/lib/structure.ts';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { contentType, startServer } from '../tests/e2e/support/server.ts';
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

/** Write the index as the site serves it (manifest, trees and texts deflate-packed, shards as they are, as the site stores them); returns raw and gzip sizes by kind. */
async function writeIndex(index: SearchIndex, dir: string) {
  const sizes = { manifest: [0, 0], shards: [0, 0], trees: [0, 0], outlines: [0, 0], chunks: [0, 0] };
  const add = (kind: keyof typeof sizes, file: string, data: string | Uint8Array) => {
    sizes[kind][0] += write(join(dir, file), data);
    sizes[kind][1] += gzipSync(data).length;
  };
  add('manifest', searchFiles.manifest, await packJson(index.manifest));
  for (const [n, s] of index.shards.entries()) add('shards', searchFiles.shard(n), storedShard(s));
  for (const [n, t] of index.trees.entries()) add('trees', searchFiles.tree(n), await packBytes(t));
  for (const t of index.texts) {
    add('outlines', searchFiles.outline(t.outline.plan), await packJson(t.outline));
    for (const [i, c] of t.chunks.entries()) add('chunks', searchFiles.chunk(t.outline.plan, i + 1), await packJson(c));
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
import { loadGroupItems, paginateResults, resultRuns, ITEMS_SHOWN } from '${ROOT}/src/lib/search/results-page.ts';

const resources = () => performance.getEntriesByType('resource').map((e) => e.name);
let source;
let manifest;

/** As the search page does it: counts, then the page's plan groups from the manifest (no fetch), then each group's items. */
async function firstPage(engine, q) {
  const outcome = await engine.search(q);
  const searched = performance.now();
  const page = paginateResults(outcome);
  const grouped = performance.now();
  const items = await Promise.all(page.groups.map((g) => loadGroupItems(engine, outcome, g)));
  let marks = 0;
  for (const list of items) for (const item of list.slice(0, ITEMS_SHOWN)) marks += resultRuns(item, outcome.query.terms).filter((r) => r.match).length;
  return { outcome, searched, grouped, marks };
}

/** Round trips to the server for an empty file: what the machine and server add to every fetch. */
window.benchPing = async (n) => {
  const times = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await (await fetch('/ping.txt')).text();
    times.push(performance.now() - t);
  }
  return times;
};

window.benchInit = async () => {
  performance.setResourceTimingBufferSize(100000);
  source = fetchSource('/data/search/');
  const t = performance.now();
  manifest = await source.manifest();
  return performance.now() - t;
};

window.benchRun = async (q, detail) => {
  // A fresh engine: nothing cached but the manifest, which a page loads once per visit.
  const engine = new SearchEngine({ ...source, manifest: async () => manifest });
  performance.clearResourceTimings();
  const t0 = performance.now();
  const { outcome, searched, grouped, marks } = await firstPage(engine, q);
  const t1 = performance.now();
  const fetched = resources();
  // The same query again on the same engine: every file is in memory, so this is computation alone.
  const t2 = performance.now();
  await firstPage(engine, q);
  const warmMs = performance.now() - t2;
  return {
    searchMs: searched - t0, groupsMs: grouped - t0, firstPageMs: t1 - t0, warmMs, marks, fetched,
    units: detail ? Array.from(outcome.units) : null,
    termHits: detail ? outcome.termHits.map((h) => Array.from(h)) : null,
    plans: outcome.plans.length, hits: outcome.hits,
  };
};

window.benchPagefindRun = async (q, detail) => {
  const pagefind = await import('/pagefind/pagefind.js');
  // Start cold, as ours does: Pagefind keeps loaded index chunks between searches.
  await pagefind.destroy();
  await pagefind.init();
  const t0 = performance.now();
  const found = await pagefind.search(q);
  await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
  const firstPageMs = performance.now() - t0;
  const urls = detail ? (await Promise.all(found.results.map((r) => r.data()))).map((d) => d.url) : null;
  return { firstPageMs, count: found.results.length, urls };
};
`;

interface SearchRun {
  /** To the exact counts for every plan and paragraph, ranked. */
  searchMs: number;
  /** To the first page's plan groups as well (built from the manifest, no fetch): what the page paints at once. */
  groupsMs: number;
  /** To the complete first page: every group's items, with the texts of the shown ones. */
  firstPageMs: number;
  warmMs: number;
  marks: number;
  fetched: string[];
  units: number[] | null;
  termHits: number[][] | null;
  plans: number;
  hits: number;
}
interface PagefindRun {
  firstPageMs: number;
  count: number;
  urls: string[] | null;
}

interface H2Server {
  url(p?: string): string;
  /** Paths and body bytes served since the last clear. */
  served: { path: string; bytes: number }[];
  close(): Promise<void>;
}

/** HTTP/2 over TLS on 127.0.0.1 with a throwaway self-signed certificate, files served from memory, as static hosts serve sites; null when openssl is missing. */
async function startH2(root: string): Promise<H2Server | null> {
  const dir = join(OUT, 'tls');
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  if (!existsSync(cert)) {
    mkdirSync(dir, { recursive: true });
    const res = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '30', '-subj', '/CN=127.0.0.1'], { encoding: 'utf8' });
    if (res.status !== 0) return null;
  }
  const served: H2Server['served'] = [];
  // Every file in memory, as a static host or CDN serves from its cache: the server adds no disk reads.
  const files = new Map<string, Buffer>();
  const load = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) load(path);
      else if (entry.isFile()) files.set(path.slice(root.length), readFileSync(path));
    }
  };
  load(root);
  const server = createSecureServer({ key: readFileSync(key), cert: readFileSync(cert) });
  server.on('stream', (stream, headers) => {
    let path = decodeURIComponent(new URL(String(headers[':path']), 'https://127.0.0.1').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const body = files.get(path);
    if (!body) {
      stream.respond({ ':status': 404 });
      stream.end();
      return;
    }
    served.push({ path, bytes: body.length });
    stream.respond({ ':status': 200, 'content-type': contentType(path), 'content-length': String(body.length), 'cache-control': 'no-store' });
    stream.end(body);
  });
  server.on('sessionError', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (p = '') => `https://127.0.0.1:${port}/${p.replace(/^\/+/, '')}`,
    served,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
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

  const sizes = await writeIndex(index, join(SITE, 'data/search'));
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
  writeFileSync(join(SITE, 'ping.txt'), '');
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

  type Win = {
    benchInit: () => Promise<number>;
    benchPing: (n: number) => Promise<number[]>;
    benchRun: (q: string, detail: boolean) => Promise<SearchRun>;
    benchPagefindRun: (q: string, detail: boolean) => Promise<PagefindRun>;
  };
  const browser = await launchBrowser();
  const h1 = await startServer(SITE, '/');
  const h2 = await startH2(SITE);
  const ours = new Map<string, { manifestMs: number; ping: number[]; runs: Map<string, SearchRun[]> }>();
  const theirs = new Map<string, { run: PagefindRun; bytes: number }[]>();
  try {
    for (const [protocol, base] of [['HTTP/1.1', h1.url('')], ...(h2 ? [['HTTP/2', h2.url('')]] : [])] as [string, string][]) {
      const context = await browser.newContext({ ignoreHTTPSErrors: true });
      const page = await context.newPage();
      await page.goto(base, { waitUntil: 'load' });
      await page.waitForFunction(() => 'benchRun' in window);
      const manifestMs = await page.evaluate(() => (window as unknown as Win).benchInit());
      const ping = await page.evaluate(() => (window as unknown as Win).benchPing(40));
      // Untimed runs first, so the JIT has seen the code, as it has after a page's first query.
      for (const q of QUERIES.slice(0, 3)) await page.evaluate((q) => (window as unknown as Win).benchRun(q, false), q);
      const runs = new Map<string, SearchRun[]>();
      for (const q of QUERIES) {
        const list: SearchRun[] = [];
        for (let rep = 0; rep < REPS; rep++) list.push(await page.evaluate(([q, d]) => (window as unknown as Win).benchRun(q, d), [q, rep === 0] as const));
        runs.set(q, list);
      }
      ours.set(protocol, { manifestMs, ping, runs });
      if (WITH_PAGEFIND && protocol === 'HTTP/2' && h2) {
        for (const q of QUERIES) {
          const list: { run: PagefindRun; bytes: number }[] = [];
          for (let rep = 0; rep < Math.min(REPS, 3); rep++) {
            // Bytes are counted at the server: Pagefind fetches from a worker, out of the page's sight.
            h2.served.length = 0;
            const run = await page.evaluate(([q]) => (window as unknown as Win).benchPagefindRun(q, false), [q] as const);
            // Per query: index chunks and result fragments. Loader, worker, wasm, entry and pf_meta load once per visit, like our manifest.
            const bytes = h2.served.filter((f) => /\.pf_(index|fragment)$/.test(f.path)).reduce((n, f) => n + f.bytes, 0);
            list.push({ run, bytes });
          }
          const detail = await page.evaluate(([q]) => (window as unknown as Win).benchPagefindRun(q, true), [q] as const);
          list[0].run.urls = detail.urls;
          theirs.set(q, list);
        }
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await h1.close();
    await h2?.close();
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
  const protocols = [...ours.keys()];
  const h1Runs = ours.get('HTTP/1.1')!.runs;

  // Exactness against brute force, unit by unit.
  const unitIds: string[] = [];
  for (const t of index.texts) for (const u of t.outline.units) unitIds.push(`${t.outline.plan}#${u[0]}`);
  const rows: string[][] = [
    ['query', 'plans', 'hits', 'recall', 'precision', 'counts', ...protocols.map((p) => `query p50/p95 ${p}`), ...protocols.map((p) => `complete first page p50/p95 ${p}`), 'warm p50', 'fetched raw', 'gzip', 'files', ...(WITH_PAGEFIND ? ['Pagefind pages/true', 'PF recall', 'PF precision', 'PF p50', 'PF bytes'] : [])],
  ];
  const all = new Map<string, { search: number[]; groups: number[]; page: number[] }>(protocols.map((p) => [p, { search: [], groups: [], page: [] }]));
  const warm: number[] = [];
  const fetchedRaw: number[] = [];
  const fetchedGz: number[] = [];
  const bruteMs: number[] = [];
  let exact = 0;
  const pf = { recall: [] as number[], precision: [] as number[], page: [] as number[], bytes: [] as number[] };
  for (const q of QUERIES) {
    const terms = parseQuery(q).terms;
    const [brute, ms] = timed(() => bruteForceSearch(atlas, terms));
    bruteMs.push(ms);
    const truth = new Map<string, number[]>();
    for (const p of brute) for (const [id, hits] of p.units) truth.set(`${p.plan}#${id}`, hits);
    const first = h1Runs.get(q)![0];
    const found = new Map(first.units!.map((u, i) => [unitIds[u], first.termHits!.map((h) => h[i])]));
    const agree = [...found.keys()].filter((k) => truth.has(k)).length;
    const recall = truth.size ? agree / truth.size : found.size === 0 ? 1 : 0;
    const precision = found.size ? agree / found.size : truth.size === 0 ? 1 : 0;
    const countsEqual = truth.size === found.size && [...truth].every(([k, h]) => JSON.stringify(found.get(k)) === JSON.stringify(h));
    if (countsEqual && recall === 1 && precision === 1) exact++;
    const queryLatency: string[] = [];
    const latency: string[] = [];
    for (const p of protocols) {
      const runs = ours.get(p)!.runs.get(q)!;
      all.get(p)!.search.push(...runs.map((r) => r.searchMs));
      all.get(p)!.groups.push(...runs.map((r) => r.groupsMs));
      all.get(p)!.page.push(...runs.map((r) => r.firstPageMs));
      queryLatency.push(`${quantile(runs.map((r) => r.groupsMs), 0.5).toFixed(0)} / ${quantile(runs.map((r) => r.groupsMs), 0.95).toFixed(0)} ms`);
      latency.push(`${quantile(runs.map((r) => r.firstPageMs), 0.5).toFixed(0)} / ${quantile(runs.map((r) => r.firstPageMs), 0.95).toFixed(0)} ms`);
    }
    const h1List = h1Runs.get(q)!;
    warm.push(...h1List.map((r) => r.warmMs));
    // Per query: the shards and texts this query needs. The manifest is loaded once per visit (reported apart, as Pagefind's per-visit files are).
    const bytes = first.fetched.map(fileBytes).reduce((a, b) => [a[0] + b[0], a[1] + b[1]], [0, 0]);
    fetchedRaw.push(bytes[0]);
    fetchedGz.push(bytes[1]);
    const truePlans = new Set(brute.map((p) => p.plan));
    const pfCells: string[] = [];
    if (WITH_PAGEFIND && theirs.has(q)) {
      const list = theirs.get(q)!;
      const urls = new Set(list[0].run.urls!.map((u) => u.split('/').filter(Boolean).at(-1)!));
      const hit = [...urls].filter((u) => truePlans.has(u)).length;
      const r = truePlans.size ? hit / truePlans.size : 1;
      const pr = urls.size ? hit / urls.size : truePlans.size ? 0 : 1;
      pf.recall.push(r);
      pf.precision.push(pr);
      pf.page.push(...list.map((x) => x.run.firstPageMs));
      pf.bytes.push(list[0].bytes);
      pfCells.push(`${urls.size} / ${truePlans.size}`, pct(r), pct(pr), `${quantile(list.map((x) => x.run.firstPageMs), 0.5).toFixed(0)} ms`, kb(list[0].bytes));
    } else if (WITH_PAGEFIND) pfCells.push('–', '–', '–', '–', '–');
    rows.push([
      q,
      String(first.plans),
      String(first.hits),
      pct(recall),
      pct(precision),
      countsEqual ? 'equal' : 'DIFFER',
      ...queryLatency,
      ...latency,
      `${quantile(h1List.map((r) => r.warmMs), 0.5).toFixed(1)} ms`,
      kb(bytes[0]),
      kb(bytes[1]),
      String(first.fetched.length + 1),
      ...pfCells,
    ]);
  }

  log('');
  log(`Index at N = ${N}`);
  log(
    table([
      ['', 'raw', 'gzip', 'files'],
      ['manifest', kb(sizes.manifest[0]), kb(sizes.manifest[1]), '1'],
      ['shards', mb(sizes.shards[0]), mb(sizes.shards[1]), String(index.shards.length)],
      ['heading trees', kb(sizes.trees[0]), kb(sizes.trees[1]), String(index.trees.length)],
      ['plan outlines (with the first text chunk)', mb(sizes.outlines[0]), mb(sizes.outlines[1]), String(index.texts.length)],
      ['further paragraph text chunks', mb(sizes.chunks[0]), mb(sizes.chunks[1]), String(index.texts.reduce((n, t) => n + t.chunks.length, 0))],
      ['total', mb(total[0]), mb(total[1]), ''],
    ]),
  );
  log(`build time ${seconds(buildMs)} · ${index.manifest.keyCount} keys · shard gzip median ${kb(quantile(shardGzip, 0.5))}, p95 ${kb(quantile(shardGzip, 0.95))}, max ${kb(Math.max(...shardGzip))}`);
  if (pagefind) {
    log(`Pagefind 1.6 on the same corpus: ${seconds(pagefind.ms)} to index${pagefind.peakKb ? `, peak memory ${(pagefind.peakKb / 1024 / 1024).toFixed(2)} GB` : ''}, ${mb(pagefind.bytes[0])} raw / ${mb(pagefind.bytes[1])} gzip in ${pagefind.files} files`);
  }
  log('');
  log(
    `Queries in Chromium, ${REPS} runs each with a fresh engine (the manifest, ${kb(manifestBytes[0])} raw / ${kb(manifestBytes[1])} gzip, is loaded once per visit: ` +
      protocols.map((p) => `${ours.get(p)!.manifestMs.toFixed(0)} ms over ${p}`).join(', ') +
      '). HTTP/1.1: the e2e test server, reading each file from disk per request; HTTP/2: TLS, files served from memory, as a static host serves. ' +
      '"query" = the exact, ranked answer the page paints at once: counts for every plan and paragraph and the first page\'s plan groups (from the manifest, no fetch); ' +
      '"complete first page" = that + the 10 plan groups\' items with 3 snippets each (outlines and texts fetched); "warm" = the complete first page again with every file in memory (computation alone); ' +
      '"fetched" = one complete first page: the shards and texts the query needs (the manifest, loaded once per visit, is reported apart). Recall, precision and counts are per paragraph or heading against brute force (includes() on the normalised text)' +
      (WITH_PAGEFIND ? '; Pagefind (over HTTP/2, cold per run, first 10 results loaded) is compared per plan page, its bytes counted at the server.' : '.'),
  );
  log(table(rows));
  log('');
  log('Summary');
  const figures = (ms: number[]) => `${quantile(ms, 0.5).toFixed(1)} / ${quantile(ms, 0.95).toFixed(1)} ms`;
  // Building the plan groups is a slice of the answer; it gets its own row only if it shows at the printed precision.
  const groupsApart = protocols.some((p) => [0.5, 0.95].some((q) => quantile(all.get(p)!.groups, q) - quantile(all.get(p)!.search, q) >= 0.05));
  const summary: string[][] = [
    ['figure', 'ours', 'target', ...(WITH_PAGEFIND ? ['Pagefind'] : [])],
    [
      'recall / precision vs brute force (all queries)',
      `${exact} / ${QUERIES.length} queries exact: recall = precision = 100%, every count equal`,
      '100%',
      ...(WITH_PAGEFIND && pf.recall.length ? [`recall ${pct(Math.min(...pf.recall))}–${pct(Math.max(...pf.recall))}, precision ${pct(Math.min(...pf.precision))}–${pct(Math.max(...pf.precision))} (per page)`] : []),
    ],
    ...protocols.map((p) => [
      `query latency: exact, ranked counts for every plan and paragraph${groupsApart ? '' : " + the first page's plan groups"}, p50 / p95, ${p}`,
      // Apart: counts alone; together: the groups' figure, the moment the page paints both.
      figures(all.get(p)![groupsApart ? 'search' : 'groups']),
      groupsApart ? '' : 'p95 ≤ 50 ms',
      ...(WITH_PAGEFIND ? [''] : []),
    ]),
    ...(groupsApart
      ? protocols.map((p) => [`query latency: counts + the first page's plan groups (from the manifest, no fetch), painted at once, p50 / p95, ${p}`, figures(all.get(p)!.groups), 'p95 ≤ 50 ms', ...(WITH_PAGEFIND ? [''] : [])])
      : []),
    ...protocols.map((p) => [
      `complete first page: 10 plan groups with 3 snippets each, texts fetched, p50 / p95, ${p}`,
      figures(all.get(p)!.page),
      'none (reported beside)',
      ...(WITH_PAGEFIND ? [p === 'HTTP/2' && pf.page.length ? figures(pf.page) : ''] : []),
    ]),
    ...protocols.map((p) => [`one round trip for an empty file, p50 / p95, ${p}`, `${quantile(ours.get(p)!.ping, 0.5).toFixed(1)} / ${quantile(ours.get(p)!.ping, 0.95).toFixed(1)} ms`, '', ...(WITH_PAGEFIND ? [''] : [])]),
    ['computation alone (warm), p50 / p95', `${quantile(warm, 0.5).toFixed(1)} / ${quantile(warm, 0.95).toFixed(1)} ms`, '', ...(WITH_PAGEFIND ? [''] : [])],
    ['brute force in Node (includes() over all text), p50', `${quantile(bruteMs, 0.5).toFixed(0)} ms`, '', ...(WITH_PAGEFIND ? [''] : [])],
    ['fetched per query (first page; shards and texts), raw: median / max', `${kb(quantile(fetchedRaw, 0.5))} / ${kb(Math.max(...fetchedRaw))}`, '≤ 1 MB', ...(WITH_PAGEFIND ? [pf.bytes.length ? `${kb(quantile(pf.bytes, 0.5))} / ${kb(Math.max(...pf.bytes))}` : ''] : [])],
    ['fetched per query (first page; shards and texts), gzip: median / max', `${kb(quantile(fetchedGz, 0.5))} / ${kb(Math.max(...fetchedGz))}`, '≤ 1 MB', ...(WITH_PAGEFIND ? [''] : [])],
    ['once per visit: the manifest, raw / gzip', `${kb(manifestBytes[0])} / ${kb(manifestBytes[1])}`, '', ...(WITH_PAGEFIND ? [''] : [])],
    ['first query of a visit, manifest included, raw / gzip: max', `${kb(Math.max(...fetchedRaw) + manifestBytes[0])} / ${kb(Math.max(...fetchedGz) + manifestBytes[1])}`, '', ...(WITH_PAGEFIND ? [''] : [])],
    ['index build', seconds(buildMs), '', ...(WITH_PAGEFIND && pagefind ? [seconds(pagefind.ms)] : [])],
    ['index size raw / gzip', `${mb(total[0])} / ${mb(total[1])}`, '', ...(WITH_PAGEFIND && pagefind ? [`${mb(pagefind.bytes[0])} / ${mb(pagefind.bytes[1])}`] : [])],
  ];
  log(table(summary));
  log(
    'The p95 ≤ 50 ms target is held against query latency: the exact, ranked answer (hit counts for every plan and every paragraph or heading, ' +
      "and the first page's plan groups with title, jurisdiction, years and per-plan and per-term counts) that the search page paints at once, before any text file is fetched" +
      (groupsApart ? '.' : " (building the plan groups adds under 0.05 ms to the counts, so one figure stands for both).") +
      ' The complete first page, which waits for each plan\'s outline and the shown paragraphs\' texts, is its own figure beside it, with no target.',
  );
  log(`load average at the end: ${load()} (2 cores; timings on a busy machine are longer)`);
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});

/**
 * Scale benchmark: build time and analysis time for N = 5 (the real plans), 100 and 1,000
 * synthetic plans; bytes per page type with the largest page of each type (flagged over 1 MB);
 * the similarity data's size; peak memory. Prints tables; asserts nothing.
 *   npm run bench                       all three sizes
 *   npm run bench -- 5 100              chosen sizes
 *   npm run bench -- 100 1000 --project 10000
 *                                       also the largest page of each type computed for 10,000
 *                                       plans (default) from the two largest sizes built: each
 *                                       type's largest page grows linearly in N between them
 *                                       (a computed figure, not a build; see the table's note)
 *   npm run bench -- 1000 --no-add-one  skip the add-one-plan rebuild
 *   npm run bench -- 1000 10000 --no-analysis
 *                                       builds only: no separate in-process analysis of each corpus
 *                                       (at 10,000 plans it repeats the build's own analysis for
 *                                       about as long again); its columns print "—"
 *
 * Every full build starts with an empty store of per-plan artefacts (bench/out/artefacts). After
 * the largest size's build, one plan is added and the site rebuilt with the store that build
 * filled: the rebuild's time as a share of the full build is the add-one-plan figure (goal ≤ 15%).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateCorpus, seedSentencesFrom } from './corpus.ts';
import { ROOT, loadAtlas, loadMetrics } from '../scripts/load-content.ts';
import { analyseAtlas } from '../src/lib/compare/text-analysis.ts';
import { buildIndicatorSet } from '../src/lib/indicators/indicator-set.ts';
import { buildSearchIndex } from '../src/lib/search/build-search-index.ts';

const args = process.argv.slice(2);
const projectAt = args.includes('--project') ? Number(args[args.indexOf('--project') + 1]) || 10000 : 10000;
const sizes = args.filter((a, i) => args[i - 1] !== '--project' && !a.startsWith('--')).map(Number).filter((n) => n > 0);
const addOne = !args.includes('--no-add-one');
const separateAnalysis = !args.includes('--no-analysis');
/** Every HTML page should stay under this at any N. */
const PAGE_LIMIT = 1024 * 1024;
const SIZES = sizes.length ? sizes : [5, 100, 1000];
const OUT = join(ROOT, 'bench/out');
/** The builds' store of per-plan artefacts: emptied before each full build. */
const ARTEFACTS = join(OUT, 'artefacts');

interface Timing {
  n: number;
  corpusBytes: number;
  parseTag: number;
  indicators: number;
  searchIndex: number;
  textAnalysis: number;
  analysis: number;
  build: number;
  /** CPU seconds of the build (user + system). */
  buildCpu: number;
  buildPeakMb: number;
  pages: Map<string, { count: number; html: number[]; js: number[]; largest: string }>;
  compose: ComposeBytes;
  /** Bytes of /data/similarity.json and of the per-theme nearest-plans files. */
  similarity: { index: number; files: number; count: number; largest: number };
}

/** What the composed comparison costs the reader: bytes fetched for 4 plans on 2 themes, and its pages' HTML. */
interface ComposeBytes {
  /** /compare/ HTML. */
  page: number;
  /** /data/compare/index.json. */
  index: number;
  /** The four largest /data/compare/<plan>.json files (the worst 4-plan comparison). */
  plans: number;
  /** Scripts the page loads (gzip). */
  js: number;
  /** Largest /places/<id>/ page and how many there are. */
  placeMax: number;
  placeCount: number;
}

function seconds(ms: number): string {
  return Number.isNaN(ms) ? '—' : (ms / 1000).toFixed(1);
}

function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const value = fn();
  return [value, performance.now() - t];
}

function analyse(dir: string): Pick<Timing, 'parseTag' | 'indicators' | 'searchIndex' | 'textAnalysis' | 'analysis'> {
  const metrics = loadMetrics();
  const [atlas, parseTag] = time(() => loadAtlas(ROOT, dir));
  const [, indicators] = time(() => buildIndicatorSet(atlas, metrics));
  const [, searchIndex] = time(() => buildSearchIndex(atlas));
  const [, textAnalysis] = time(() => analyseAtlas(atlas));
  return { parseTag, indicators, searchIndex, textAnalysis, analysis: parseTag + indicators + searchIndex + textAnalysis };
}

/** Page type of a built HTML file, from its path. */
function pageType(path: string): string {
  const first = path.split('/')[0];
  if (path === 'index.html' || first === 'page') return 'home';
  if (first === 'places') return 'places';
  return { plans: 'plan', themes: 'theme', charts: path === 'charts/index.html' ? 'gallery' : 'chart', embed: 'embed' }[first] ?? first.replace(/\/?index\.html$/, '');
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** HTML bytes and the gzip bytes of the scripts each page loads, grouped by page type. */
function measurePages(site: string): Timing['pages'] {
  const pages: Timing['pages'] = new Map();
  const jsCache = new Map<string, number>();
  for (const file of walk(site).filter((f) => f.endsWith('.html'))) {
    const rel = relative(site, file);
    const html = readFileSync(file, 'utf8');
    let js = 0;
    for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) {
      const path = join(site, m[1].replace(/^\//, ''));
      if (!jsCache.has(path)) jsCache.set(path, existsSync(path) ? gzipSync(readFileSync(path)).length : 0);
      js += jsCache.get(path)!;
      // Modules imported by that script count too.
      if (existsSync(path)) for (const imp of readFileSync(path, 'utf8').matchAll(/from\s*"\.\/([^"]+\.js)"/g)) {
        const dep = join(path, '..', imp[1]);
        if (!jsCache.has(dep)) jsCache.set(dep, existsSync(dep) ? gzipSync(readFileSync(dep)).length : 0);
        js += jsCache.get(dep)!;
      }
    }
    for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) js += gzipSync(m[1]).length;
    const type = pageType(rel);
    const entry = pages.get(type) ?? { count: 0, html: [], js: [], largest: rel };
    entry.count++;
    const bytes = Buffer.byteLength(html);
    if (bytes > Math.max(0, ...entry.html)) entry.largest = rel;
    entry.html.push(bytes);
    entry.js.push(js);
    pages.set(type, entry);
  }
  return pages;
}

function measureCompose(site: string, pages: Timing['pages']): ComposeBytes {
  const size = (rel: string) => (existsSync(join(site, rel)) ? statSync(join(site, rel)).size : 0);
  const dataDir = join(site, 'data/compare');
  const planFiles = existsSync(dataDir) ? readdirSync(dataDir).filter((f) => f.endsWith('.json') && f !== 'index.json') : [];
  const largest4 = planFiles.map((f) => size(`data/compare/${f}`)).sort((a, b) => b - a).slice(0, 4);
  const places = pages.get('places') ?? { count: 0, html: [0], js: [] };
  return {
    page: size('compare/index.html'),
    index: size('data/compare/index.json'),
    plans: largest4.reduce((a, b) => a + b, 0),
    js: pages.get('compare')?.js[0] ?? 0,
    placeMax: Math.max(...places.html),
    placeCount: places.count,
  };
}

/** The similarity data as published: the index file and the per-theme files beside it. */
function measureSimilarity(site: string): Timing['similarity'] {
  const size = (f: string) => (existsSync(f) ? statSync(f).size : 0);
  const dir = join(site, 'data/similarity');
  const files = existsSync(dir) ? readdirSync(dir).map((f) => size(join(dir, f))) : [];
  return { index: size(join(site, 'data/similarity.json')), files: files.reduce((a, b) => a + b, 0), count: files.length, largest: Math.max(0, ...files) };
}

interface BuildRun {
  ms: number;
  /** CPU seconds (user + system): steadier than the wall clock on a shared machine. */
  cpuS: number;
  peakMb: number;
  /** Seconds Astro reports for bundling (static entrypoints) and for generating the pages (the analysis runs in this phase, on the first page that needs it); the rest is start-up and the content layer. */
  bundleS: number;
  pagesS: number;
  pages: number;
}

/** Files in the artefact store (each a per-plan artefact computed once). */
function artefactFiles(): number {
  return existsSync(ARTEFACTS) ? walk(ARTEFACTS).filter((f) => f.endsWith('.v8')).length : 0;
}

function build(dir: string, outDir: string, { fresh }: { fresh: boolean }): BuildRun {
  rmSync(outDir, { recursive: true, force: true });
  if (fresh) rmSync(ARTEFACTS, { recursive: true, force: true });
  const t = performance.now();
  // The same V8 setting as `npm run build` (package.json): a 64 MB young generation.
  const result = spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, '--max-semi-space-size=64', join(ROOT, 'node_modules/astro/astro.js'), 'build', '--outDir', outDir], {
    cwd: ROOT,
    // A 6 GB old generation: with 8 GB the heap ran to 8.3 GB of RSS at 10,000 plans (garbage kept, not live: about 3.6 GB is).
    env: { ...process.env, ATLAS_PLANS_DIR: dir, ATLAS_CACHE_DIR: ARTEFACTS, ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--max-old-space-size=6144' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - t;
  if (result.status !== 0) throw new Error(`build of ${dir} failed:\n${(result.stdout + result.stderr).slice(-3000)}`);
  const [peakKb, user, system] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  const log = result.stdout.replace(/\x1b\[[0-9;]*m/g, '');
  const bundle = /Building static entrypoints[\s\S]*?Completed in ([\d.]+)s/.exec(log);
  const generating = /generating static routes[\s\S]*?Completed in ([\d.]+)s/.exec(log);
  const pages = /(\d+) page\(s\) built in/.exec(log);
  return { ms, cpuS: user + system, peakMb: peakKb / 1024, bundleS: Number(bundle?.[1] ?? NaN), pagesS: Number(generating?.[1] ?? NaN), pages: Number(pages?.[1] ?? NaN) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const kb = (n: number) => `${(n / 1024).toFixed(1)}`;

mkdirSync(OUT, { recursive: true });
const sentences = seedSentencesFrom(loadAtlas());
const results: Timing[] = [];
/** The last full build, for the add-one-plan rebuild. */
let lastBuild: { n: number; dir: string; site: string; run: BuildRun } | undefined;
console.log('\n## Build and analysis time (seconds; 2-core machine)\n');
console.log('| N plans | corpus MB | parse+tag | targets | search index | text analysis | analysis total | astro build | build CPU | build ÷ analysis | build peak RSS MB |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
// Each row is printed as soon as it is measured: the 1,000-plan run is long.
const printRow = (r: Timing) =>
  console.log(
    `| ${r.n} | ${(r.corpusBytes / 1e6).toFixed(1)} | ${seconds(r.parseTag)} | ${seconds(r.indicators)} | ${seconds(r.searchIndex)} | ${seconds(r.textAnalysis)} | ${seconds(r.analysis)} | ${seconds(r.build)} | ${r.buildCpu.toFixed(1)} | ${Number.isNaN(r.analysis) ? '—' : (r.build / r.analysis).toFixed(1)} | ${r.buildPeakMb.toFixed(0)} |`,
  );
for (const n of SIZES) {
  const dir = n === 5 ? join(ROOT, 'content/plans') : generateCorpus(n, sentences, { outDir: join(OUT, `corpus-${n}`) }).dir;
  const corpusBytes = readdirSync(dir).filter((f) => f.endsWith('.md')).reduce((s, f) => s + statSync(join(dir, f)).size, 0);
  if (separateAnalysis) console.error(`N=${n}: analysing ${(corpusBytes / 1e6).toFixed(1)} MB …`);
  const a = separateAnalysis ? analyse(dir) : { parseTag: NaN, indicators: NaN, searchIndex: NaN, textAnalysis: NaN, analysis: NaN };
  console.error(`N=${n}: building …`);
  const site = join(OUT, `site-${n}`);
  const b = build(dir, site, { fresh: true });
  lastBuild = { n, dir, site, run: b };
  const pages = measurePages(site);
  results.push({ n, corpusBytes, ...a, build: b.ms, buildCpu: b.cpuS, buildPeakMb: b.peakMb, pages, compose: measureCompose(site, pages), similarity: measureSimilarity(site) });
  printRow(results.at(-1)!);
  rmSync(site, { recursive: true, force: true });
}

// Add one plan to the largest site built and rebuild it with the artefacts its build stored.
if (addOne && lastBuild && lastBuild.n > 5) {
  const { n, dir, site, run: full } = lastBuild;
  const plusDir = join(OUT, `corpus-${n}-plus-one`);
  rmSync(plusDir, { recursive: true, force: true });
  mkdirSync(plusDir, { recursive: true });
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.md'))) copyFileSync(join(dir, f), join(plusDir, f));
  // The (n+1)th plan of the same generator: the first n are the plans already built.
  const extra = generateCorpus(n + 1, sentences, { outDir: join(OUT, `corpus-${n + 1}`) }).files.at(-1)!;
  copyFileSync(extra, join(plusDir, basename(extra)));
  const before = artefactFiles();
  console.error(`N=${n}: adding ${basename(extra)} and rebuilding …`);
  const again = build(plusDir, site, { fresh: false });
  const computed = artefactFiles() - before;
  const share = (again.ms / full.ms) * 100;
  const fmt = (r: BuildRun) => `${seconds(r.ms)} s, CPU ${r.cpuS.toFixed(0)} s (bundling ${r.bundleS.toFixed(1)} s, ${r.pages} pages generated in ${r.pagesS.toFixed(1)} s, peak ${r.peakMb.toFixed(0)} MB)`;
  console.log(`\n## Adding one plan to the ${n}-plan site\n`);
  console.log(`Full build of ${n} plans, artefact store empty: ${fmt(full)}`);
  console.log(`Rebuild with ${n + 1} plans, store kept: ${fmt(again)}; ${computed} per-plan artefacts computed, ${before} reused`);
  console.log(`Add-one-plan rebuild = ${share.toFixed(1)}% of the full build (goal ≤ 15%): ${share <= 15 ? 'met' : 'MISSED'}; in CPU time ${((again.cpuS / full.cpuS) * 100).toFixed(1)}%`);
  console.log(`Of the rebuild, Astro's page generation (every page rendered again, and the cross-plan analysis) is ${((again.pagesS * 1000 / again.ms) * 100).toFixed(0)}%, bundling ${((again.bundleS * 1000 / again.ms) * 100).toFixed(0)}%`);
  rmSync(site, { recursive: true, force: true });
}

const r100 = results.find((r) => r.n === 100);
const r1000 = results.find((r) => r.n === 1000);
if (r100 && r1000) {
  console.log(`\nbuild(1000) ÷ build(100) = ${(r1000.build / r100.build).toFixed(1)} (target ≤ 12)`);
  if (!Number.isNaN(r1000.analysis)) console.log(`build(1000) ÷ analysis(1000) = ${(r1000.build / r1000.analysis).toFixed(1)} (target ≤ 3)`);
}
const r10000 = results.find((r) => r.n === 10000);
if (r1000 && r10000) {
  const ratio = r10000.build / r1000.build;
  console.log(`\nbuild(10000) ÷ build(1000) = ${ratio.toFixed(1)} (goal ≤ 11: ${ratio <= 11 ? 'met' : 'MISSED'}); in CPU time ${(r10000.buildCpu / r1000.buildCpu).toFixed(1)}`);
  console.log(`peak RSS of the 10,000-plan build: ${(r10000.buildPeakMb / 1024).toFixed(2)} GB (goal ≤ 8 GB: ${r10000.buildPeakMb <= 8 * 1024 ? 'met' : 'MISSED'})`);
}
const flag = (bytes: number) => (bytes > PAGE_LIMIT ? ' ⚠ over 1 MB' : '');
for (const r of results) {
  console.log(`\n## Bytes per page type at N = ${r.n} (median; KB), measured on the built site\n`);
  console.log('| page type | pages | HTML median | HTML max | largest page | JS gzip median | JS gzip max |');
  console.log('|---|---:|---:|---:|---|---:|---:|');
  for (const [type, p] of [...r.pages].sort(([a], [b]) => a.localeCompare(b))) {
    const max = Math.max(...p.html);
    console.log(`| ${type} | ${p.count} | ${kb(median(p.html))} | ${kb(max)}${flag(max)} | /${p.largest.replace(/index\.html$/, '')} | ${kb(median(p.js))} | ${kb(Math.max(...p.js))} |`);
  }
  const over = [...r.pages].filter(([, p]) => Math.max(...p.html) > PAGE_LIMIT).map(([t]) => t);
  console.log(`\nPages over 1 MB at N = ${r.n}: ${over.length ? over.join(', ') : 'none'}`);
  const s = r.similarity;
  console.log(`Similarity data at N = ${r.n}: similarity.json ${kb(s.index)} KB; ${s.count} per-theme files, ${kb(s.files)} KB in all, largest ${kb(s.largest)} KB`);
}

// The largest page of each type at projectAt plans, computed from the two largest sizes built:
// linear in N through both points (pages in pages of plans grow only by their pager's links; a
// page listing every plan grows with N). A computed figure: no build at that size.
const built = [...results].sort((a, b) => a.n - b.n).filter((r) => r.n > 5);
if (built.length >= 2) {
  const [lo, hi] = built.slice(-2);
  console.log(`\n## Largest page of each type at N = ${projectAt}: computed, not built (KB)\n`);
  console.log(`Linear in N through the measured largest pages at N = ${lo.n} and N = ${hi.n}.\n`);
  console.log(`| page type | N = ${lo.n} | N = ${hi.n} | N = ${projectAt} (computed) |`);
  console.log('|---|---:|---:|---:|');
  const over: string[] = [];
  for (const [type, p] of [...hi.pages].sort(([a], [b]) => a.localeCompare(b))) {
    const b = Math.max(...p.html);
    const a = Math.max(...(lo.pages.get(type)?.html ?? [b]));
    const at = b + ((b - a) / (hi.n - lo.n)) * (projectAt - hi.n);
    if (at > PAGE_LIMIT) over.push(type);
    console.log(`| ${type} | ${kb(a)} | ${kb(b)} | ${kb(at)}${flag(at)} |`);
  }
  console.log(`\nPages computed over 1 MB at N = ${projectAt}: ${over.length ? over.join(', ') : 'none'}`);
  const sim = (r: Timing) => r.similarity.index + r.similarity.files;
  console.log(`Similarity data at N = ${projectAt} (computed the same way): ${((sim(hi) + ((sim(hi) - sim(lo)) / (hi.n - lo.n)) * (projectAt - hi.n)) / 1e6).toFixed(1)} MB in all`);
}

const MB = 1024 * 1024;
const within = (bytes: number) => (bytes <= MB ? 'ok' : 'OVER 1 MB');
console.log('\n## Composed comparison (4 plans, 2 themes): bytes the browser fetches, and the HTML of its pages (KB; limit 1,024)\n');
console.log('| N plans | /compare/ HTML | index.json | 4 largest plan files | data total | page + data | JS gzip | /compare/ HTML check | data check | places | largest /places/ HTML | places check |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---|---|---:|---:|---|');
for (const r of results) {
  const c = r.compose;
  const data = c.index + c.plans;
  console.log(
    `| ${r.n} | ${kb(c.page)} | ${kb(c.index)} | ${kb(c.plans)} | ${kb(data)} | ${kb(c.page + data)} | ${kb(c.js)} | ${within(c.page)} | ${within(data)} | ${c.placeCount} | ${kb(c.placeMax)} | ${within(c.placeMax)} |`,
  );
}

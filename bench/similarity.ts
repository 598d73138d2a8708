/**
 * Nearest plans alone: for each N, the bench's synthetic corpus (bench/corpus.ts, as bench/scale.ts
 * makes it), the analysis inputs up to planSimilarity (similarityInputs, as analyseAtlas computes
 * them), then planSimilarity timed by itself. Prints figures; asserts nothing.
 *   npm run bench:similarity -- 1000 2000 4000
 *   npm run bench:similarity -- 100 1000 --hash-only   only the hashes of planSimilarity's output
 *   npm run bench:similarity -- 1000 --dense 0.5       bigrams in more than half the plans as dense columns
 *
 * Per N: CPU seconds (user + system, whole process) and wall seconds of planSimilarity; per theme
 * the plans with text, the bigrams, Σ df(df−1)/2 (the inner loop's updates: each pair of plans
 * sharing a bigram adds one product), the time summing products (ns per update) and offering
 * pairs to the top-k lists; the whole text's df distribution; and SHA-256 hashes of the output:
 * exact (every value to the last bit), as printed (values rounded to 3 places, as in
 * /data/similarity/<theme>.json; pages print 2), and the neighbour ids alone.
 */
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, seedSentencesFrom } from './corpus.ts';
import { ROOT, loadAtlas } from '../scripts/load-content.ts';
import { planSimilarity, type PlanSimilarity, type SimilarityProfiler } from '../src/lib/compare/plan-similarity.ts';
import { ALL_TEXT, SIMILAR_PAIRS_FOLLOWED, similarityInputs } from '../src/lib/compare/text-analysis.ts';

const args = process.argv.slice(2);
const hashOnly = args.includes('--hash-only');
const denseShare = args.includes('--dense') ? Number(args[args.indexOf('--dense') + 1]) : undefined;
const sizes = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--dense').map(Number).filter((n) => n > 0);
const SIZES = sizes.length ? sizes : [1000, 2000, 4000];
const OUT = join(ROOT, 'bench/out');

/** SHA-256 of planSimilarity's whole output, with each similarity passed through `value`. */
export function similarityHash(result: PlanSimilarity, value: (x: number) => number | null): string {
  const hash = createHash('sha256');
  for (const t of result.neighbours) {
    hash.update(JSON.stringify([t.theme, t.k, t.plans, [...t.hasText]]));
    for (const list of t.neighbours) hash.update(JSON.stringify(list.map((x) => [x.index, value(x.similarity)])));
  }
  hash.update(JSON.stringify(result.pairs.pairs));
  for (const [theme, values] of result.pairs.byTheme) hash.update(JSON.stringify([theme, values.map((x) => (x === null ? null : value(x)))]));
  return hash.digest('hex').slice(0, 16);
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
const fmt = (x: number, digits = 1) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');

const sentences = seedSentencesFrom(loadAtlas());
const summary: string[] = [];
for (const n of SIZES) {
  const dir = generateCorpus(n, sentences, { outDir: join(OUT, `corpus-${n}`) }).dir;
  const atlas = loadAtlas(ROOT, dir);
  const plans = atlas.plans.map((p) => p.plan.meta.id);
  const { idf, byTheme, themes } = similarityInputs(atlas);
  const profiler: SimilarityProfiler = { clock: () => performance.now(), themes: [] };
  const loadBefore = load();
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  const result = planSimilarity(byTheme, plans, themes, idf, { pairsTheme: ALL_TEXT, topPairs: SIMILAR_PAIRS_FOLLOWED, denseShare, profiler: hashOnly ? undefined : profiler });
  const wall = (performance.now() - wall0) / 1000;
  const cpuUsed = process.cpuUsage(cpu0);
  const cpu = (cpuUsed.user + cpuUsed.system) / 1e6;
  const hashes = `exact ${similarityHash(result, (x) => x)}, as printed ${similarityHash(result, round3)}, ids ${similarityHash(result, () => null)}`;
  console.log(`\n## N = ${n}: planSimilarity${denseShare === undefined ? '' : ` (dense share ${denseShare})`} ${fmt(cpu, 2)} CPU s, ${fmt(wall, 2)} s wall (load average ${loadBefore} before, ${load()} after)`);
  console.log(`hashes: ${hashes}`);
  if (hashOnly) {
    summary.push(`| ${n} | ${fmt(cpu, 2)} | ${fmt(wall, 2)} | ${hashes} |`);
    continue;
  }
  console.log('\n| theme | plans with text | bigrams | dense | Σ df(df−1)/2 (M updates) | products ms | ns / update | offers ms | vectors ms |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  let updates = 0;
  let products = 0;
  let offers = 0;
  let vectors = 0;
  for (const t of profiler.themes) {
    let u = 0;
    for (const d of t.df) u += (d * (d - 1)) / 2;
    updates += u;
    products += t.productsMs;
    offers += t.offersMs;
    vectors += t.vectorsMs;
    console.log(`| ${t.theme} | ${t.plans} | ${t.df.length} | ${t.dense} | ${fmt(u / 1e6)} | ${fmt(t.productsMs, 0)} | ${u ? fmt((t.productsMs * 1e6) / u, 2) : '—'} | ${fmt(t.offersMs, 0)} | ${fmt(t.vectorsMs, 0)} |`);
  }
  console.log(`| all ${profiler.themes.length} themes | | | | ${fmt(updates / 1e6)} | ${fmt(products, 0)} | ${fmt((products * 1e6) / updates, 2)} | ${fmt(offers, 0)} | ${fmt(vectors, 0)} |`);
  const whole = profiler.themes.find((t) => t.theme === ALL_TEXT)!;
  const m = whole.plans;
  let all = 0;
  let fifth = 0;
  let half = 0;
  let gramsFifth = 0;
  let gramsHalf = 0;
  for (const d of whole.df) {
    const u = (d * (d - 1)) / 2;
    all += u;
    if (d > m / 5) (fifth += u), gramsFifth++;
    if (d > m / 2) (half += u), gramsHalf++;
  }
  console.log(
    `\nWhole text: ${whole.df.length} bigrams over ${m} plans; ${gramsFifth} in more than 1/5 of the plans carry ${fmt((fifth / all) * 100)}% of its Σ df(df−1)/2, ${gramsHalf} in more than 1/2 carry ${fmt((half / all) * 100)}%`,
  );
  summary.push(`| ${n} | ${fmt(cpu, 2)} | ${fmt(wall, 2)} | ${fmt(updates / 1e6)} | ${fmt((products * 1e6) / updates, 2)} | ${fmt(products / 1000, 2)} | ${fmt(offers / 1000, 2)} | ${fmt(vectors / 1000, 2)} | ${hashes} |`);
}
console.log('\n## Summary\n');
console.log(hashOnly ? '| N | CPU s | wall s | hashes |\n|---:|---:|---:|---|' : '| N | CPU s | wall s | M updates | ns / update | products s | offers s | vectors s | hashes |\n|---:|---:|---:|---:|---:|---:|---:|---:|---|');
for (const row of summary) console.log(row);

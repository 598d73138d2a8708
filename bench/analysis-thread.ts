/**
 * The text analysis with nearest plans on a worker thread beside the rest (as the build runs it,
 * src/data/analysis.ts) against the whole analysis on one thread, on the bench's synthetic corpus.
 * Prints figures; asserts nothing.
 *   npm run bench:analysis -- 1000 2000
 *
 * Per N, one after the other: wall seconds and CPU seconds (user + system, the whole process, so
 * the worker's included) of each way, the seconds nearest plans took on the worker (its own clock), and
 * whether the two analyses' nearest plans are the same (SHA-256 of every list and value).
 */
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, seedSentencesFrom } from './corpus.ts';
import { ROOT, loadAtlas } from '../scripts/load-content.ts';
import { nearestPlansOnWorker } from '../src/data/nearest-plans.ts';
import { similarityTask } from '../src/lib/compare/similarity-task.ts';
import { analyseAtlas, analyseAtlasApartFromSimilarity, completeAnalysis, SIMILARITY_OPTIONS, type TextAnalysis } from '../src/lib/compare/text-analysis.ts';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const SIZES = sizes.length ? sizes : [1000];
const fmt = (x: number, digits = 1) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
const hash = (a: TextAnalysis) => createHash('sha256').update(JSON.stringify([a.similarity.map((t) => [t.theme, t.neighbours]), a.similarPairs.pairs, [...a.similarPairs.byTheme]])).digest('hex').slice(0, 16);

async function timed<T>(run: () => Promise<T> | T): Promise<{ result: T; wall: number; cpu: number }> {
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  const result = await run();
  const used = process.cpuUsage(cpu0);
  return { result, wall: (performance.now() - wall0) / 1000, cpu: (used.user + used.system) / 1e6 };
}

const sentences = seedSentencesFrom(loadAtlas());
const rows: string[] = [];
for (const n of SIZES) {
  const atlas = loadAtlas(ROOT, generateCorpus(n, sentences, { outDir: join(ROOT, `bench/out/corpus-${n}`) }).dir);
  const loadBefore = load();
  const one = await timed(() => analyseAtlas(atlas));
  let nearestWall = 0;
  const two = await timed(async () => {
    const nearest = nearestPlansOnWorker(similarityTask(atlas, SIMILARITY_OPTIONS)).then((r) => ((nearestWall = r.seconds), r.similarity));
    const rest = analyseAtlasApartFromSimilarity(atlas);
    return completeAnalysis(rest, await nearest);
  });
  const same = hash(one.result) === hash(two.result) ? 'same' : 'DIFFERENT';
  console.log(`N = ${n} (load average ${loadBefore} before, ${load()} after): one thread ${fmt(one.wall, 2)} s wall, ${fmt(one.cpu, 2)} CPU s; nearest plans on a worker ${fmt(two.wall, 2)} s wall, ${fmt(two.cpu, 2)} CPU s (the worker's part ${fmt(nearestWall, 2)} s wall); nearest plans ${same}`);
  rows.push(`| ${n} | ${fmt(one.wall, 1)} | ${fmt(one.cpu, 1)} | ${fmt(two.wall, 1)} | ${fmt(two.cpu, 1)} | ${fmt(nearestWall, 1)} | ${same} |`);
}
console.log('\n| N plans | one thread: wall s | CPU s | worker beside: wall s | CPU s | nearest plans on the worker, wall s | nearest plans |\n|---:|---:|---:|---:|---:|---:|---|');
for (const r of rows) console.log(r);

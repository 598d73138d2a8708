/**
 * Where a build's time goes, from V8 CPU profiles (`node --cpu-prof --cpu-prof-dir=<dir> …astro.js build`):
 *   npx tsx bench/cpu-profile.ts <dir-or-file> [<dir-or-file> …] [--functions 40]
 * Prints one markdown table of sampled seconds per part of the build, a column per profile and,
 * with two or more, the last column over the first; then the functions with the most self time.
 * A part is the time under the innermost listed function on the stack (so nested parts do not
 * count twice); garbage collection is V8's own "(garbage collector)" node. The sampled time is the
 * main thread's, not CPU time: on a shared machine it includes time the thread waited for a core.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Parts of the build, each named by the function(s) its time runs under. */
const PARTS: [string, string[]][] = [
  ['parsing and tagging plans (`assembleAtlas`)', ['assembleAtlas']],
  ['figures (`extractFigures`)', ['extractFigures']],
  ['commitments (`extractCommitments`)', ['extractCommitments']],
  ['distinctive terms: each plan\'s n-grams (`countRunNgrams`)', ['countRunNgrams']],
  ['distinctive terms: candidates counted in every plan (`countKept`)', ['countKept']],
  ['distinctive terms: joining phrases (`joinPhrases`)', ['joinPhrases']],
  ['distinctive terms: the rest (`distinctiveTerms`, `subsumeTerms`)', ['distinctiveTerms', 'subsumeTerms']],
  ['named programmes (`namedProgrammes`)', ['namedProgrammes']],
  ['IDF (`inverseDocumentFrequency`)', ['inverseDocumentFrequency']],
  ['nearest plans, Σ df² (`themeSimilarity`)', ['themeSimilarity']],
  ['passage pairs (`similarPassagePairs`)', ['similarPassagePairs']],
  ['commitment strength (`commitmentStrength`)', ['commitmentStrength']],
  ['search index (`buildSearchIndex`)', ['buildSearchIndex']],
  ['drawing charts (`renderInline`, `renderForPage`, `renderStandalone`)', ['renderInline', 'renderForPage', 'renderStandalone']],
];
const GC = '(garbage collector)';

interface Summary {
  total: number;
  parts: Map<string, number>;
  selfByFunction: Map<string, number>;
}

function profileFiles(target: string): string[] {
  if (!statSync(target).isDirectory()) return [target];
  return readdirSync(target)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(target, f));
}

function summarise(target: string): Summary {
  const partOf = new Map<string, string>();
  for (const [label, names] of PARTS) for (const n of names) partOf.set(n, label);
  const parts = new Map<string, number>();
  const selfByFunction = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  let total = 0;
  for (const file of profileFiles(target)) {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    // A sample lasts until the next one (DevTools' reading of timeDeltas).
    const self = new Map<number, number>();
    for (let i = 0; i + 1 < profile.samples.length; i++) {
      const seconds = profile.timeDeltas[i + 1] / 1e6;
      if (seconds > 0) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + seconds);
    }
    for (const [id, seconds] of self) {
      const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
      if (functionName === '(idle)') continue;
      total += seconds;
      // Bundled chunks are named with a content hash that differs between builds: drop it to match functions across profiles.
      const base = url.includes('node_modules/') ? url.slice(url.lastIndexOf('node_modules/') + 13) : url.split('/').pop();
      const file = base?.replace(/\?.*$/, '').replace(/_[\w-]{8}\.mjs$/, '.mjs');
      add(selfByFunction, `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : ''}`.trim(), seconds);
      let label = functionName === GC ? 'garbage collection (main thread)' : undefined;
      for (let at: number | undefined = id; label === undefined && at !== undefined; at = parent.get(at)) {
        label = partOf.get(byId.get(at)!.callFrame.functionName);
      }
      add(parts, label ?? 'everything else (Astro rendering, view models, writing files)', seconds);
    }
  }
  return { total, parts, selfByFunction };
}

const args = process.argv.slice(2);
const top = args.includes('--functions') ? Number(args[args.indexOf('--functions') + 1]) : 40;
const targets = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--functions');
if (targets.length === 0) {
  console.error('usage: tsx bench/cpu-profile.ts <profile dir or file> [<profile dir or file> …] [--functions 40]');
  process.exit(1);
}
const summaries = targets.map(summarise);
const ratio = (values: number[]) => (values.length > 1 && values[0] > 0 ? (values.at(-1)! / values[0]).toFixed(2) : '');
const row = (label: string, values: number[]) => `| ${label} | ${values.map((v) => v.toFixed(1)).join(' | ')} | ${ratio(values)} |`;
const labels = ['garbage collection (main thread)', ...PARTS.map(([l]) => l), 'everything else (Astro rendering, view models, writing files)'];
console.log(`| part | ${targets.join(' | ')} | last ÷ first |`);
console.log(`|---|${targets.map(() => '---:|').join('')}---:|`);
for (const l of labels) console.log(row(l, summaries.map((s) => s.parts.get(l) ?? 0)));
console.log(row('sampled in all (main thread, not idle)', summaries.map((s) => s.total)));
console.log('\nself time by function (s), in the last profile’s order:');
const last = summaries.at(-1)!;
for (const [name, seconds] of [...last.selfByFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${summaries.map((s) => (s.selfByFunction.get(name) ?? 0).toFixed(1).padStart(7)).join(' ')}  ${name}`);
}

// Gate: the build is reproducible. Two builds into two temporary out dirs are byte-identical.
// The first starts from a cold content-layer cache (--force) in UTC, the second reuses the warm
// cache in Asia/Shanghai: output that depends on cache state, time of day or time zone differs.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteOrThrow } from './support/build.ts';
import { listFiles } from './support/pages.ts';

/** Builds into outDir; returns the seconds it took (throws with the output when it fails). */
function build(outDir: string, args: string[], tz: string): number {
  return buildSiteOrThrow({ outDir, args, env: { TZ: tz } }).seconds;
}

function digest(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Where two text files first differ, with a little context. */
function firstDifference(a: string, b: string): string {
  const x = readFileSync(a);
  const y = readFileSync(b);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const ctx = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, i - 40), i + 60).toString('utf8'));
  return `sizes ${x.length}/${y.length}, first difference at byte ${i}:\n      1: ${ctx(x)}\n      2: ${ctx(y)}`;
}

describe('reproducible build', () => {
  it('two builds produce byte-identical trees', { timeout: 600_000 }, () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'eco-repro-'));
    const one = path.join(tmp, 'one');
    const two = path.join(tmp, 'two');
    try {
      const s1 = build(one, ['--force'], 'UTC');
      const s2 = build(two, [], 'Asia/Shanghai');
      console.log(`reproducible: build 1 (cold cache, UTC) ${s1.toFixed(1)} s, build 2 (warm cache, Asia/Shanghai) ${s2.toFixed(1)} s`);
      const f1 = existsSync(one) ? listFiles(one) : [];
      const f2 = existsSync(two) ? listFiles(two) : [];
      expect(f1.length, 'the first build produced no file').toBeGreaterThan(0);
      const set2 = new Set(f2);
      const set1 = new Set(f1);
      const onlyOne = f1.filter((f) => !set2.has(f));
      const onlyTwo = f2.filter((f) => !set1.has(f));
      const differ = f1.filter((f) => set2.has(f) && digest(path.join(one, f)) !== digest(path.join(two, f)));
      const lines = [
        ...onlyOne.map((f) => `  only in build 1: ${f}`),
        ...onlyTwo.map((f) => `  only in build 2: ${f}`),
        ...differ.slice(0, 30).map((f, i) => `  differs: ${f}${i < 5 ? `\n      ${firstDifference(path.join(one, f), path.join(two, f))}` : ''}`),
      ];
      if (differ.length > 30) lines.push(`  … and ${differ.length - 30} more differing files`);
      expect(lines.length, `the two builds differ (${f1.length} vs ${f2.length} files):\n${lines.join('\n')}`).toBe(0);
    } finally {
      if (!process.env.KEEP_REPRO) rmSync(tmp, { recursive: true, force: true });
      else console.log(`reproducible: kept ${tmp}`);
    }
  });
});

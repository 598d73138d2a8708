/**
 * More plans than a theme page holds: the real build of a 45-plan synthetic corpus (the seeds'
 * own sentences) splits each theme into pages of plans, and every link to a plan's column — from
 * plan pages, the compare table, the theme pages themselves and the charts — lands on the page
 * that holds that column.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, seedSentencesFrom } from '../../bench/corpus.ts';
import { loadAtlas } from '../../scripts/load-content.ts';
import { PLANS_PER_THEME_PAGE, themePageCount } from '../../src/lib/theme-pages.ts';
import { anchorsOf, parseFile, refsOf } from './support/html.ts';
import { basePath } from './support/paths.ts';

const ROOT = join(import.meta.dirname, '../..');
const N = 2 * PLANS_PER_THEME_PAGE + 5;
const work = mkdtempSync(join(tmpdir(), 'atlas-pages-'));
const out = join(work, 'dist');
const base = basePath();

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
}

let build: { status: number | null; output: string };

beforeAll(() => {
  const corpus = generateCorpus(N, seedSentencesFrom(loadAtlas()), { outDir: join(work, 'plans') });
  const result = spawnSync('npx', ['astro', 'build', '--outDir', out], {
    cwd: ROOT,
    env: { ...process.env, ATLAS_PLANS_DIR: corpus.dir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 400_000,
  });
  build = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}, 420_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe(`theme pages with ${N} plans`, () => {
  it('builds one page per 20 plans for every theme', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    const pages = themePageCount(N);
    expect(pages).toBe(3);
    for (const theme of readdirSync(join(out, 'themes'))) {
      expect(existsSync(join(out, 'themes', theme, 'index.html')), theme).toBe(true);
      for (let p = 2; p <= pages; p++) expect(existsSync(join(out, 'themes', theme, String(p), 'index.html')), `${theme} page ${p}`).toBe(true);
      expect(existsSync(join(out, 'themes', theme, String(pages + 1))), `${theme} page ${pages + 1}`).toBe(false);
    }
  });

  it('every link to a plan’s column on a theme page finds that column', () => {
    const anchors = new Map<string, Set<string>>();
    const broken: string[] = [];
    let checked = 0;
    for (const file of htmlFiles(out)) {
      for (const ref of refsOf(parseFile(file))) {
        const m = new RegExp(`^${base}themes/([a-z0-9-]+)/(?:(\\d+)/)?#(plan-.+)$`).exec(ref.value);
        if (!m) continue;
        const target = join(out, 'themes', m[1], m[2] ?? '', 'index.html');
        if (!anchors.has(target)) anchors.set(target, existsSync(target) ? anchorsOf(parseFile(target)) : new Set());
        checked++;
        if (!anchors.get(target)!.has(m[3])) broken.push(`${file.slice(out.length)} → ${ref.value}`);
      }
    }
    expect(checked).toBeGreaterThan(N);
    expect(broken.slice(0, 20)).toEqual([]);
  });
});

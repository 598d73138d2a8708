/**
 * A real published text from a place the atlas has never seen (无锡, a press report of the city
 * bureau's year, re-published in 繁體: a text of the real-text corpus's tuning half) goes from one
 * ingest command to a built site: a new jurisdiction, a place page, a plan page whose figures say
 * they are the program's reading. No file is edited by hand.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyProject, runIngest, type BuildResult } from './support/build.ts';
import { parseFile } from './support/html.ts';
import { ROOT } from './support/paths.ts';

const TEXT = join(ROOT, 'tests/fixtures/real-texts/wuxi-2021.txt');
let project = '';
let ingest: ReturnType<typeof runIngest>;
let build: BuildResult;
const out = () => join(project, 'dist');

beforeAll(() => {
  project = copyProject();
  // A press report has no title line or issuer of its own: those are given as flags.
  ingest = runIngest(project, [TEXT, '--id', 'wuxi-2021', '--title', '无锡市2021年生态环境工作情况', '--issuer', '无锡市生态环境局', '--published', '2022-01-13']);
  build = buildSite({ cwd: project, outDir: out(), timeout: 300_000 });
}, 420_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('a plan from a place the atlas has never seen', () => {
  it('is ingested with one command, which adds the place and says what it read', () => {
    expect(ingest.status, ingest.err).toBe(0);
    expect(ingest.err).toContain('new jurisdiction "wuxi": 无锡市 (320200), English name "Wuxi" from pinyin');
    expect(ingest.out).toMatch(/figures read 读出的指标 \(\d+\):/);
    const entries = JSON.parse(readFileSync(join(project, 'content/jurisdictions.json'), 'utf8'));
    expect(entries.at(-1)).toEqual({ id: 'wuxi', code: '320200', nameEn: 'Wuxi' });
  });

  it('builds, with a place page and a plan page that says its figures were not checked by hand', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    const place = parseFile(join(out(), 'places/wuxi/index.html'));
    expect(place.querySelector('h1')?.textContent).toContain('无锡市');
    expect(place.querySelector('a[href="/plans/wuxi-2021/"]')).not.toBeNull();
    const plan = join(out(), 'plans/wuxi-2021/index.html');
    expect(existsSync(plan)).toBe(true);
    const doc = parseFile(plan);
    expect(doc.querySelector('#figures [data-figures-reading]')?.getAttribute('data-figures-reading')).toBe('machine');
    expect(doc.querySelectorAll('#figures [data-figures="actuals"] tbody tr[data-metric]').length).toBeGreaterThan(0);
    const listed = JSON.parse(readFileSync(join(out(), 'data/plans.json'), 'utf8')).find((p: { id: string }) => p.id === 'wuxi-2021');
    expect(listed.jurisdiction).toMatchObject({ id: 'wuxi', nameZh: '无锡市', nameEn: 'Wuxi', level: 'prefecture', province: '江苏省', lon: null, lat: null });
  });
});

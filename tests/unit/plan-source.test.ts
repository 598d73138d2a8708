// What a plan page says about where its text came from: the government's page (front matter
// `sourceUrl`, written by `npm run ingest -- … --url`), the source fields under readable labels,
// and the theme evidence with each term once.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/read-content.ts';
import { planSchema, schemaProblems } from '../../src/lib/content/schemas.ts';
import { evidenceText, sourceFields } from '../../src/lib/views/plan-page.ts';

const META = { id: 'x-2021', title: '2021年工作要点', jurisdiction: 'shaoxing', years: [2021], kind: 'plan', issuer: '局', published: null, seed: 'x.txt' };

describe('sourceUrl in the plan front matter', () => {
  it('is optional and takes an http(s) address', () => {
    expect(planSchema.safeParse(META).success).toBe(true);
    expect(planSchema.safeParse({ ...META, sourceUrl: 'https://sthjj.sx.gov.cn/art/2021/1/13/art_1.html' }).success).toBe(true);
  });

  it.each(['sthjj.sx.gov.cn/art.html', 'ftp://example.org/a.txt', 'javascript:alert(1)', ''])('refuses %j, naming the field', (url) => {
    const r = planSchema.safeParse({ ...META, sourceUrl: url });
    expect(r.success).toBe(false);
    const problems = schemaProblems('content/plans/x-2021.md', r.error!);
    expect(problems.map((p) => p.field)).toContain('sourceUrl');
  });
});

describe('source fields', () => {
  it('are shown under bilingual labels in a fixed order; an unknown field keeps its name', () => {
    const fields = sourceFields({ sourceLine: '市生态环境局', zzz: 'v', indexNumber: '1133/2021-1', issuerAsPublished: '市生态环境局', written: '2021-03-01' });
    expect(fields.map((f) => [f.key, f.zh, f.en])).toEqual([
      ['indexNumber', '索引号', 'Index number'],
      ['issuerAsPublished', '发布机构（原文）', 'Issuer as published'],
      ['sourceLine', '信息来源', 'Source as stated'],
      ['written', '成文日期', 'Date written'],
      ['zzz', 'zzz', 'zzz'],
    ]);
  });
});

describe('theme evidence', () => {
  const notes = { heading: '（标题）', alsoHeading: '（另见标题）' };
  it('names each term once, with its count in the text and a note when a heading names it too', () => {
    const evidence = [
      { term: '习近平生态文明思想', count: 1, source: 'text' as const },
      { term: '党组', count: 1, source: 'text' as const },
      { term: '习近平生态文明思想', count: 1, source: 'heading' as const },
      { term: '习近平生态文明思想', count: 1, source: 'heading' as const },
      { term: '农村', count: 2, source: 'heading' as const },
      { term: '面源污染', count: 1, source: 'heading' as const },
    ];
    expect(evidenceText({ evidence }, notes)).toBe('习近平生态文明思想×1（另见标题）、党组×1、农村×2（标题）、面源污染×1（标题）');
  });
});

describe('npm run ingest -- … --url', { timeout: 60_000 }, () => {
  let project = '';
  const SEED = '000_038f225d70e9bda5.txt';
  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'atlas-ingest-url-'));
    for (const d of ['scripts', 'src', 'content', 'seeds']) cpSync(join(ROOT, d), join(project, d), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(project, 'package.json'));
    symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
    mkdirSync(join(project, 'inputs'));
    writeFileSync(join(project, 'inputs/shaoxing-web.txt'), readFileSync(join(ROOT, 'seeds', SEED)));
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));
  const ingest = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(project, 'scripts/ingest.ts'), 'inputs/shaoxing-web.txt', '--id', 'shaoxing-web', '--jurisdiction', 'shaoxing', ...args], { cwd: project, encoding: 'utf8', timeout: 60_000 });

  it('refuses an address that is not http(s), in one line', () => {
    const r = ingest('--url', 'www.sx.gov.cn/a.html');
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('ingest refused: --url: sourceUrl: expected the http:// or https:// address of the page the text was published on (got "www.sx.gov.cn/a.html")');
  });

  it('writes the address into the front matter, where the build reads it', () => {
    const url = 'https://sthjj.sx.gov.cn/art/2021/1/13/art_1229355614_58929614.html';
    const r = ingest('--url', url);
    expect(r.status, r.stderr).toBe(0);
    const md = readFileSync(join(project, 'content/plans/shaoxing-web.md'), 'utf8');
    const frontMatter = md.split('\n---\n')[0];
    expect(frontMatter).toContain(`\nsourceUrl: "${url}"`);
  });
});

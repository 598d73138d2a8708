import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { useContentCopy } from '../support/content-copy.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, loadPlanSources, splitFrontMatter } from '../../scripts/load-content.ts';
import { readContent, readContentOrThrow } from '../../scripts/read-content.ts';
import { assembleAtlas } from '../../src/lib/atlas.ts';
import { findControlCharacter } from '../../src/lib/text/control-characters.ts';
import { isCalendarDate, planSchema } from '../../src/lib/content/schemas.ts';

const BAD = join(ROOT, 'tests/fixtures/bad-plans');
const content = readContentOrThrow();
const build = (folder: string) => assembleAtlas(readContentOrThrow({ plansDir: `tests/fixtures/bad-plans/${folder}` }));

describe('bad plans fail with the file, the field and what was expected', () => {
  it.each([
    ['missing-field', /shaoxing-2020\.md: issuer: Required/],
    ['wrong-type', /shaoxing-2020\.md: years: Expected array, received string/],
    ['unknown-jurisdiction', /shaoxing-2020\.md: jurisdiction: expected one of shaoxing, jiaxing.*got "atlantis"/],
    ['duplicate-id', /shaoxing-2020\.md: id: expected an id used by no other plan \("shaoxing-2020" is also the id of .*shaoxing-2020-copy\.md\)/],
    ['empty-body', /shaoxing-2020\.md: body: expected the text of the plan/],
    ['gb18030', /shaoxing-2020\.md: encoding: expected UTF-8 text/],
  ])('%s', (folder, message) => {
    expect(() => build(folder)).toThrow(message);
  });

  it('reads a plan with a BOM and CRLF line endings exactly as the clean one', () => {
    const raw = readFileSync(join(BAD, 'bom-crlf/shaoxing-2020.md'), 'utf8');
    expect(raw.startsWith('\uFEFF') && raw.includes('\r\n')).toBe(true);
    const { data, body } = splitFrontMatter(raw.slice(1).replace(/\r\n/g, '\n'), 'clean');
    const clean = assembleAtlas({ ...content, plans: [{ file: 'shaoxing-2020.md', meta: planSchema.parse(data), body }] });
    const fromBom = build('bom-crlf');
    expect(fromBom.plans[0].plan.paragraphs).toEqual(clean.plans[0].plan.paragraphs);
    expect(fromBom.plans[0].plan.paragraphs.length).toBeGreaterThan(0);
  });

  it('keeps every paragraph of a 5 MB plan', { timeout: 120_000 }, () => {
    const source = loadPlanSources().find((s) => s.meta.id === 'hengyang-2021')!;
    const paragraphs = source.body.split('\n\n').filter((b) => b && !b.startsWith('#') && !b.startsWith('<!--'));
    let body = '';
    let copies = 0;
    const encoder = new TextEncoder();
    while (encoder.encode(body).length < 5_000_000) {
      body += `## ${copies + 1}、第${copies + 1}部分\n\n${paragraphs.join('\n\n')}\n\n`;
      copies++;
    }
    const atlas = assembleAtlas({ ...content, plans: [{ ...source, body }] });
    const parsed = atlas.plans[0].plan;
    expect(new TextEncoder().encode(body).length).toBeGreaterThanOrEqual(5_000_000);
    expect(parsed.paragraphs.length).toBe(copies * paragraphs.length);
    expect(new Set(parsed.paragraphs.map((p) => p.id)).size).toBe(parsed.paragraphs.length);
  });
});

describe('the one loader checks every content file and reports every problem at once', () => {
  const { project, edit, messages } = useContentCopy('atlas-content-');

  it('loads the committed content without a problem', () => {
    expect(readContent().problems).toEqual([]);
    expect(content.plans.map((p) => p.meta.id).sort()).toEqual(['hengyang-2021', 'inner-mongolia-2020', 'jiaxing-2020', 'ninghai-2021', 'shaoxing-2020']);
    expect(content.metrics).toHaveLength(16);
    expect(content.commitmentLexicon.levels.map((l) => l.id)).toEqual(['binding', 'action', 'exploratory']);
  });

  it('names the JSON error of jurisdictions.json (a trailing comma), and then the plans that point at it', () => {
    const root = project();
    edit(root, 'content/jurisdictions.json', (t) => t.replace(/\}\s*\]\s*$/, '},\n]\n'));
    const found = messages(root);
    expect(found[0]).toMatch(/^content\/jurisdictions\.json: \(file\): expected valid JSON \(.+\)$/);
    expect(found).toHaveLength(1);
  });

  it('lists several problems in several files in one report', () => {
    const root = project();
    edit(root, 'content/plans/shaoxing-2020.md', (t) => t.replace('published: "2021-01-13"', 'published: "2021-13-45"').replace('issuer:', 'isuer:'));
    edit(root, 'content/plans/jiaxing-2020.md', (t) => t.replace('years: [2019, 2020]', 'years: [2020, 2020]'));
    edit(root, 'content/metrics/pm25.json', (t) => t.replace('"id": "pm25"', '"id": "pm2-5"'));
    const found = messages(root);
    expect(found).toEqual(
      expect.arrayContaining([
        'content/plans/shaoxing-2020.md: published: a date YYYY-MM-DD that exists in the calendar',
        'content/plans/shaoxing-2020.md: isuer: no such field (a misspelling?); see the schema for the fields allowed',
        'content/plans/shaoxing-2020.md: issuer: Required',
        'content/plans/jiaxing-2020.md: years: distinct years in ascending order, such as [2020, 2021]',
        'content/metrics/pm25.json: id: expected the file name without .json ("pm25") (got "pm2-5")',
      ]),
    );
  });

  it('refuses a control character in a plan body, with its line and column', () => {
    const root = project();
    edit(root, 'content/plans/ninghai-2021.md', (t) => t.replace(/(\n\n)([^\n#<-])/, '$1\u0001$2'));
    expect(messages(root).join('\n')).toMatch(/content\/plans\/ninghai-2021\.md: body: expected text without control characters \(one at line \d+, column 1 \(U\+0001\)\)/);
  });

  it('refuses a seed that is not a file name in seeds/', () => {
    const root = project();
    edit(root, 'content/plans/ninghai-2021.md', (t) => t.replace(/seed: ".*"/, 'seed: ".."'));
    expect(messages(root).join('\n')).toMatch(/ninghai-2021\.md: seed: a file name in seeds\/ \(no folders\)|ninghai-2021\.md: seed: expected the name of a file in seeds\//);
  });
});

describe('calendar dates and control characters', () => {
  it.each([
    ['2021-02-28', true],
    ['2020-02-29', true],
    ['2021-02-29', false],
    ['2021-13-45', false],
    ['2021-1-5', false],
  ])('%s is a calendar date: %s', (date, ok) => expect(isCalendarDate(date)).toBe(ok));

  it('finds the first control character and leaves tabs and line feeds alone', () => {
    expect(findControlCharacter('一\t二\n三')).toBeNull();
    expect(findControlCharacter('第一行\n第二\u0000行')).toBe('line 2, column 3 (U+0000)');
  });
});

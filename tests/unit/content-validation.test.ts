import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, loadJurisdictions, loadPlanSources, loadThemes, readPlanSource, splitFrontMatter } from '../../scripts/load-content.ts';
import { planSchema } from '../../src/lib/schemas.ts';
import { assembleAtlas } from '../../src/lib/atlas.ts';

const BAD = join(ROOT, 'tests/fixtures/bad-plans');
const themes = loadThemes();
const jurisdictions = loadJurisdictions();
const build = (folder: string) => assembleAtlas(loadPlanSources(join(BAD, folder)), themes, jurisdictions);

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
    const clean = assembleAtlas([{ file: 'shaoxing-2020.md', meta: planSchema.parse(data), body }], themes, jurisdictions);
    const fromBom = build('bom-crlf');
    expect(fromBom.plans[0].plan.paragraphs).toEqual(clean.plans[0].plan.paragraphs);
    expect(fromBom.plans[0].plan.paragraphs.length).toBeGreaterThan(0);
  });

  it('keeps every paragraph of a 5 MB plan', { timeout: 120_000 }, () => {
    const source = readPlanSource(join(ROOT, 'content/plans/hengyang-2021.md'));
    const paragraphs = source.body.split('\n\n').filter((b) => b && !b.startsWith('#') && !b.startsWith('<!--'));
    let body = '';
    let copies = 0;
    const encoder = new TextEncoder();
    while (encoder.encode(body).length < 5_000_000) {
      body += `## ${copies + 1}、第${copies + 1}部分\n\n${paragraphs.join('\n\n')}\n\n`;
      copies++;
    }
    const atlas = assembleAtlas([{ ...source, body }], themes, jurisdictions);
    const parsed = atlas.plans[0].plan;
    expect(new TextEncoder().encode(body).length).toBeGreaterThanOrEqual(5_000_000);
    expect(parsed.paragraphs.length).toBe(copies * paragraphs.length);
    expect(new Set(parsed.paragraphs.map((p) => p.id)).size).toBe(parsed.paragraphs.length);
  });
});

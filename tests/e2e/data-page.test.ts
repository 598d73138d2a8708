// /data/ lists every open file with its fields, licence, version and build date, and every link on
// it opens a file of dist/; every CSV starts with a UTF-8 byte-order mark; the method page states
// its version, licence and the measured accuracy.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from './support/html.ts';
import { listFiles } from './support/pages.ts';
import { DIST } from './support/paths.ts';

const method = JSON.parse(readFileSync(join(DIST, '..', 'content/method.json'), 'utf8'));

describe('/data/', () => {
  const doc = parseFile(join(DIST, 'data/index.html'));

  it('lists every open data file of dist/ (JSON and CSV outside the search index and the charts)', () => {
    const listed = new Set([...doc.querySelectorAll('[data-file] .links a')].map((a) => a.getAttribute('href')!.replace(/^\//, '')));
    const files = listFiles().filter((rel) => /^data\/[^/]+\.(json|csv)$|^data\/plans\/[^/]+\.json$/.test(rel));
    expect(files.length).toBeGreaterThan(10);
    for (const rel of files) expect(listed, rel).toContain(rel);
    for (const href of listed) if (href.startsWith('data/')) expect(existsSync(join(DIST, href)), href).toBe(true);
  });

  it('states version, build date, licence, fields with units and a citation', () => {
    expect(doc.querySelector('[data-version]')?.textContent).toMatch(/^\d+\.\d+\.\d+$/);
    expect(doc.querySelector('[data-build-date]')?.textContent).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(doc.querySelector('[data-licence]')?.getAttribute('href')).toBe(method.licence.url);
    const indicators = doc.querySelector('[data-file="indicators.csv"] table')!;
    const rows = [...indicators.querySelectorAll('tbody tr')].map((tr) => tr.querySelector('code')?.textContent);
    expect(rows).toEqual(readFileSync(join(DIST, 'data/indicators.csv'), 'utf8').replace(/^\uFEFF/, '').split('\n')[0].split(','));
    expect(doc.querySelector('[data-citation="gbt7714"]')?.textContent).toContain('[DS/OL]');
  });
});

describe('CSV files', () => {
  it('start with a UTF-8 byte-order mark, so Excel reads the Chinese', () => {
    const csv = listFiles().filter((rel) => rel.endsWith('.csv'));
    expect(csv).toContain('data/indicators.csv');
    for (const rel of csv) expect([...readFileSync(join(DIST, rel)).subarray(0, 3)], rel).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('/about/', () => {
  it('states the method version, the licence and the measured accuracy', () => {
    const about = parseFile(join(DIST, 'about/index.html'));
    expect(about.querySelector('[data-method-version]')?.textContent).toBe(method.version);
    const table = about.querySelector('table[data-accuracy]')!.textContent ?? '';
    const m = method.accuracy.figures.measuringHalf;
    expect(table).toContain(`${m.correct}/${m.extracted}`);
    expect(table).toContain(`${method.accuracy.themes.measuringHalf.right}/${method.accuracy.themes.measuringHalf.total}`);
    expect(about.querySelectorAll('[data-similarity-bands] li').length).toBe(4);
  });
});

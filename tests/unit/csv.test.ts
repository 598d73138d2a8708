import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { csvFormat, csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { csvCell, isFormulaLike, toCsv } from '../../src/lib/csv.ts';

describe('csvCell', () => {
  it('neutralises text that a spreadsheet would run as a formula: a quote in front, the cell quoted', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","点击")')).toBe(`"'=HYPERLINK(""http://evil.example"",""点击"")"`);
    expect(csvCell('=1+1')).toBe(`"'=1+1"`);
    expect(csvCell('+cmd|\' /C calc\'!A0')).toBe(`"'+cmd|' /C calc'!A0"`);
    expect(csvCell('-2+3')).toBe(`"'-2+3"`);
    expect(csvCell('@SUM(A1:A2)')).toBe(`"'@SUM(A1:A2)"`);
    expect(csvCell('\t=1+1')).toBe(`"'\t=1+1"`);
    expect(csvCell('\r=1+1')).toBe(`"'\r=1+1"`);
    expect(csvCell('=')).toBe(`"'="`);
  });

  it('leaves numbers as numbers, whether given as numbers or as number text', () => {
    expect(csvCell(-5.4)).toBe('-5.4');
    expect(csvCell('-5.4')).toBe('-5.4');
    expect(csvCell('+3')).toBe('+3');
    expect(csvCell(0)).toBe('0');
    expect(csvCell('-1e-3')).toBe('-1e-3');
    expect(csvCell(-Infinity)).toBe('-Infinity');
    expect(isFormulaLike('-5.4')).toBe(false);
    expect(isFormulaLike('-5.4%')).toBe(true);
  });

  it('writes other text as d3-dsv does (quoted only when it holds a comma, quote or line break)', () => {
    for (const text of ['水', 'a,b', 'say "x"', 'line\nbreak', ' =1 ', '≥', 'PM2.5', '', 'x=1', '1-2']) {
      expect(csvCell(text), JSON.stringify(text)).toBe(csvFormat([{ a: text }], ['a']).split('\n').slice(1).join('\n'));
    }
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(false)).toBe('false');
  });
});

describe('toCsv', () => {
  it('is d3-dsv csvFormat plus a final line break for data with no formula-like text', () => {
    const rows = [
      { plan: 'shaoxing-2020', value: 39, quote: '细颗粒物,年均浓度', note: null },
      { plan: 'jiaxing-2020', value: -5.4, quote: '“下降”', note: undefined },
    ];
    const cols = ['plan', 'value', 'quote', 'note'];
    const plain = rows.map((r) => Object.fromEntries(cols.map((c) => [c, r[c as keyof typeof r] == null ? '' : String(r[c as keyof typeof r])])));
    expect(toCsv(rows, cols)).toBe(`${csvFormat(plain, cols)}\n`);
    expect(toCsv([], cols)).toBe('plan,value,quote,note\n');
  });

  it('keeps a formula out of a parsed spreadsheet cell while a negative number stays a number', () => {
    const csv = toCsv([{ quote: '=HYPERLINK("http://evil.example","x")', value: -5.4, unit: '-' }], ['quote', 'value', 'unit']);
    const [row] = csvParse(csv);
    expect(row.quote).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(row.value).toBe('-5.4');
    expect(Number(row.value)).toBe(-5.4);
    expect(row.unit).toBe("'-");
    // Every line is still one record: the neutralised cell is quoted, so its comma splits nothing.
    expect(csv.trimEnd().split('\n')).toHaveLength(2);
  });

  it('neutralises the header row too', () => {
    expect(toCsv([{ '=x': 1 }], ['=x'])).toBe(`"'=x"\n1\n`);
  });
});

describe('every CSV the site publishes', () => {
  /** Endpoint files under src/pages whose route ends in .csv. */
  function csvEndpoints(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return csvEndpoints(p);
      return /\.csv\.(ts|js|mjs)$/.test(e.name) ? [p] : [];
    });
  }
  const root = path.resolve(import.meta.dirname, '../..');
  const endpoints = csvEndpoints(path.join(root, 'src/pages'));

  it('is written by toCsv, so each is neutralised the same way', () => {
    expect(endpoints.length).toBeGreaterThanOrEqual(4);
    for (const file of endpoints) {
      const source = readFileSync(file, 'utf8');
      const rel = path.relative(root, file);
      expect(source, `${rel} does not import toCsv from src/lib/csv.ts`).toMatch(/import \{[^}]*\btoCsv\b[^}]*\} from '[./]+\/lib\/csv\.ts'/);
      expect(source, `${rel} calls no toCsv(…)`).toMatch(/\btoCsv\(/);
      expect(source, `${rel} formats CSV itself`).not.toMatch(/csvFormat|d3-dsv|\.join\(['"],['"]\)/);
    }
  });
});

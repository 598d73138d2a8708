// Gate: no CSV in dist/ hands a spreadsheet a formula. Every cell that starts with = + - @, a tab
// or a carriage return is either a plain number (-5.4) or neutralised ('=…, quoted), and every
// CSV has a header and rows of the header's width.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { isFormulaLike } from '../../src/lib/csv.ts';
import { listFiles } from './support/pages.ts';
import { DIST } from './support/paths.ts';

const csvFiles = listFiles().filter((rel) => rel.endsWith('.csv'));

describe('CSV files in dist/', () => {
  it('are there: matrix, indicators, programmes and one per chart', () => {
    for (const rel of ['data/matrix.csv', 'data/indicators.csv', 'data/programmes.csv']) expect(csvFiles, rel).toContain(rel);
    expect(csvFiles.filter((rel) => rel.startsWith('data/charts/')).length).toBeGreaterThan(0);
  });

  it('hold no formula-like text cell; a neutralised cell starts with a quote inside quotes', () => {
    const problems: string[] = [];
    let neutralised = 0;
    for (const rel of csvFiles) {
      const raw = readFileSync(path.join(DIST, rel), 'utf8');
      const rows = csvParseRows(raw.replace(/\n$/, ''));
      const width = rows[0]?.length ?? 0;
      rows.forEach((row, i) => {
        if (row.length !== width) problems.push(`${rel}:${i + 1}: ${row.length} cells, the header has ${width}`);
        row.forEach((cell, j) => {
          if (isFormulaLike(cell)) problems.push(`${rel}:${i + 1}:${j + 1}: ${JSON.stringify(cell.slice(0, 60))} would run as a formula`);
          if (/^'[=+\-@\t\r]/.test(cell)) neutralised++;
        });
      });
      // In the file itself a neutralised cell is quoted: "'=…".
      for (const m of raw.matchAll(/(^|,)'[=+\-@]/gm)) problems.push(`${rel}: unquoted neutralised cell at offset ${m.index}`);
    }
    expect(problems, problems.slice(0, 40).join('\n')).toEqual([]);
    console.log(`csv: ${csvFiles.length} file(s), ${neutralised} neutralised cell(s)`);
  });
});

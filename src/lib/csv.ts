/** CSV with d3-dsv: a header row of the given columns, values as they are (RFC 4180 quoting). */
import { csvFormat } from 'd3-dsv';

export function toCsv(rows: Record<string, unknown>[], columns: string[]): string {
  const plain = rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] === null || r[c] === undefined ? '' : String(r[c])])));
  return `${csvFormat(plain, columns)}\n`;
}

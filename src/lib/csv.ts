/**
 * CSV for the open data files: a header row of the given columns, then one row a record, RFC 4180
 * quoting (a cell with a comma, quote or line break is quoted, quotes doubled), rows ended by \n.
 *
 * A text cell that a spreadsheet would read as a formula — one that starts with = + - @, a tab or
 * a carriage return — is neutralised as OWASP's CSV-injection guidance advises: a single quote goes
 * in front and the cell is quoted ('=HYPERLINK(…) cannot run). Numbers are never touched: a value
 * of -5.4, as a number or as the text "-5.4", is written as -5.4.
 */

/** What a spreadsheet takes as the start of a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain decimal number, which a spreadsheet reads as a number, not a formula. */
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** Characters that need the cell quoted (the same test as d3-dsv's csvFormat). */
const NEEDS_QUOTES = /[",\n\r]/;

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** Whether a text cell would be read as a formula by a spreadsheet. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);
}

/** One cell as written in the file: empty for null and undefined, numbers as they are, formula-like text neutralised. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  const text = String(value);
  if (isFormulaLike(text)) return quote(`'${text}`);
  return NEEDS_QUOTES.test(text) ? quote(text) : text;
}

/** The UTF-8 byte-order mark: without it Excel reads a CSV in the system code page and shows the Chinese as mojibake. */
export const BOM = '\uFEFF';

/**
 * The CSV text of rows, columns in the order given (the header row names them), ending with a line break;
 * with `bom`, the text starts with the UTF-8 byte-order mark, as every published .csv file does.
 */
export function toCsv(rows: Record<string, unknown>[], columns: string[], options: { bom?: boolean } = {}): string {
  const lines = [columns.map(csvCell).join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))];
  return `${options.bom ? BOM : ''}${lines.join('\n')}\n`;
}

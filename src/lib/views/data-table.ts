/** A chart's data as the table under it shows it: header labels and every cell already formatted. */
import type { ChartColumn } from '../charts/chart.ts';
import { formatValue } from '../format.ts';

export interface TableView {
  caption: string;
  columns: { labelZh: string; labelEn: string; numeric: boolean }[];
  rows: { text: string; numeric: boolean }[][];
}

function isNumeric(c: ChartColumn): boolean {
  return c.kind === 'integer' || c.kind === 'percent' || c.kind === 'number';
}

export function tableView(columns: ChartColumn[], rows: Record<string, unknown>[], caption: string): TableView {
  return {
    caption,
    columns: columns.map((c) => ({ labelZh: c.labelZh, labelEn: c.labelEn, numeric: isNumeric(c) })),
    rows: rows.map((row) => columns.map((c) => ({ text: formatValue(row[c.key], c.kind), numeric: isNumeric(c) }))),
  };
}

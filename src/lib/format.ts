/** Number formatting for tables and labels (d3-format, so rounding is the same everywhere). */
import { format } from 'd3-format';

const percent1 = format('.1%');
const integer = format(',d');

export function formatPercent(share: number): string {
  return percent1(share);
}

export function formatInteger(n: number): string {
  return integer(n);
}

/** A table cell's text for a value of the given column kind. */
export function formatValue(value: unknown, kind: 'text' | 'integer' | 'percent' | 'number' = 'text'): string {
  if (value === null || value === undefined || value === '') return '—';
  if (kind === 'percent' && typeof value === 'number') return formatPercent(value);
  if (kind === 'integer' && typeof value === 'number') return formatInteger(value);
  if (kind === 'number' && typeof value === 'number') return format(',')(value);
  if (typeof value === 'boolean') return value ? '是 yes' : '否 no';
  return String(value);
}

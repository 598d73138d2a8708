/** Number formats the charts print, so a share reads the same in a label, a tooltip and an axis. */
import { max } from 'd3-array';

/** d3-format specifier of share axes and legends: whole per cent. */
export const SHARE_AXIS_FORMAT = '.0%';

/** A share as a label or tooltip: one decimal, "12.3%". */
export function shareText(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** A share in a heatmap cell: whole per cent without the sign. */
export function sharePercentInteger(share: number): string {
  return `${Math.round(share * 100)}`;
}

/** Round to `digits` decimals (chart rows keep the value they print). */
export function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** "Not mentioned" as the charts print it: both languages, or Chinese alone where space is short. */
export const NOT_MENTIONED = { full: '未提及 not mentioned', short: '未提及' } as const;

/** A shared upper bound for share axes, rounded up to the next 5%, so charts of one family compare. */
export function shareAxisMax(shares: number[]): number {
  // d3's max, not Math.max(...shares): a spread of every plan's share per theme overflows the stack at 10,000 plans.
  const top = Math.max(0, max(shares) ?? 0);
  return Math.max(0.05, Math.ceil(top * 20 - 1e-9) / 20);
}

/** Ticks every 10% up to `max`. */
export function shareTicks(max: number): number[] {
  const ticks: number[] = [];
  for (let i = 0; i * 0.1 <= max + 1e-9; i++) ticks.push(Math.round(i * 10) / 100);
  return ticks;
}

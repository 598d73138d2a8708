/**
 * Postings of one index key, per unit (a paragraph or a heading) in unit order:
 * bigrams keep the positions where they occur, unigrams how often, filter keys only the unit.
 *
 * Bytes: filter keys: per unit, the gap to the previous unit (varint). Positions and counts:
 * per unit, gap × 2 + 1 when it holds the key more than once (then count − 2 follows), gap × 2
 * when once, so the usual single occurrence costs no count byte; then for positions, the first
 * position and each distance to the previous one less one.
 */
import { ByteReader, ByteWriter } from './byte-codec.ts';

export const POSITIONS = 0;
export const COUNTS = 1;
export const UNITS = 2;
export type PostingKind = typeof POSITIONS | typeof COUNTS | typeof UNITS;

export class PostingsBuilder {
  /** Number of units listed. */
  df = 0;
  private last = -1;
  private readonly writer = new ByteWriter(8);
  /** The open unit and its positions so far (positions kind). */
  private open = -1;
  private readonly pending: number[] = [];

  constructor(readonly kind: PostingKind) {}

  private gap(unit: number): number {
    if (unit <= this.last) throw new RangeError(`postings: unit ${unit} added after unit ${this.last}`);
    const gap = unit - this.last - 1;
    this.last = unit;
    this.df++;
    return gap;
  }

  /** Unit gap and how often, as the format writes them. */
  private head(gap: number, count: number): void {
    if (count < 1) throw new RangeError(`postings: a unit listed ${count} times`);
    this.writer.varint(gap * 2 + (count > 1 ? 1 : 0));
    if (count > 1) this.writer.varint(count - 2);
  }

  /** Start a unit's positions; then `addPosition` for each, in ascending order, then `closeUnit`. */
  openUnit(unit: number): void {
    if (unit <= this.last) throw new RangeError(`postings: unit ${unit} added after unit ${this.last}`);
    this.open = unit;
    this.pending.length = 0;
  }

  addPosition(position: number): void {
    const previous = this.pending.length ? this.pending[this.pending.length - 1] : -1;
    if (position <= previous) throw new RangeError(`postings: position ${position} after ${previous}`);
    this.pending.push(position);
  }

  closeUnit(): void {
    this.head(this.gap(this.open), this.pending.length);
    let previous = -1;
    for (const p of this.pending) {
      this.writer.varint(previous < 0 ? p : p - previous - 1);
      previous = p;
    }
    this.pending.length = 0;
  }

  /** Positions in ascending order. */
  addPositions(unit: number, positions: readonly number[]): void {
    this.openUnit(unit);
    for (const p of positions) this.addPosition(p);
    this.closeUnit();
  }

  addCount(unit: number, count: number): void {
    this.head(this.gap(unit), count);
  }

  addUnit(unit: number): void {
    this.writer.varint(this.gap(unit));
  }

  get byteLength(): number {
    return this.writer.length;
  }

  finish(): Uint8Array {
    return this.writer.finish();
  }
}

export interface Postings {
  kind: PostingKind;
  /** Units in ascending order. */
  units: Uint32Array;
  /** Occurrences per unit (positions and counts kinds; 1 for filter keys). */
  counts: Uint32Array;
  /** Positions kind: all positions, unit after unit; unit i's are positions[starts[i] .. starts[i] + counts[i]). */
  positions: Uint32Array;
  starts: Uint32Array;
}

export function decodePostings(kind: PostingKind, df: number, bytes: Uint8Array): Postings {
  const reader = new ByteReader(bytes);
  const units = new Uint32Array(df);
  const counts = new Uint32Array(df);
  const starts = new Uint32Array(kind === POSITIONS ? df : 0);
  // There are never more positions than bytes.
  const positions = new Uint32Array(kind === POSITIONS ? bytes.length : 0);
  let total = 0;
  let unit = -1;
  for (let i = 0; i < df; i++) {
    if (kind === UNITS) {
      unit += reader.varint() + 1;
      units[i] = unit;
      counts[i] = 1;
      continue;
    }
    const head = reader.varint();
    unit += Math.floor(head / 2) + 1;
    units[i] = unit;
    const count = head % 2 ? reader.varint() + 2 : 1;
    counts[i] = count;
    if (kind === POSITIONS) {
      starts[i] = total;
      let p = reader.varint();
      positions[total++] = p;
      for (let k = 1; k < count; k++) {
        p += reader.varint() + 1;
        positions[total++] = p;
      }
    }
  }
  if (!reader.done) throw new Error('search postings: bytes left after the last unit');
  return { kind, units, counts, positions: positions.subarray(0, total), starts };
}

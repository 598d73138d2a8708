/**
 * Postings of one index key, per unit (a paragraph or a heading) in unit order:
 * bigrams keep the positions where they occur, unigrams how often, filter keys only the unit.
 *
 * Bytes: per unit, the gap to the previous unit (varint); then for positions, each position as
 * 1 + its distance from the previous one (the first from −1) and a 0 to end the unit; for
 * counts, the count.
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

  constructor(readonly kind: PostingKind) {}

  private unit(unit: number): void {
    if (unit <= this.last) throw new RangeError(`postings: unit ${unit} added after unit ${this.last}`);
    this.writer.varint(unit - this.last - 1);
    this.last = unit;
    this.df++;
  }

  private position = -1;

  /** Start a unit's positions; then `addPosition` for each, in ascending order, then `closeUnit`. */
  openUnit(unit: number): void {
    this.unit(unit);
    this.position = -1;
  }

  addPosition(position: number): void {
    if (position <= this.position) throw new RangeError(`postings: position ${position} after ${this.position}`);
    this.writer.varint(position - this.position);
    this.position = position;
  }

  closeUnit(): void {
    this.writer.varint(0);
  }

  /** Positions in ascending order. */
  addPositions(unit: number, positions: readonly number[]): void {
    this.openUnit(unit);
    for (const p of positions) this.addPosition(p);
    this.closeUnit();
  }

  addCount(unit: number, count: number): void {
    this.unit(unit);
    this.writer.varint(count);
  }

  addUnit(unit: number): void {
    this.unit(unit);
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
    unit += reader.varint() + 1;
    units[i] = unit;
    if (kind === UNITS) {
      counts[i] = 1;
    } else if (kind === COUNTS) {
      counts[i] = reader.varint();
    } else {
      starts[i] = total;
      let p = -1;
      for (let step = reader.varint(); step !== 0; step = reader.varint()) {
        p += step;
        positions[total++] = p;
      }
      counts[i] = total - starts[i];
    }
  }
  if (!reader.done) throw new Error('search postings: bytes left after the last unit');
  return { kind, units, counts, positions: positions.subarray(0, total), starts };
}

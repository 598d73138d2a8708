/**
 * Postings of one index key, per unit (a paragraph or a heading) in unit order:
 * bigrams keep the positions where they occur, unigrams how often, filter keys only the unit.
 *
 * Bits (`bit-codec.ts`): three 5-bit Exp-Golomb orders, chosen per key for its unit gaps, first
 * positions and position steps; then per unit its gap to the previous unit; for positions and
 * counts a bit that says whether the unit holds the key more than once (then count − 2, order 0);
 * for positions the first position and each step to the next less one. Varints spent whole bytes
 * on values that need a few bits; this is about a quarter smaller and gzip finds little in either.
 */
import { bestOrder, BitReader, BitWriter } from './bit-codec.ts';

export const POSITIONS = 0;
export const COUNTS = 1;
export const UNITS = 2;
export type PostingKind = typeof POSITIONS | typeof COUNTS | typeof UNITS;

export class PostingsBuilder {
  /** Number of units listed. */
  df = 0;
  private last = -1;
  private readonly gaps: number[] = [];
  private readonly counts: number[] = [];
  private readonly firsts: number[] = [];
  private readonly steps: number[] = [];
  /** The open unit's last position (positions kind), −1 before its first. */
  private position = -1;
  private open = -1;
  private openCount = 0;
  private encoded: Uint8Array | null = null;

  constructor(readonly kind: PostingKind) {}

  private unit(unit: number): void {
    if (unit <= this.last) throw new RangeError(`postings: unit ${unit} added after unit ${this.last}`);
    this.gaps.push(unit - this.last - 1);
    this.last = unit;
    this.df++;
    this.encoded = null;
  }

  /** Start a unit's positions; then `addPosition` for each, in ascending order, then `closeUnit`. */
  openUnit(unit: number): void {
    if (unit <= this.last) throw new RangeError(`postings: unit ${unit} added after unit ${this.last}`);
    this.open = unit;
    this.position = -1;
    this.openCount = 0;
  }

  addPosition(position: number): void {
    if (position <= this.position) throw new RangeError(`postings: position ${position} after ${this.position}`);
    if (this.position < 0) this.firsts.push(position);
    else this.steps.push(position - this.position - 1);
    this.position = position;
    this.openCount++;
  }

  closeUnit(): void {
    if (this.openCount === 0) throw new RangeError(`postings: unit ${this.open} has no positions`);
    this.unit(this.open);
    this.counts.push(this.openCount);
  }

  /** Positions in ascending order. */
  addPositions(unit: number, positions: readonly number[]): void {
    this.openUnit(unit);
    for (const p of positions) this.addPosition(p);
    this.closeUnit();
  }

  addCount(unit: number, count: number): void {
    if (count < 1) throw new RangeError(`postings: a unit listed ${count} times`);
    this.unit(unit);
    this.counts.push(count);
  }

  addUnit(unit: number): void {
    this.unit(unit);
  }

  get byteLength(): number {
    return this.finish().length;
  }

  finish(): Uint8Array {
    if (this.encoded) return this.encoded;
    const w = new BitWriter();
    const kGap = bestOrder(this.gaps);
    const kFirst = bestOrder(this.firsts);
    const kStep = bestOrder(this.steps);
    w.bits(kGap, 5);
    w.bits(kFirst, 5);
    w.bits(kStep, 5);
    let first = 0;
    let step = 0;
    for (let i = 0; i < this.gaps.length; i++) {
      w.expGolomb(this.gaps[i], kGap);
      if (this.kind === UNITS) continue;
      const count = this.counts[i];
      w.bit(count > 1 ? 1 : 0);
      if (count > 1) w.expGolomb(count - 2, 0);
      if (this.kind !== POSITIONS) continue;
      w.expGolomb(this.firsts[first++], kFirst);
      for (let c = 1; c < count; c++) w.expGolomb(this.steps[step++], kStep);
    }
    this.encoded = w.finish();
    return this.encoded;
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
  const r = new BitReader(bytes);
  const kGap = r.bits(5);
  const kFirst = r.bits(5);
  const kStep = r.bits(5);
  const units = new Uint32Array(df);
  const counts = new Uint32Array(df);
  const starts = new Uint32Array(kind === POSITIONS ? df : 0);
  let positions = new Uint32Array(kind === POSITIONS ? Math.max(16, df * 2) : 0);
  let total = 0;
  let unit = -1;
  for (let i = 0; i < df; i++) {
    unit += r.expGolomb(kGap) + 1;
    units[i] = unit;
    if (kind === UNITS) {
      counts[i] = 1;
      continue;
    }
    const count = r.bit() ? r.expGolomb(0) + 2 : 1;
    counts[i] = count;
    if (kind !== POSITIONS) continue;
    starts[i] = total;
    if (total + count > positions.length) {
      const grown = new Uint32Array(Math.max(positions.length * 2, total + count));
      grown.set(positions);
      positions = grown;
    }
    let p = r.expGolomb(kFirst);
    positions[total++] = p;
    for (let c = 1; c < count; c++) {
      p += r.expGolomb(kStep) + 1;
      positions[total++] = p;
    }
  }
  if (!r.done) throw new Error('search postings: bytes left after the last unit');
  return { kind, units, counts, positions: positions.subarray(0, total), starts };
}

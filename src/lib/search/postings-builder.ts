/**
 * Postings written as they are added, unit after unit (the format is `postings.ts`'s). The
 * index holds every key's postings until all units are in, so each key keeps them as varints
 * in one byte buffer, a byte or two a value: arrays of numbers took 8 bytes a value and more
 * for growth (165 MB of live heap for the bench's 500-plan corpus, 26 MB of buffers now). Per
 * unit: its gap to the previous unit; for counts the count; for positions the first position,
 * each step to the next plus one, then 0.
 */
import { BitWriter, OrderTally } from './bit-codec.ts';
import { ByteReader, ByteWriter } from './byte-codec.ts';
import { COUNTS, POSITIONS, UNITS, type PostingKind } from './postings.ts';

/** One key's postings, added in ascending unit order; `finish` encodes them. */
export class PostingsBuilder {
  /** Number of units listed. */
  df = 0;
  private last = -1;
  private readonly values = new ByteWriter();
  /** Sums and numbers of the gaps, first positions and steps, for their Exp-Golomb orders (`OrderTally`). */
  private gapSum = 0;
  private firstSum = 0;
  private firstCount = 0;
  private stepSum = 0;
  private stepCount = 0;
  /** The open unit's last position (positions kind), −1 before its first. */
  private position = -1;
  private open = -1;
  private openCount = 0;
  private encoded: Uint8Array | null = null;

  constructor(readonly kind: PostingKind) {}

  private unit(unit: number): void {
    if (unit <= this.last) throw new RangeError(`postings: unit ${unit} added after unit ${this.last}`);
    const gap = unit - this.last - 1;
    this.values.varint(gap);
    this.gapSum += gap;
    this.last = unit;
    this.df++;
    this.encoded = null;
  }

  /** Start a unit's positions; then `addPosition` for each, in ascending order, then `closeUnit`. */
  openUnit(unit: number): void {
    this.unit(unit);
    this.open = unit;
    this.position = -1;
    this.openCount = 0;
  }

  addPosition(position: number): void {
    if (position <= this.position) throw new RangeError(`postings: position ${position} after ${this.position}`);
    if (this.position < 0) {
      this.values.varint(position);
      this.firstSum += position;
      this.firstCount++;
    } else {
      const step = position - this.position - 1;
      this.values.varint(step + 1);
      this.stepSum += step;
      this.stepCount++;
    }
    this.position = position;
    this.openCount++;
  }

  closeUnit(): void {
    if (this.openCount === 0) throw new RangeError(`postings: unit ${this.open} has no positions`);
    this.values.varint(0);
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
    this.values.varint(count);
  }

  addUnit(unit: number): void {
    this.unit(unit);
  }

  get byteLength(): number {
    return this.finish().length;
  }

  finish(): Uint8Array {
    if (this.encoded) return this.encoded;
    const data = this.values.view();
    // First pass: the bits each Exp-Golomb order would spend on the gaps, first positions and steps.
    const gaps = new OrderTally(this.gapSum, this.df);
    const firsts = new OrderTally(this.firstSum, this.firstCount);
    const steps = new OrderTally(this.stepSum, this.stepCount);
    const r = new ByteReader(data);
    while (!r.done) {
      gaps.add(r.varint());
      if (this.kind === COUNTS) r.varint();
      if (this.kind !== POSITIONS) continue;
      firsts.add(r.varint());
      for (let v = r.varint(); v > 0; v = r.varint()) steps.add(v - 1);
    }
    const kGap = gaps.best();
    const kFirst = firsts.best();
    const kStep = steps.best();
    // Second pass: write the codes.
    const w = new BitWriter();
    w.bits(kGap, 5);
    w.bits(kFirst, 5);
    w.bits(kStep, 5);
    const at = new ByteReader(data);
    while (!at.done) {
      w.expGolomb(at.varint(), kGap);
      if (this.kind === UNITS) continue;
      if (this.kind === COUNTS) {
        const count = at.varint();
        w.bit(count > 1 ? 1 : 0);
        if (count > 1) w.expGolomb(count - 2, 0);
        continue;
      }
      // A unit's positions end with a 0, so its count is known once they are read.
      const start = at.offset;
      let count = 1;
      at.varint();
      while (at.varint() > 0) count++;
      w.bit(count > 1 ? 1 : 0);
      if (count > 1) w.expGolomb(count - 2, 0);
      at.offset = start;
      w.expGolomb(at.varint(), kFirst);
      for (let v = at.varint(); v > 0; v = at.varint()) w.expGolomb(v - 1, kStep);
    }
    this.encoded = w.finish();
    return this.encoded;
  }
}

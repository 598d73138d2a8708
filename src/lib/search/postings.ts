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
import { BitReader } from './bit-codec.ts';

export const POSITIONS = 0;
export const COUNTS = 1;
export const UNITS = 2;
export type PostingKind = typeof POSITIONS | typeof COUNTS | typeof UNITS;

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

/**
 * Exact matching of one term against decoded postings, on flat typed arrays: start with the
 * rarest key's positions, keep the starts every other key confirms at its offset, then count
 * without overlaps. Sorted merges throughout; no per-unit objects.
 */
import type { Postings } from './postings.ts';

/** Units (ascending) with the start positions of the term in each. */
export interface Candidates {
  units: Uint32Array;
  starts: Uint32Array;
  counts: Uint32Array;
  positions: Uint32Array;
}

/** Units (ascending) with the number of non-overlapping occurrences in each. */
export interface UnitCounts {
  units: Uint32Array;
  counts: Uint32Array;
}

/** Starts of a term whose key at `offset` is this key: its positions shifted back, within the allowed units. */
export function seedCandidates(postings: Postings, offset: number, allowed: Uint8Array | null): Candidates {
  const { units, starts, counts, positions } = postings;
  const outUnits = new Uint32Array(units.length);
  const outStarts = new Uint32Array(units.length);
  const outCounts = new Uint32Array(units.length);
  const outPositions = new Uint32Array(positions.length);
  let n = 0;
  let total = 0;
  for (let i = 0; i < units.length; i++) {
    if (allowed && !allowed[units[i]]) continue;
    const first = total;
    for (let k = starts[i], end = starts[i] + counts[i]; k < end; k++) if (positions[k] >= offset) outPositions[total++] = positions[k] - offset;
    if (total > first) {
      outUnits[n] = units[i];
      outStarts[n] = first;
      outCounts[n] = total - first;
      n++;
    }
  }
  return { units: outUnits.subarray(0, n), starts: outStarts.subarray(0, n), counts: outCounts.subarray(0, n), positions: outPositions.subarray(0, total) };
}

function lowerBound(sorted: Uint32Array, value: number, from: number): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Keep the starts where this key also sits, `offset` code points further on. */
export function confirmCandidates(candidates: Candidates, postings: Postings, offset: number): Candidates {
  const { units, starts, counts, positions } = candidates;
  const outUnits = new Uint32Array(units.length);
  const outStarts = new Uint32Array(units.length);
  const outCounts = new Uint32Array(units.length);
  const outPositions = new Uint32Array(positions.length);
  let n = 0;
  let total = 0;
  let j = 0;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    j = lowerBound(postings.units, unit, j);
    if (j >= postings.units.length) break;
    if (postings.units[j] !== unit) continue;
    const first = total;
    let k = postings.starts[j];
    const kEnd = k + postings.counts[j];
    for (let c = starts[i], cEnd = starts[i] + counts[i]; c < cEnd; c++) {
      const want = positions[c] + offset;
      while (k < kEnd && postings.positions[k] < want) k++;
      if (k >= kEnd) break;
      if (postings.positions[k] === want) outPositions[total++] = positions[c];
    }
    if (total > first) {
      outUnits[n] = unit;
      outStarts[n] = first;
      outCounts[n] = total - first;
      n++;
    }
  }
  return { units: outUnits.subarray(0, n), starts: outStarts.subarray(0, n), counts: outCounts.subarray(0, n), positions: outPositions.subarray(0, total) };
}

/** Occurrences of a term of `length` code points, counted left to right without overlaps. */
export function countCandidates(candidates: Candidates, length: number): UnitCounts {
  const { units, starts, counts, positions } = candidates;
  const out = new Uint32Array(units.length);
  for (let i = 0; i < units.length; i++) {
    let count = 0;
    let next = -1;
    for (let c = starts[i], end = starts[i] + counts[i]; c < end; c++) {
      if (positions[c] >= next) {
        count++;
        next = positions[c] + length;
      }
    }
    out[i] = count;
  }
  return { units, counts: out };
}

/** A one-character term: the unigram counts, within the allowed units. */
export function unigramCounts(postings: Postings, allowed: Uint8Array | null): UnitCounts {
  if (!allowed) return { units: postings.units, counts: postings.counts };
  const units = new Uint32Array(postings.units.length);
  const counts = new Uint32Array(postings.units.length);
  let n = 0;
  for (let i = 0; i < postings.units.length; i++) {
    if (!allowed[postings.units[i]]) continue;
    units[n] = postings.units[i];
    counts[n++] = postings.counts[i];
  }
  return { units: units.subarray(0, n), counts: counts.subarray(0, n) };
}

export const NO_UNITS: UnitCounts = { units: new Uint32Array(0), counts: new Uint32Array(0) };

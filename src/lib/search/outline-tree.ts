/**
 * Where each unit sits under the headings, for the heading-path rule: a term may be found in the
 * text of a unit or in one of the headings above it. The engine needs the parents of units in
 * every plan a query touches, not their texts, so the tree is stored apart from the outlines,
 * compactly, in files of TREE_BLOCK plans that are fetched only when a query needs them (a
 * query of several terms loads them with its shards when they come in one or two files).
 *
 * Bytes: the format (1), then per plan in manifest order: for each heading i, parent + 1 (the parent is an earlier
 * heading, or −1); then the paragraphs' parents as runs: the number of runs, and per run
 * parent + 1 and its length (paragraphs follow their headings, so runs are few).
 */
import { ByteReader, ByteWriter } from './byte-codec.ts';

/**
 * Plans per tree file: about 23 KB packed at 1,000 plans, so up to 1,024 plans come in one file,
 * which a query of several terms can load beside its shards (64 plans a file made 16 requests
 * that came after the shards, since every multi-term query needed them all).
 */
export const TREE_BLOCK = 1024;
export const TREE_FORMAT = 1;

export interface PlanTree {
  headings: number;
  /** Parent of each of the plan's units (index among its units, headings first), or −1. */
  parents: readonly number[];
}

export function encodeTreeBlock(plans: readonly PlanTree[]): Uint8Array {
  const w = new ByteWriter(256);
  w.varint(TREE_FORMAT);
  for (const { headings, parents } of plans) {
    for (let i = 0; i < headings; i++) {
      if (parents[i] >= i || parents[i] >= headings) throw new RangeError(`search tree: heading ${i} has parent ${parents[i]}, not an earlier heading`);
      w.varint(parents[i] + 1);
    }
    const runs: [number, number][] = [];
    for (let i = headings; i < parents.length; i++) {
      if (parents[i] >= headings) throw new RangeError(`search tree: unit ${i} has parent ${parents[i]}, not a heading`);
      const last = runs.at(-1);
      if (last && last[0] === parents[i]) last[1]++;
      else runs.push([parents[i], 1]);
    }
    w.varint(runs.length);
    for (const [parent, length] of runs) {
      w.varint(parent + 1);
      w.varint(length);
    }
  }
  return w.finish();
}

/** Parents of every unit of the block's plans, given each plan's number of headings and units (from the manifest). */
export function decodeTreeBlock(data: Uint8Array, plans: readonly { headings: number; units: number }[]): Int32Array[] {
  const r = new ByteReader(data);
  const format = r.varint();
  if (format !== TREE_FORMAT) throw new Error(`search tree: expected format ${TREE_FORMAT}, got ${format}`);
  const out = plans.map(({ headings, units }) => {
    const parents = new Int32Array(units);
    for (let i = 0; i < headings; i++) parents[i] = r.varint() - 1;
    let at = headings;
    for (let runs = r.varint(); runs > 0; runs--) {
      const parent = r.varint() - 1;
      const end = at + r.varint();
      if (end > units) throw new Error('search tree: more paragraphs than the manifest lists');
      parents.fill(parent, at, end);
      at = end;
    }
    if (at !== units) throw new Error('search tree: fewer paragraphs than the manifest lists');
    return parents;
  });
  if (!r.done) throw new Error('search tree: trailing bytes after the last plan');
  return out;
}

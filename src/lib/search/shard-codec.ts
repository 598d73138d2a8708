/** The binary shard file: a list of keys, each with its postings. Keys are sorted so the bytes are deterministic. */
import { ByteReader, ByteWriter } from './byte-codec.ts';
import type { PostingKind } from './postings.ts';

export const SHARD_FORMAT = 3;

export interface ShardEntry {
  key: string;
  kind: PostingKind;
  /** Units in the postings. */
  df: number;
  bytes: Uint8Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function encodeShard(entries: ShardEntry[]): Uint8Array {
  const sorted = [...entries].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const w = new ByteWriter(1024);
  w.varint(SHARD_FORMAT);
  w.varint(sorted.length);
  for (const e of sorted) {
    const key = encoder.encode(e.key);
    w.varint(key.length);
    w.bytes(key);
    w.varint(e.kind);
    w.varint(e.df);
    w.varint(e.bytes.length);
    w.bytes(e.bytes);
  }
  return w.finish();
}

export function decodeShard(data: Uint8Array): Map<string, ShardEntry> {
  const r = new ByteReader(data);
  const format = r.varint();
  if (format !== SHARD_FORMAT) throw new Error(`search shard: expected format ${SHARD_FORMAT}, got ${format}`);
  const count = r.varint();
  const out = new Map<string, ShardEntry>();
  for (let i = 0; i < count; i++) {
    const key = decoder.decode(r.bytes(r.varint()));
    const kind = r.varint() as PostingKind;
    const df = r.varint();
    const bytes = r.bytes(r.varint());
    out.set(key, { key, kind, df, bytes });
  }
  if (!r.done) throw new Error('search shard: trailing bytes after the last key');
  return out;
}

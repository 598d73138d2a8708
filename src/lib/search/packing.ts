/**
 * Search files are stored gzip-compressed, as Pagefind stores its own: the bytes a query fetches
 * and the index on disk are the compressed size whether or not the host compresses. gzip, not
 * the 12-byte-smaller zlib container, because its trailer states the unpacked size: inflate
 * then writes into one buffer of the right size. Without it fflate grows its buffer as it goes,
 * which cost 1-2 ms a file in Chromium against 0.2 ms presized (an outline or text chunk of the
 * bench's corpus; a page of results unpacks twenty or more). Packing runs at build time and keeps
 * the smaller of two deflaters (the platform's CompressionStream and fflate at level 9, about 1%
 * smaller on texts); a file that deflate cannot shrink is stored as it is, which its first byte
 * tells apart. Shards are not packed at all (`storedShard`). Unpacking runs in the browser with
 * fflate's synchronous inflate: DecompressionStream cost about 3 ms a file in Chromium however
 * small the file. Pure JavaScript and web streams: the same in Node and the browser.
 */
import { gunzipSync, gzipSync, unzlibSync } from 'fflate';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

async function pipe(data: Uint8Array, transform: CompressionStream): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** gzip's first two bytes. */
const isGzip = (data: Uint8Array) => data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b;
/** A zlib header (files packed so before gzip): deflate with a 32 KB window, its two bytes a multiple of 31. Search data never starts so unpacked. */
const isZlib = (data: Uint8Array) => data.length >= 2 && data[0] === 0x78 && ((data[0] << 8) | data[1]) % 31 === 0;

/** gzipped, or the bytes themselves when deflate does not make them smaller (and they cannot be mistaken for packed data). */
export async function packBytes(data: Uint8Array): Promise<Uint8Array> {
  const platform = await pipe(data, new CompressionStream('gzip'));
  // mtime 0: no time in the header, so two builds write the same bytes.
  const level9 = gzipSync(data, { level: 9, mtime: 0 });
  const packed = level9.length < platform.length ? level9 : platform;
  return packed.length >= data.length && !isZlib(data) && !isGzip(data) ? data : packed;
}

/**
 * A shard as it is stored: its bytes, unpacked. Postings are bit-packed (Exp-Golomb codes), so
 * deflate took about 0.5% off the shards at 1,000 plans, and inflating them was the largest part
 * of a query's time in the browser (the two largest postings of 生态环境 are 200 KB). A shard
 * starts with its format number, never with a zlib or gzip header, so readers pass it through.
 */
export function storedShard(shard: Uint8Array): Uint8Array {
  if (isZlib(shard) || isGzip(shard)) throw new Error('search shard: its first bytes read as a zlib or gzip header');
  return shard;
}

export function packJson(value: unknown): Promise<Uint8Array> {
  return packBytes(encoder.encode(JSON.stringify(value)));
}

/** The file's bytes: inflated when packed; a file stored as it is, or that a host has already unpacked (Content-Encoding), passes through. */
export function unpackBytesSync(data: Uint8Array): Uint8Array {
  if (isZlib(data)) return unzlibSync(data);
  return isGzip(data) ? gunzipSync(data) : data;
}

export async function unpackBytes(data: Uint8Array): Promise<Uint8Array> {
  return unpackBytesSync(data);
}

export async function unpackJson<T>(data: Uint8Array): Promise<T> {
  return JSON.parse(decoder.decode(unpackBytesSync(data))) as T;
}

/**
 * Search files are stored deflate-compressed (the zlib container: 6 bytes of header and checksum
 * where gzip takes 18, a saving over thousands of small files), as Pagefind stores its own: the
 * bytes a query fetches and the index on disk are the compressed size whether or not the host
 * compresses. A file that deflate cannot shrink (most shards: their postings are bit-packed
 * already) is stored as it is, which its first byte tells apart. Packing runs at build time
 * (CompressionStream, web streams, the same in Node and the browser); unpacking runs in the
 * browser with fflate's synchronous inflate: DecompressionStream cost about 3 ms a file in
 * Chromium however small the file, and a page of results unpacks twenty or more.
 */
import { gunzipSync, unzlibSync } from 'fflate';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

async function pipe(data: Uint8Array, transform: CompressionStream): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** gzip's first two bytes (files packed before deflate). */
const isGzip = (data: Uint8Array) => data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b;
/** A zlib header: deflate with a 32 KB window, its two bytes a multiple of 31. Search data never starts so unpacked. */
const isZlib = (data: Uint8Array) => data.length >= 2 && data[0] === 0x78 && ((data[0] << 8) | data[1]) % 31 === 0;

/** Deflated, or the bytes themselves when deflate does not make them smaller (and they cannot be mistaken for packed data). */
export async function packBytes(data: Uint8Array): Promise<Uint8Array> {
  const packed = await pipe(data, new CompressionStream('deflate'));
  return packed.length >= data.length && !isZlib(data) && !isGzip(data) ? data : packed;
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

/**
 * Search files are stored deflate-compressed (the zlib container: 6 bytes of header and checksum
 * where gzip takes 18, a saving over thousands of small files) and unpacked in the browser
 * (DecompressionStream), as
 * Pagefind stores its own: the bytes a query fetches and the index on disk are the compressed
 * size whether or not the host compresses. Web streams only, so the same code runs at build time
 * in Node and in the browser.
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder();

async function pipe(data: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export function packBytes(data: Uint8Array): Promise<Uint8Array> {
  return pipe(data, new CompressionStream('deflate'));
}

export function packJson(value: unknown): Promise<Uint8Array> {
  return packBytes(encoder.encode(JSON.stringify(value)));
}

/** gzip's first two bytes (files packed before deflate). */
const isGzip = (data: Uint8Array) => data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b;
/** A zlib header: deflate with a 32 KB window, its two bytes a multiple of 31. Search data never starts so unpacked. */
const isZlib = (data: Uint8Array) => data.length >= 2 && data[0] === 0x78 && ((data[0] << 8) | data[1]) % 31 === 0;

/** The file's bytes; a file a host has already unpacked (Content-Encoding) passes through. */
export async function unpackBytes(data: Uint8Array): Promise<Uint8Array> {
  if (isZlib(data)) return pipe(data, new DecompressionStream('deflate'));
  return isGzip(data) ? pipe(data, new DecompressionStream('gzip')) : data;
}

export async function unpackJson<T>(data: Uint8Array): Promise<T> {
  return JSON.parse(decoder.decode(await unpackBytes(data))) as T;
}

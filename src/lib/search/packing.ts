/**
 * Search files are stored gzip-compressed and unpacked in the browser (DecompressionStream), as
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
  return pipe(data, new CompressionStream('gzip'));
}

export function packJson(value: unknown): Promise<Uint8Array> {
  return packBytes(encoder.encode(JSON.stringify(value)));
}

/** gzip's first two bytes. A host that served the file with Content-Encoding: gzip has unpacked it already. */
const isGzip = (data: Uint8Array) => data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b;

export async function unpackBytes(data: Uint8Array): Promise<Uint8Array> {
  return isGzip(data) ? pipe(data, new DecompressionStream('gzip')) : data;
}

export async function unpackJson<T>(data: Uint8Array): Promise<T> {
  return JSON.parse(decoder.decode(await unpackBytes(data))) as T;
}

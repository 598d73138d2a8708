import { foldChar } from '../text/fold.ts';

/**
 * The one text normalisation of search: the shared character fold (NFKC, lowercase, Traditional →
 * Simplified: src/lib/text/fold.ts), whitespace runs as one space.
 * Index, query, brute-force check and highlighting all call this, so they agree character
 * for character (ＰＭ２．５ → pm2.5, VOCS → vocs, a full-width space → ' ').
 */

export interface NormalizedText {
  /** The normalised text. */
  text: string;
  /** For each UTF-16 index of `text`: where its source chunk starts in the original. */
  from: Uint32Array;
  /** For each UTF-16 index of `text`: where its source chunk ends in the original. */
  to: Uint32Array;
}

const WHITESPACE = /^\s+$/u;
/** Normalised form of chunks seen before (punctuation repeats endlessly in plan text). */
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

function normalizeChunk(chunk: string): string {
  let piece = cache.get(chunk);
  if (piece === undefined) {
    // A base character and its combining marks fold together; a lone code point folds as one.
    piece = chunk.length <= 2 && [...chunk].length === 1 ? foldChar(chunk) : chunk.normalize('NFKC').toLowerCase();
    if (WHITESPACE.test(piece)) piece = ' ';
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(chunk, piece);
  }
  return piece;
}
const COMBINING = /\p{M}/u;

/** Characters NFKC + lowercase leave as they are and that never combine: most CJK and ASCII. */
function isStable(code: number): boolean {
  if (code >= 0x20 && code < 0x7f) return !(code >= 0x41 && code <= 0x5a);
  return code >= 0x4e00 && code <= 0x9fff && foldChar(String.fromCharCode(code)) === String.fromCharCode(code);
}

/**
 * Walk the source in chunks (a code point and the combining marks after it), normalise each
 * chunk, and report every output piece with the source range it came from.
 */
function walk(source: string, emit: (piece: string, start: number, end: number) => void): void {
  let i = 0;
  let pendingSpace = -1;
  let spaceEnd = 0;
  const n = source.length;
  while (i < n) {
    const code = source.charCodeAt(i);
    let end: number;
    let piece: string;
    if (code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d) {
      end = i + 1;
      piece = ' ';
    } else if (isStable(code) && !(i + 1 < n && source.charCodeAt(i + 1) >= 0x300 && COMBINING.test(String.fromCodePoint(source.codePointAt(i + 1)!)))) {
      end = i + 1;
      piece = source[i];
    } else {
      const first = source.codePointAt(i)!;
      end = i + (first > 0xffff ? 2 : 1);
      while (end < n) {
        const next = source.codePointAt(end)!;
        if (next < 0x300 || !COMBINING.test(String.fromCodePoint(next))) break;
        end += next > 0xffff ? 2 : 1;
      }
      piece = normalizeChunk(source.slice(i, end));
    }
    if (piece === ' ') {
      if (pendingSpace < 0) pendingSpace = i;
      spaceEnd = end;
    } else {
      if (pendingSpace >= 0) {
        emit(' ', pendingSpace, spaceEnd);
        pendingSpace = -1;
      }
      if (piece !== '') emit(piece, i, end);
    }
    i = end;
  }
  if (pendingSpace >= 0) emit(' ', pendingSpace, spaceEnd);
}

/** The normalised text alone (indexing, queries, brute force). */
export function normalizeText(source: string): string {
  let out = '';
  walk(source, (piece) => {
    out += piece;
  });
  return out;
}

/** The normalised text with a map back to the original, for highlighting matches in what the reader sees. */
export function normalizeWithMap(source: string): NormalizedText {
  const pieces: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  walk(source, (piece, start, end) => {
    for (let k = 0; k < piece.length; k++) {
      starts.push(start);
      ends.push(end);
    }
    pieces.push(piece);
  });
  return { text: pieces.join(''), from: Uint32Array.from(starts), to: Uint32Array.from(ends) };
}

/** The original range [start, end) behind the normalised range [a, b). */
export function originalRange(map: NormalizedText, a: number, b: number): [number, number] {
  if (b <= a) return [map.from[a] ?? 0, map.from[a] ?? 0];
  return [map.from[a], map.to[b - 1]];
}

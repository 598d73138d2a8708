/**
 * The keys of the search index and where each is stored.
 * A term of one character is looked up by its unigram key; a longer term by character bigrams
 * at fixed offsets that together cover every character of it, so positions confirm it exactly.
 */

/** Keys that are not text (filters) start with this character, which normalised text never holds in a term. */
export const META_PREFIX = '\u0000';

export const partKey = (part: string) => `${META_PREFIX}part:${part}`;
export const themeKey = (theme: string) => `${META_PREFIX}theme:${theme}`;

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const wordCache = new Map<number, boolean>();

/** Letters and digits get unigram keys (a one-character term must hold one). */
export function isWordCodePoint(code: number): boolean {
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  let known = wordCache.get(code);
  if (known === undefined) {
    known = WORD_CHARACTER.test(String.fromCodePoint(code));
    wordCache.set(code, known);
  }
  return known;
}

export interface CoverKey {
  key: string;
  /** Offset of the key in the term, in code points. */
  offset: number;
}

/**
 * Bigrams at offsets 0, 2, 4 … and the last one: every character of the term lies in a key, so a
 * place where every key sits at its offset is a place where the whole term is.
 */
export function coverKeys(term: string): CoverKey[] {
  const points = Array.from(term);
  if (points.length === 1) return [{ key: term, offset: 0 }];
  const offsets = new Set<number>();
  for (let i = 0; i + 1 < points.length; i += 2) offsets.add(i);
  offsets.add(points.length - 2);
  return [...offsets].sort((a, b) => a - b).map((offset) => ({ key: points[offset] + points[offset + 1], offset }));
}

/**
 * The cover whose keys cost least to fetch: any bigrams of the term whose offsets leave no
 * character out (the first and last bigram are always in it). `cost` is what fetching a key
 * costs; a common bigram (生态, 环境) is skipped when rarer ones around it cover its characters.
 */
export function cheapestCoverKeys(term: string, cost: (key: string) => number): CoverKey[] {
  const points = Array.from(term);
  if (points.length <= 3) return coverKeys(term);
  const n = points.length - 1;
  const keys = Array.from({ length: n }, (_, i) => points[i] + points[i + 1]);
  // best[j]: least cost of offsets up to j, j chosen, every character 0 … j + 1 covered.
  const best: number[] = [];
  const from: number[] = [];
  for (let j = 0; j < n; j++) {
    const c = cost(keys[j]);
    if (j === 0) {
      best.push(c);
      from.push(-1);
      continue;
    }
    // The previous chosen offset is j − 1 or j − 2 (else character j would be left out).
    const k = j >= 2 && best[j - 2] < best[j - 1] ? j - 2 : j - 1;
    best.push(best[k] + c);
    from.push(k);
  }
  const offsets: number[] = [];
  for (let j = n - 1; j >= 0; j = from[j]) offsets.unshift(j);
  return offsets.map((offset) => ({ key: keys[offset], offset }));
}

/** 32-bit FNV-1a over UTF-16 code units: the same shard for a key at build time and in the browser. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function shardOf(key: string, shardCount: number): number {
  return hashKey(key) % shardCount;
}

/**
 * Where a key is stored: each heavy key (the largest postings, listed in the manifest) in a
 * shard of its own, numbered shardCount + its place in the list, so a rare key never shares a
 * file with one of them; every other key in the shard its hash names.
 */
export function shardLocator(shardCount: number, heavyKeys: readonly (readonly [string, number])[]): (key: string) => number {
  const own = new Map(heavyKeys.map(([key], i) => [key, shardCount + i]));
  return (key) => own.get(key) ?? shardOf(key, shardCount);
}

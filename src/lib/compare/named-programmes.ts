/**
 * Named programmes: the terms plans mark as names — in quotation marks (“…”, "…", 「…」, 『…』)
 * or built on the numbered pattern of Chinese policy shorthand (三线一单, 一岗双责, 双随机一公开) —
 * normalised, then counted in every plan wherever they occur, quoted or not.
 */
import { wordBoundaries } from './char-ngrams.ts';
import { hanRuns } from './han-runs.ts';

export interface NameMention {
  name: string;
  how: 'quoted' | 'numbered';
}

/** Quotation pairs. ASCII double quotes pair up left to right. */
const QUOTED = /“([^“”\n]{2,24})”|"([^"\n]{2,24})"|「([^「」\n]{2,24})」|『([^『』\n]{2,24})』/gu;
/** Inside a name: no sentence or clause punctuation (、 and + are allowed: 划、立、治, 区域环评+环境标准). */
const CLAUSE_PUNCTUATION = /[。，；：！？,;:!?（）()《》]/u;
const HAN = /\p{Script=Han}/gu;
const NUMERALS = new Set([...'一二三四五六七八九十两双百千万']);

/** A name as written, tidied: NFKC (full-width Latin and digits to ASCII), no spaces, no separators at the ends. */
export function normaliseName(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').replace(/^[、·.\-—]+|[、·.\-—]+$/gu, '');
}

/**
 * The form names are matched and counted in, for names and plan text alike: the tidy form
 * without the list separators 、 and · (双随机、一公开 = 双随机一公开, 六·五 = 六五).
 */
export function nameKey(text: string): string {
  return normaliseName(text).replace(/[、·]/gu, '');
}

/** A quoted string is a name when it has at least two Han characters and no clause punctuation. */
export function isName(name: string): boolean {
  return (name.match(HAN)?.length ?? 0) >= 2 && !CLAUSE_PUNCTUATION.test(name);
}

/** Names a text marks: quoted ones, and numbered shorthand that starts and ends on word boundaries. */
export function findNames(text: string): NameMention[] {
  const found: NameMention[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const name = normaliseName(m[1] ?? m[2] ?? m[3] ?? m[4]);
    if (isName(name)) found.push({ name, how: 'quoted' });
  }
  const quoted = found.map((f) => nameKey(f.name));
  for (const { text: run } of hanRuns(text)) {
    let marks: Uint8Array | undefined;
    for (let i = 0; i < run.length; i++) {
      if (!NUMERALS.has(run[i])) continue;
      marks ??= wordBoundaries(run);
      const name = readNumbered(run, i, marks);
      // Part of a longer quoted name (一废一库 in “一废一库一品”) is not a name of its own.
      if (name && !quoted.some((q) => q !== name && q.includes(name))) found.push({ name, how: 'numbered' });
    }
  }
  return found;
}

/**
 * Numeral, one or two characters, numeral, one or two characters (三线一单, 双随机一公开),
 * starting and ending on Intl.Segmenter word boundaries; the shortest such reading wins.
 */
function readNumbered(run: string, start: number, marks: Uint8Array): string | undefined {
  // The first numeral stands alone (三|线|一|单), unlike the 三 of 长|三角|一体化 or the 一 of 一年|一度.
  if (!marks[start] || !marks[start + 1]) return undefined;
  const plain = (from: number, to: number) => to <= run.length && [...run.slice(from, to)].every((ch) => !NUMERALS.has(ch));
  for (let first = 1; first <= 2; first++) {
    const second = start + 1 + first;
    if (!plain(start + 1, second) || !NUMERALS.has(run[second])) continue;
    for (let last = 1; last <= 2; last++) {
      const end = second + 1 + last;
      if (plain(second + 1, end) && marks[end]) return run.slice(start, end);
    }
  }
  return undefined;
}

/**
 * A quoted string counts as a programme only if at least this share of its occurrences in all
 * plans are marked: 三线一单 is quoted nearly every time, while 蓝天 or 良好, quoted once for
 * emphasis, are ordinary words elsewhere. More plans make this test surer, not weaker.
 */
export const MIN_MARKED_SHARE = 0.3;

export interface Programme {
  /** The matching form (see nameKey). */
  key: string;
  /** The form most often written between quotation marks, or else found by the numbered pattern. */
  name: string;
  /** Plans that mark it as a name (quote it, or use it as numbered shorthand). */
  markedBy: string[];
  /** Occurrences in each plan, quoted or not; plans without any are left out. */
  counts: Record<string, number>;
  /** Plans that use it at least once. */
  plans: number;
  total: number;
  /** Occurrences marked as a name, in all plans. */
  marked: number;
}

export interface ProgrammeDocument {
  id: string;
  texts: string[];
}

/** Names, each as a path of characters; a node that ends a name holds its index. */
interface TrieNode {
  next: Map<string, TrieNode>;
  name?: number;
}

function buildTrie(keys: string[]): TrieNode {
  const root: TrieNode = { next: new Map() };
  keys.forEach((key, i) => {
    let node = root;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map() }));
      node = child;
    }
    node.name = i;
  });
  return root;
}

/**
 * Non-overlapping occurrences of every key in `text` (as String.split would count each key
 * alone), in one pass however many names there are.
 */
export function countKeys(text: string, keys: string[], trie: TrieNode = buildTrie(keys)): number[] {
  const counts = new Array<number>(keys.length).fill(0);
  const nextFree = new Array<number>(keys.length).fill(0);
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    let node: TrieNode | undefined = trie;
    for (let j = i; j < chars.length; j++) {
      node = node.next.get(chars[j]);
      if (!node) break;
      if (node.name !== undefined && i >= nextFree[node.name]) {
        counts[node.name]++;
        nextFree[node.name] = j + 1;
      }
    }
  }
  return counts;
}

/** The text a plan's names are counted in: blocks in matching form, one per line so no name spans two. */
export function countingText(texts: string[]): string {
  return texts.map(nameKey).join('\n');
}

/**
 * Every named programme of the plans with its count in each (quoted or not), used by most
 * plans first. A name the plans mostly write without marks is left out (MIN_MARKED_SHARE).
 */
export function namedProgrammes(documents: ProgrammeDocument[]): Programme[] {
  const surface = new Map<string, Map<string, number>>();
  const marked = new Map<string, number>();
  const markedBy = new Map<string, Set<string>>();
  for (const d of documents) {
    for (const text of d.texts) {
      for (const { name, how } of findNames(text)) {
        const key = nameKey(name);
        if (!surface.has(key)) surface.set(key, new Map());
        // A quoted spelling is preferred to one the pattern found.
        const forms = surface.get(key)!;
        forms.set(name, (forms.get(name) ?? 0) + (how === 'quoted' ? 1 : 1e-3));
        marked.set(key, (marked.get(key) ?? 0) + 1);
        if (!markedBy.has(key)) markedBy.set(key, new Set());
        markedBy.get(key)!.add(d.id);
      }
    }
  }
  const keys = [...surface.keys()].sort();
  const trie = buildTrie(keys);
  const counts = documents.map((d) => countKeys(countingText(d.texts), keys, trie));
  return keys
    .map((key, k) => {
      const perPlan: Record<string, number> = {};
      documents.forEach((d, i) => {
        if (counts[i][k] > 0) perPlan[d.id] = counts[i][k];
      });
      const forms = [...surface.get(key)!].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      return {
        key,
        name: forms[0][0],
        markedBy: documents.map((d) => d.id).filter((id) => markedBy.get(key)!.has(id)),
        counts: perPlan,
        plans: Object.keys(perPlan).length,
        total: Object.values(perPlan).reduce((a, b) => a + b, 0),
        marked: marked.get(key)!,
      };
    })
    .filter((p) => p.marked >= MIN_MARKED_SHARE * p.total)
    .sort((a, b) => b.plans - a.plans || b.total - a.total || a.key.localeCompare(b.key));
}

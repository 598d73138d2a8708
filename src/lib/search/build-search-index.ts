/**
 * Build the search index from the atlas: every heading and paragraph is a unit; its
 * normalised text gives bigram keys with positions and unigram keys with counts; part and
 * theme become filter keys. Keys are spread over shards by hash, as many shards as the
 * index needs to keep each near the target size.
 */
import type { Atlas } from '../atlas.ts';
import { flattenSections } from '../structure.ts';
import { paragraphThemes } from '../themes.ts';
import type { PartKind } from '../types.ts';
import { isWordCodePoint, META_PREFIX, partKey, shardLocator, themeKey } from './index-keys.ts';
import { MANIFEST_FORMAT, type ManifestPlanRow, type OutlineUnit, type PlanOutline, type SearchManifest, type TextChunk } from './manifest.ts';
import { normalizeText } from './normalize.ts';
import { COUNTS, POSITIONS, UNITS } from './postings.ts';
import { PostingsBuilder } from './postings-builder.ts';
import { encodeTreeBlock, TREE_BLOCK, type PlanTree } from './outline-tree.ts';
import { encodeShard, type ShardEntry } from './shard-codec.ts';

/** Average shard size the shard count aims at (bytes before compression). */
export const TARGET_SHARD_BYTES = 8 * 1024;
/**
 * Paragraphs per text file: fewer files per result page against fewer bytes. Measured with
 * bench:search --no-pagefind at 1,000 plans (gzip files, a busy 2-core machine), complete first
 * page p50 / p95 over HTTP/2 and median bytes a query: 32 gave 88 / 154 ms and 191 KB in 1,877
 * text files; 64 gave 65 / 103 ms and 199 KB in 1,188; 128 gave 60 / 96 ms and 203 KB but
 * puts a long real plan's whole text in one file. Each request costs more than its bytes.
 */
export const CHUNK_SIZE = 64;
/** At most this many text keys with the largest postings (of half a shard or more) are listed in the manifest with their size, each in its own shard (`SearchManifest.heavyKeys`). */
export const HEAVY_KEYS = 256;

export interface PlanTexts {
  outline: PlanOutline;
  /** Chunks from 1 on (index 0 of this list is chunk 1); chunk 0 is `outline.first`. */
  chunks: TextChunk[];
}

export interface SearchIndex {
  manifest: SearchManifest;
  shards: Uint8Array[];
  /** The plans' heading trees, `manifest.treeBlock` plans a file (`searchFiles.tree`). */
  trees: Uint8Array[];
  /** One per plan, in manifest order. */
  texts: PlanTexts[];
}

export interface BuildOptions {
  targetShardBytes?: number;
  chunkSize?: number;
  /** Plans per heading-tree file (TREE_BLOCK). */
  treeBlock?: number;
}

interface Unit {
  text: string;
  part: PartKind;
  themes: string[];
}

/** A plan's units: headings first, then paragraphs, each in document order. */
export function planUnits(atlasPlan: Atlas['plans'][number]): { units: Unit[]; outline: OutlineUnit[]; headings: number } {
  const { plan, tags } = atlasPlan;
  const sections = flattenSections(plan.sections);
  const sectionIndex = new Map(sections.map((s, i) => [s.id, i]));
  const parentOf = new Map<string, number>();
  const visit = (list: typeof plan.sections, parent: number) => {
    for (const s of list) {
      parentOf.set(s.id, parent);
      visit(s.children, sectionIndex.get(s.id)!);
    }
  };
  visit(plan.sections, -1);
  const units: Unit[] = [];
  const outline: OutlineUnit[] = [];
  for (const s of sections) {
    units.push({ text: s.title, part: s.part, themes: [] });
    outline.push([s.id, s.part, parentOf.get(s.id)!]);
  }
  for (const p of plan.paragraphs) {
    const tagged = tags.get(p.id);
    units.push({ text: p.text, part: p.part, themes: tagged ? paragraphThemes(tagged) : [] });
    outline.push([p.id, p.part, sectionIndex.get(p.sectionId) ?? -1]);
  }
  return { units, outline, headings: sections.length };
}

interface KeyState {
  builder: PostingsBuilder;
  /** Occurrences in the current unit. */
  count: number;
}

/**
 * While building, characters get small dense ids and a bigram is id × CHAR_IDS + id, so map
 * keys stay small integers (fast). Past CHAR_IDS distinct characters keys are still exact,
 * only slower.
 */
const CHAR_IDS = 1 << 15;

export function buildSearchIndex(atlas: Atlas, options: BuildOptions = {}): SearchIndex {
  const target = options.targetShardBytes ?? TARGET_SHARD_BYTES;
  const chunkSize = options.chunkSize ?? CHUNK_SIZE;
  const treeBlock = options.treeBlock ?? TREE_BLOCK;
  const bigrams = new Map<number, KeyState>();
  const unigrams = new Map<number, KeyState>();
  const charIds = new Map<number, number>();
  const chars: number[] = [];
  const idOf = (code: number) => {
    let id = charIds.get(code);
    if (id === undefined) {
      charIds.set(code, (id = chars.length));
      chars.push(code);
    }
    return id;
  };
  const filters = new Map<string, PostingsBuilder>();
  const plans: ManifestPlanRow[] = [];
  const jurisdictions = [...new Map(atlas.plans.map((p) => [p.jurisdiction.id, p.jurisdiction])).values()].sort((a, b) => a.id.localeCompare(b.id));
  const jurisdictionIndex = new Map(jurisdictions.map((j, i) => [j.id, i]));
  const texts: PlanTexts[] = [];
  const trees: PlanTree[] = [];
  const touched: KeyState[] = [];
  let unit = 0;

  for (const atlasPlan of atlas.plans) {
    const { plan, jurisdiction } = atlasPlan;
    const { units, outline, headings } = planUnits(atlasPlan);
    trees.push({ headings, parents: outline.map((u) => u[2]) });
    plans.push([plan.meta.id, jurisdictionIndex.get(jurisdiction.id)!, unit, units.length, headings, plan.meta.title, [...plan.meta.years].sort((a, b) => a - b)]);
    const paragraphs = units.slice(headings).map((u) => u.text);
    const chunks: TextChunk[] = [];
    for (let c = 0; c < paragraphs.length; c += chunkSize) chunks.push(paragraphs.slice(c, c + chunkSize));
    texts.push({
      outline: {
        plan: plan.meta.id,
        headings: units.slice(0, headings).map((u) => u.text),
        units: outline,
        first: chunks[0] ?? [],
        chunks: chunks.length,
      },
      chunks: chunks.slice(1),
    });
    for (const u of units) {
      const s = normalizeText(u.text);
      let position = 0;
      let previous = -1;
      for (let i = 0; i < s.length; position++) {
        const code = s.codePointAt(i)!;
        i += code > 0xffff ? 2 : 1;
        if (code === 0x20) {
          previous = -1;
          continue;
        }
        const id = idOf(code);
        if (isWordCodePoint(code)) {
          let st = unigrams.get(id);
          if (!st) unigrams.set(id, (st = { builder: new PostingsBuilder(COUNTS), count: 0 }));
          if (st.count++ === 0) touched.push(st);
        }
        if (previous >= 0) {
          const key = previous * CHAR_IDS + id;
          let st = bigrams.get(key);
          if (!st) bigrams.set(key, (st = { builder: new PostingsBuilder(POSITIONS), count: 0 }));
          if (st.count++ === 0) {
            touched.push(st);
            st.builder.openUnit(unit);
          }
          st.builder.addPosition(position - 1);
        }
        previous = id;
      }
      for (const st of touched) {
        if (st.builder.kind === POSITIONS) st.builder.closeUnit();
        else st.builder.addCount(unit, st.count);
        st.count = 0;
      }
      touched.length = 0;
      for (const key of [partKey(u.part), ...u.themes.map(themeKey)]) {
        let b = filters.get(key);
        if (!b) filters.set(key, (b = new PostingsBuilder(UNITS)));
        b.addUnit(unit);
      }
      unit++;
    }
  }

  const keys = new Map<string, PostingsBuilder>();
  const char = (id: number) => String.fromCodePoint(chars[id]);
  for (const [k, st] of bigrams) keys.set(char(Math.floor(k / CHAR_IDS)) + char(k % CHAR_IDS), st.builder);
  for (const [k, st] of unigrams) keys.set(char(k), st.builder);
  for (const [k, b] of filters) keys.set(k, b);
  // The heaviest text keys get shards of their own; the rest are hashed into shards near the target size.
  const heavy = [...keys]
    .filter(([key]) => !key.startsWith(META_PREFIX))
    .map(([key, b]) => [key, b.byteLength] as [string, number])
    .filter(([, bytes]) => bytes >= target / 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, HEAVY_KEYS)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const heavySet = new Set(heavy.map(([key]) => key));
  let total = 0;
  for (const [key, b] of keys) if (!heavySet.has(key)) total += b.byteLength;
  const shardCount = Math.max(1, Math.ceil(total / target));
  const locate = shardLocator(shardCount, heavy);
  const buckets: ShardEntry[][] = Array.from({ length: shardCount + heavy.length }, () => []);
  for (const [key, b] of keys) buckets[locate(key)].push({ key, kind: b.kind, df: b.df, bytes: b.finish() });

  return {
    manifest: {
      format: MANIFEST_FORMAT,
      normalization: 'NFKC, lowercase, whitespace runs as one space',
      shardCount,
      unitCount: unit,
      keyCount: keys.size,
      chunkSize,
      heavyKeys: heavy,
      treeBlock,
      jurisdictions: jurisdictions.map((j) => ({ id: j.id, zh: j.nameZh, en: j.nameEn, level: j.level })),
      plans,
      themes: atlas.themes.map((t) => ({ id: t.id, zh: t.nameZh, en: t.nameEn })),
    },
    shards: buckets.map(encodeShard),
    trees: Array.from({ length: Math.ceil(trees.length / treeBlock) }, (_, b) => encodeTreeBlock(trees.slice(b * treeBlock, (b + 1) * treeBlock))),
    texts,
  };
}

/** What the browser loads first: how the index is cut into shards, and the plans it covers. */
import type { Jurisdiction, PartKind } from '../types.ts';
import { SUGGESTIONS_FILE } from './suggestions-file.ts';

/**
 * 2: plan rows carry title and years, so result groups render before any outline loads.
 * 3: the heading tree of every plan in files of `treeBlock` plans (`searchFiles.tree`).
 * 4: shards, trees and texts are stored compressed (`packing.ts`: gzip, then deflate, read alike), texts as .bin files.
 * 5: the heaviest keys in shards of their own (`heavyKeys`).
 * 6: the manifest is packed too (manifest.bin), shards are stored unpacked (`storedShard`), heading trees in files of up to 1,024 plans.
 */
export const MANIFEST_FORMAT = 6;

/**
 * One plan, compactly (a thousand of these are fetched with every first query):
 * [id, jurisdiction index, first unit, units, headings, title, years]. The plan's units are
 * numbered first … first + units − 1, its headings first, then its paragraphs.
 */
export type ManifestPlanRow = [id: string, jurisdiction: number, unitStart: number, units: number, headings: number, title: string, years: number[]];

export interface SearchManifest {
  format: typeof MANIFEST_FORMAT;
  /** How text and queries are normalised before matching. */
  normalization: 'NFKC, lowercase, whitespace runs as one space';
  /** Shards that keys are hashed into; the heavy keys' own shards follow them. */
  shardCount: number;
  /** Paragraphs and headings in all plans. */
  unitCount: number;
  keyCount: number;
  /** Paragraph texts come in files of this many paragraphs (`searchFiles.chunk`). */
  chunkSize: number;
  /**
   * The text keys with the largest postings and their size in bytes, by key: each is stored in a
   * shard of its own (number shardCount + its place here: `shardLocator`), and a query covers a
   * term with rarer keys where it can (`cheapestCoverKeys`). Every other key is no larger than
   * the smallest here.
   */
  heavyKeys: [key: string, bytes: number][];
  /** Plans per heading-tree file (`searchFiles.tree`), in manifest order. */
  treeBlock: number;
  jurisdictions: { id: string; zh: string; en: string; level: Jurisdiction['level'] }[];
  themes: { id: string; zh: string; en: string }[];
  /** In the site's plan order. */
  plans: ManifestPlanRow[];
}

export interface ManifestPlan {
  id: string;
  /** Position in the site's plan order. */
  index: number;
  jurisdiction: SearchManifest['jurisdictions'][number];
  level: Jurisdiction['level'];
  unitStart: number;
  units: number;
  headings: number;
  /** The plan's title as published. */
  title: string;
  /** Years the plan covers, ascending. */
  years: number[];
}

export function manifestPlans(manifest: SearchManifest): ManifestPlan[] {
  // A manifest of another format (a stale cache after a deploy) would give plans without titles.
  if (manifest.format !== MANIFEST_FORMAT) throw new Error(`search manifest: format ${String(manifest.format)}, this page reads format ${MANIFEST_FORMAT} (reload the page)`);
  return manifest.plans.map(([id, j, unitStart, units, headings, title, years], index) => {
    const jurisdiction = manifest.jurisdictions[j];
    if (!jurisdiction) throw new Error(`search manifest: plan "${id}" names jurisdiction ${j}, which the manifest does not list`);
    return { id, index, jurisdiction, level: jurisdiction.level, unitStart, units, headings, title, years };
  });
}

/**
 * A unit of a plan outline: [id, part, parent]. `parent` is the index of the enclosing heading
 * among the plan's units (headings come first) or −1.
 */
export type OutlineUnit = [id: string, part: PartKind, parent: number];

/** One plan's headings and unit outline: small, loaded for every plan on a result page (title and years are in the manifest). */
export interface PlanOutline {
  plan: string;
  /** Texts of the plan's headings (its first units). */
  headings: string[];
  units: OutlineUnit[];
  /** Texts of the first chunk of paragraphs, so a result page usually needs this one file per plan. */
  first: TextChunk;
  /** Number of paragraph chunks, the first included. */
  chunks: number;
}

/** Texts of the paragraphs chunk × chunkSize … (chunk + 1) × chunkSize − 1 of a plan (counting paragraphs only); chunk 0 is in the outline. */
export type TextChunk = string[];

/** File names under the search data folder (all but the shards and suggestions deflate-compressed: `packing.ts`); stable so caches and links keep working. */
export const searchFiles = {
  /** Packed JSON: 105 KB as text at 1,000 plans, 15 KB packed. */
  manifest: 'manifest.bin',
  shard: (n: number) => `shards/${String(n).padStart(4, '0')}.bin`,
  outline: (planId: string) => `text/${planId}/outline.bin`,
  /** Chunks from 1 on; chunk 0 is the outline's `first`. */
  chunk: (planId: string, chunk: number) => `text/${planId}/${chunk}.bin`,
  /** The heading tree of plans block × treeBlock … (block + 1) × treeBlock − 1. */
  tree: (block: number) => `tree/${String(block).padStart(4, '0')}.bin`,
  suggestions: SUGGESTIONS_FILE,
};

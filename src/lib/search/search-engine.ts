/**
 * The query engine, the same in the browser and in Node: it loads the manifest, then only the
 * shards a query's keys live in, and answers with exact hit counts per unit and per plan.
 * Where it reads bytes from is a parameter (fetch in the browser, memory in tests).
 */
import type { PartKind } from '../types.ts';
import { cheapestCoverKeys, partKey, shardLocator, themeKey, type CoverKey } from './index-keys.ts';
import { manifestPlans, type ManifestPlan, type PlanOutline, type SearchManifest, type TextChunk } from './manifest.ts';
import { parseQuery, type ParsedQuery } from './parse-query.ts';
import { decodePostings, type Postings } from './postings.ts';
import { decodeTreeBlock } from './outline-tree.ts';
import { decodeShard, type ShardEntry } from './shard-codec.ts';
import { confirmCandidates, countCandidates, NO_UNITS, seedCandidates, unigramCounts, type Candidates, type UnitCounts } from './term-matcher.ts';

export interface IndexSource {
  manifest(): Promise<SearchManifest>;
  shard(n: number): Promise<Uint8Array>;
  /** A file of heading trees (`searchFiles.tree`). */
  tree(block: number): Promise<Uint8Array>;
  outline(planId: string): Promise<PlanOutline>;
  chunk(planId: string, chunk: number): Promise<TextChunk>;
}

export interface SearchFilters {
  plans?: readonly string[];
  levels?: readonly ManifestPlan['level'][];
  themes?: readonly string[];
  parts?: readonly PartKind[];
}

/** `all`: every term in the unit's text or its heading path (at least one in the text); `any`: any term in the text. */
export type MatchMode = 'all' | 'any';

export interface SearchOptions {
  mode?: MatchMode;
}

/** A plan that holds a term on its own, and in how many units (within the filters). */
export interface TermPlan {
  plan: ManifestPlan;
  units: number;
}

export interface PlanHits {
  plan: ManifestPlan;
  hits: number;
  /** Occurrences of each term, in query order. */
  termHits: number[];
  /** Hits in the plan's headings. */
  headingHits: number;
  /** This plan's matching units are outcome.units[first … first + count − 1]. */
  first: number;
  count: number;
}

export interface SearchOutcome {
  query: ParsedQuery;
  mode: MatchMode;
  /** Plans with at least one matching unit, best first: more hits, more hits in headings, then plan order. */
  plans: PlanHits[];
  hits: number;
  /** Matching units (paragraphs and headings), ascending. */
  units: Uint32Array;
  /** Occurrences of each term in the text of each matching unit: termHits[term][i] for units[i]. */
  termHits: Uint32Array[];
  /** Per matching unit: bit t set when term t is not in its text but in a heading above it. */
  headingOnly: Uint8Array;
  /** Units whose text holds each term on its own (within the filters); null before the search reached it. */
  termUnits: (number | null)[];
  /** Per term: the plans whose units hold it on its own (within the filters), in the site's plan order. */
  termPlans: TermPlan[][];
}

export interface UnitHit {
  unit: number;
  hits: number;
  termHits: number[];
  /** Bit t: term t is only in a heading above the unit. */
  headingOnly: number;
}

/** The matching units of one plan, in unit order. */
export function unitHits(outcome: SearchOutcome, plan: PlanHits): UnitHit[] {
  const out: UnitHit[] = [];
  for (let i = plan.first; i < plan.first + plan.count; i++) {
    const termHits = outcome.termHits.map((t) => t[i]);
    out.push({ unit: outcome.units[i], hits: termHits.reduce((a, b) => a + b, 0), termHits, headingOnly: outcome.headingOnly[i] });
  }
  return out;
}

/** What one more key costs beyond its bytes (a request, a shard's other keys), in bytes, when choosing a cover. */
const REQUEST_BYTES = 2048;

/** Shards fetched together before the engine checks whether it can stop early. */
const SHARDS_PER_ROUND = 12;

/** A query of several terms loads the heading trees with its shards when they are in at most this many files (else after them, only the files it needs). */
const PREFETCH_TREE_FILES = 2;

/** Split cover keys into rounds that each touch at most `limit` shards. */
function rounds(keys: CoverKey[], locate: (key: string) => number, limit: number): CoverKey[][] {
  const out: CoverKey[][] = [];
  let current: CoverKey[] = [];
  let shards = new Set<number>();
  for (const k of keys) {
    const s = locate(k.key);
    if (!shards.has(s) && shards.size >= limit) {
      out.push(current);
      current = [];
      shards = new Set();
    }
    shards.add(s);
    current.push(k);
  }
  if (current.length) out.push(current);
  return out;
}

/** What the engine derives from a manifest, once per manifest (a page loads it once per visit). */
interface Derived {
  plans: ManifestPlan[];
  byId: Map<string, ManifestPlan>;
  /** 1 for every heading unit. */
  headings: Uint8Array;
}

const derivedFrom = new WeakMap<SearchManifest, Derived>();

function derive(manifest: SearchManifest): Derived {
  let d = derivedFrom.get(manifest);
  if (!d) {
    const plans = manifestPlans(manifest);
    const headings = new Uint8Array(manifest.unitCount);
    for (const p of plans) headings.fill(1, p.unitStart, p.unitStart + p.headings);
    d = { plans, byId: new Map(plans.map((p) => [p.id, p])), headings };
    derivedFrom.set(manifest, d);
  }
  return d;
}

export class SearchEngine {
  private manifestPromise: Promise<SearchManifest> | undefined;
  private readonly shards = new Map<number, Promise<Map<string, ShardEntry>>>();
  private readonly decoded = new Map<string, Postings | null>();
  private readonly files = new Map<string, Promise<unknown>>();
  private readonly trees = new Map<number, Promise<Int32Array[]>>();

  constructor(private readonly source: IndexSource) {}

  manifest(): Promise<SearchManifest> {
    if (!this.manifestPromise) {
      this.manifestPromise = this.source.manifest();
      this.manifestPromise.catch(() => (this.manifestPromise = undefined));
    }
    return this.manifestPromise;
  }

  async plans(): Promise<ManifestPlan[]> {
    return derive(await this.manifest()).plans;
  }

  /** Load once, forget failures so a retry can succeed. */
  private once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let p = this.files.get(key) as Promise<T> | undefined;
    if (!p) {
      p = load();
      this.files.set(key, p);
      p.catch(() => this.files.delete(key));
    }
    return p;
  }

  outline(planId: string): Promise<PlanOutline> {
    return this.once(`o:${planId}`, () => this.source.outline(planId));
  }

  /** The text of a plan's unit (by its index among the plan's units). */
  async unitText(planId: string, index: number): Promise<string> {
    const plan = derive(await this.manifest()).byId.get(planId);
    if (!plan) throw new Error(`search: no plan "${planId}" in the manifest`);
    if (index < plan.headings) return (await this.outline(planId)).headings[index];
    const { chunkSize } = await this.manifest();
    const paragraph = index - plan.headings;
    const chunk = Math.floor(paragraph / chunkSize);
    const texts = chunk === 0 ? (await this.outline(planId)).first : await this.once(`c:${planId}:${chunk}`, () => this.source.chunk(planId, chunk));
    const text = texts[paragraph - chunk * chunkSize];
    if (text === undefined) throw new Error(`search: plan "${planId}" has no text for unit ${index}`);
    return text;
  }

  private shard(n: number): Promise<Map<string, ShardEntry>> {
    let s = this.shards.get(n);
    if (!s) {
      s = this.source.shard(n).then(decodeShard);
      this.shards.set(n, s);
      s.catch(() => this.shards.delete(n));
    }
    return s;
  }

  private async postings(key: string): Promise<Postings | null> {
    if (this.decoded.has(key)) return this.decoded.get(key)!;
    const entry = (await this.shard(this.locator(await this.manifest())(key))).get(key);
    const postings = entry ? decodePostings(entry.kind, entry.df, entry.bytes) : null;
    this.decoded.set(key, postings);
    return postings;
  }

  private costOf: ((key: string) => number) | undefined;
  private locate: ((key: string) => number) | undefined;

  /** The shard each key is stored in. */
  private locator(manifest: SearchManifest): (key: string) => number {
    this.locate ??= shardLocator(manifest.shardCount, manifest.heavyKeys);
    return this.locate;
  }

  /** Bytes a key is likely to cost: its size when the manifest lists it, else the smallest listed size, plus a request. */
  private keyCost(manifest: SearchManifest): (key: string) => number {
    if (!this.costOf) {
      const heavy = new Map(manifest.heavyKeys);
      const floor = Math.min(REQUEST_BYTES, ...heavy.values());
      this.costOf = (key) => (heavy.get(key) ?? floor) + REQUEST_BYTES;
    }
    return this.costOf;
  }

  /** Units the filters allow, or null when there are no filters. */
  private async allowedUnits(manifest: SearchManifest, plans: ManifestPlan[], filters: SearchFilters): Promise<Uint8Array | null> {
    const planIds = filters.plans?.length ? new Set(filters.plans) : null;
    const levels = filters.levels?.length ? new Set(filters.levels) : null;
    const themes = filters.themes?.length ? filters.themes : null;
    const parts = filters.parts?.length ? filters.parts : null;
    if (!planIds && !levels && !themes && !parts) return null;
    const mask = new Uint8Array(manifest.unitCount);
    // Each active filter adds one to the units it allows; a unit stays when all of them did.
    let needed = 0;
    if (planIds || levels) {
      needed++;
      for (const p of plans) {
        if ((planIds && !planIds.has(p.id)) || (levels && !levels.has(p.level))) continue;
        mask.fill(1, p.unitStart, p.unitStart + p.units);
      }
    }
    for (const keys of [themes?.map(themeKey), parts?.map(partKey)]) {
      if (!keys) continue;
      needed++;
      const seen = new Uint8Array(manifest.unitCount);
      for (const postings of await Promise.all(keys.map((k) => this.postings(k)))) {
        if (postings) for (const u of postings.units) seen[u] = 1;
      }
      for (let u = 0; u < mask.length; u++) mask[u] += seen[u];
    }
    for (let u = 0; u < mask.length; u++) mask[u] = mask[u] === needed ? 1 : 0;
    return mask;
  }

  /** The keys a term is looked up by, in rounds of at most SHARDS_PER_ROUND shards. */
  private termRounds(manifest: SearchManifest, term: string): CoverKey[][] {
    if (Array.from(term).length === 1) return [[{ key: term, offset: 0 }]];
    return rounds(cheapestCoverKeys(term, this.keyCost(manifest)), this.locator(manifest), SHARDS_PER_ROUND);
  }

  /**
   * Start loading, before anything is awaited, what the query will need at once: the shards of
   * every term's first round, and for several terms (the heading-path rule) the heading trees,
   * when they come in few files, so they arrive with the shards instead of in a round after them.
   */
  private prefetch(manifest: SearchManifest, plans: ManifestPlan[], terms: readonly string[], mode: MatchMode): void {
    const locate = this.locator(manifest);
    for (const term of terms) for (const k of this.termRounds(manifest, term)[0]) this.shard(locate(k.key)).catch(() => undefined);
    const treeFiles = Math.ceil(plans.length / manifest.treeBlock);
    if (mode === 'all' && terms.length > 1 && treeFiles <= PREFETCH_TREE_FILES) {
      for (let b = 0; b < treeFiles; b++) this.tree(b).catch(() => undefined);
    }
  }

  /** Units where the term occurs, with exact counts (no overlaps, as find-in-page counts). */
  private async matchTerm(term: string, allowed: Uint8Array | null): Promise<UnitCounts> {
    const manifest = await this.manifest();
    const length = Array.from(term).length;
    if (length === 1) {
      const postings = await this.postings(term);
      return postings ? unigramCounts(postings, allowed) : NO_UNITS;
    }
    let candidates: Candidates | null = null;
    for (const round of this.termRounds(manifest, term)) {
      const loaded = await Promise.all(round.map(async (k) => ({ offset: k.offset, postings: await this.postings(k.key) })));
      if (loaded.some((k) => !k.postings)) return NO_UNITS;
      // The rarest key first: every later step only narrows what it found.
      loaded.sort((a, b) => a.postings!.units.length - b.postings!.units.length);
      for (const { offset, postings } of loaded) {
        candidates = candidates === null ? seedCandidates(postings!, offset, allowed) : confirmCandidates(candidates, postings!, offset);
        if (candidates.units.length === 0) return NO_UNITS;
      }
    }
    return candidates ? countCandidates(candidates, length) : NO_UNITS;
  }

  /** Parents of every unit of each plan in a tree block (`outline-tree.ts`). */
  private tree(block: number): Promise<Int32Array[]> {
    let t = this.trees.get(block);
    if (!t) {
      t = Promise.all([this.manifest(), this.plans(), this.source.tree(block)]).then(([manifest, plans, bytes]) =>
        decodeTreeBlock(bytes, plans.slice(block * manifest.treeBlock, (block + 1) * manifest.treeBlock)),
      );
      this.trees.set(block, t);
      t.catch(() => this.trees.delete(block));
    }
    return t;
  }


  /**
   * Exact answer to a query. Mode `all` (the default): a unit matches when every term is in its
   * text or in the text of a heading above it, and at least one term is in its own text. Mode
   * `any`: a unit matches when any term is in its text. Hits count occurrences in the units' own
   * text; `headingOnly` marks the terms a unit has only in its heading path.
   */
  async search(query: string | ParsedQuery, filters: SearchFilters = {}, options: SearchOptions = {}): Promise<SearchOutcome> {
    const parsed = typeof query === 'string' ? parseQuery(query) : query;
    const mode: MatchMode = options.mode === 'any' ? 'any' : 'all';
    const termUnits: (number | null)[] = parsed.terms.map(() => null);
    const termPlans: TermPlan[][] = parsed.terms.map(() => []);
    const empty = (): SearchOutcome => ({ query: parsed, mode, plans: [], hits: 0, units: new Uint32Array(0), termHits: parsed.terms.map(() => new Uint32Array(0)), headingOnly: new Uint8Array(0), termUnits, termPlans });
    if (parsed.terms.length === 0) return empty();
    const manifest = await this.manifest();
    const plans = await this.plans();
    this.prefetch(manifest, plans, parsed.terms, mode);
    const allowed = await this.allowedUnits(manifest, plans, filters);
    const headings = derive(manifest).headings;
    // Headings are searched whatever the filters: a heading above an allowed unit can hold a term.
    let searchMask: Uint8Array | null = null;
    if (allowed && mode === 'all') {
      searchMask = new Uint8Array(manifest.unitCount);
      for (let u = 0; u < searchMask.length; u++) searchMask[u] = allowed[u] | headings[u];
    }
    // Every term at once: their shards load in one round, not one round per term.
    const found: UnitCounts[] = await Promise.all(parsed.terms.map((term) => this.matchTerm(term, mode === 'all' ? searchMask : allowed)));
    const inText = found.map((f) => (allowed && mode === 'all' ? keepUnits(f, allowed) : f));
    inText.forEach((f, t) => {
      termUnits[t] = f.units.length;
      termPlans[t] = plansOf(f.units, plans);
    });
    if (mode === 'all' && found.some((f) => f.units.length === 0)) return empty();
    const merged = mergeUnits(inText);
    const headingOnly = new Uint8Array(merged.units.length);
    let keep: Uint8Array | null = null;
    // One term is in the text of every unit found: no heading path to check.
    if (mode === 'all' && inText.length > 1) {
      keep = await this.checkHeadingPaths(merged, found, headings, plans, manifest.treeBlock, headingOnly);
    }
    const kept = keep ? compact(merged, headingOnly, keep) : { ...merged, headingOnly };
    if (kept.units.length === 0) return empty();
    return this.group(parsed, mode, plans, kept.units, kept.termHits, kept.headingOnly, termUnits, termPlans);
  }

  /**
   * For each unit missing some term in its text: keep it when each missing term is in a heading
   * above it (marking those terms in `headingOnly`). Loads the heading trees of the plans that
   * need them and no others.
   */
  private async checkHeadingPaths(merged: Merged, found: UnitCounts[], headings: Uint8Array, plans: ManifestPlan[], treeBlock: number, headingOnly: Uint8Array): Promise<Uint8Array> {
    const { units, termHits } = merged;
    const keep = new Uint8Array(units.length);
    // Per term: its heading units, and the plans where it has any.
    const headingHas: Uint8Array[] = [];
    const planHas: Uint8Array[] = [];
    // Units come in ascending order, so the plan of each is found by walking forward.
    const starts = Int32Array.from(plans, (p) => p.unitStart);
    const advance = (p: number, unit: number) => {
      while (p + 1 < starts.length && starts[p + 1] <= unit) p++;
      return p;
    };
    for (const f of found) {
      const mask = new Uint8Array(headings.length);
      const inPlan = new Uint8Array(plans.length);
      let p = 0;
      for (const u of f.units) {
        if (!headings[u]) continue;
        mask[u] = 1;
        p = advance(p, u);
        inPlan[p] = 1;
      }
      headingHas.push(mask);
      planHas.push(inPlan);
    }
    const pending: number[] = [];
    const blocks = new Set<number>();
    let p = 0;
    for (let i = 0; i < units.length; i++) {
      let missing = false;
      let possible = true;
      p = advance(p, units[i]);
      for (let t = 0; t < termHits.length; t++) {
        if (termHits[t][i]) continue;
        missing = true;
        if (!planHas[t][p]) possible = false;
      }
      if (!missing) keep[i] = 1;
      else if (possible) {
        pending.push(i);
        blocks.add(Math.floor(p / treeBlock));
      }
    }
    if (!pending.length) return keep;
    const trees = new Map(await Promise.all([...blocks].map(async (b) => [b, await this.tree(b)] as const)));
    p = 0;
    for (const i of pending) {
      p = advance(p, units[i]);
      const plan = plans[p];
      const parents = trees.get(Math.floor(p / treeBlock))![p % treeBlock];
      let ok = true;
      let bits = 0;
      for (let t = 0; t < termHits.length && ok; t++) {
        if (termHits[t][i]) continue;
        let above = false;
        for (let a = parents[units[i] - plan.unitStart]; a >= 0 && !above; a = parents[a]) above = headingHas[t][plan.unitStart + a] === 1;
        if (above) bits |= 1 << t;
        else ok = false;
      }
      if (ok) {
        keep[i] = 1;
        headingOnly[i] = bits;
      }
    }
    return keep;
  }

  /** Plan groups of the matching units, best first. */
  private group(parsed: ParsedQuery, mode: MatchMode, plans: ManifestPlan[], matched: Uint32Array, termHits: Uint32Array[], headingOnly: Uint8Array, termUnits: (number | null)[], termPlans: TermPlan[][]): SearchOutcome {
    const groups: PlanHits[] = [];
    let p = 0;
    for (let i = 0; i < matched.length; i++) {
      const unit = matched[i];
      while (plans[p].unitStart + plans[p].units <= unit) p++;
      let group = groups.at(-1);
      if (!group || group.plan !== plans[p]) {
        group = { plan: plans[p], hits: 0, termHits: parsed.terms.map(() => 0), headingHits: 0, first: i, count: 0 };
        groups.push(group);
      }
      group.count++;
      let hits = 0;
      for (let t = 0; t < termHits.length; t++) {
        group.termHits[t] += termHits[t][i];
        hits += termHits[t][i];
      }
      group.hits += hits;
      if (unit - plans[p].unitStart < plans[p].headings) group.headingHits += hits;
    }
    groups.sort((a, b) => b.hits - a.hits || b.headingHits - a.headingHits || a.plan.index - b.plan.index);
    return { query: parsed, mode, plans: groups, hits: groups.reduce((n, g) => n + g.hits, 0), units: matched, termHits, headingOnly, termUnits, termPlans };
  }
}

interface Merged {
  units: Uint32Array;
  termHits: Uint32Array[];
}

/** The units within `allowed`. */
function keepUnits(found: UnitCounts, allowed: Uint8Array): UnitCounts {
  const units = new Uint32Array(found.units.length);
  const counts = new Uint32Array(found.units.length);
  let n = 0;
  for (let i = 0; i < found.units.length; i++) {
    if (!allowed[found.units[i]]) continue;
    units[n] = found.units[i];
    counts[n++] = found.counts[i];
  }
  return { units: units.subarray(0, n), counts: counts.subarray(0, n) };
}

/** Every unit any term is in, ascending, with each term's count there (0 where it is not). */
function mergeUnits(lists: UnitCounts[]): Merged {
  // One list is ascending and unique already (copied: it may be the cached postings themselves).
  if (lists.length === 1) return { units: lists[0].units.slice(), termHits: [lists[0].counts.slice()] };
  let total = 0;
  for (const l of lists) total += l.units.length;
  const all = new Uint32Array(total);
  let at = 0;
  for (const l of lists) {
    all.set(l.units, at);
    at += l.units.length;
  }
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i];
  const units = all.slice(0, n);
  const termHits = lists.map((l) => {
    const out = new Uint32Array(n);
    for (let i = 0, j = 0; i < l.units.length; i++) {
      while (units[j] < l.units[i]) j++;
      out[j] = l.counts[i];
    }
    return out;
  });
  return { units, termHits };
}

function compact(merged: Merged, headingOnly: Uint8Array, keep: Uint8Array): Merged & { headingOnly: Uint8Array } {
  let n = 0;
  for (const k of keep) n += k;
  const units = new Uint32Array(n);
  const termHits = merged.termHits.map(() => new Uint32Array(n));
  const only = new Uint8Array(n);
  for (let i = 0, j = 0; i < keep.length; i++) {
    if (!keep[i]) continue;
    units[j] = merged.units[i];
    merged.termHits.forEach((h, t) => (termHits[t][j] = h[i]));
    only[j++] = headingOnly[i];
  }
  return { units, termHits, headingOnly: only };
}

/** The plans that hold these units (ascending), each with how many, in the site's plan order. */
function plansOf(units: Uint32Array, plans: ManifestPlan[]): TermPlan[] {
  const out: TermPlan[] = [];
  let p = 0;
  for (const unit of units) {
    while (plans[p].unitStart + plans[p].units <= unit) p++;
    const last = out.at(-1);
    if (last && last.plan === plans[p]) last.units++;
    else out.push({ plan: plans[p], units: 1 });
  }
  return out;
}

/**
 * The query engine, the same in the browser and in Node: it loads the manifest, then only the
 * shards a query's keys live in, and answers with exact hit counts per unit and per plan.
 * Where it reads bytes from is a parameter (fetch in the browser, memory in tests).
 */
import type { PartKind } from '../types.ts';
import { coverKeys, partKey, shardOf, themeKey, type CoverKey } from './index-keys.ts';
import { manifestPlans, type ManifestPlan, type PlanOutline, type SearchManifest, type TextChunk } from './manifest.ts';
import { parseQuery, type ParsedQuery } from './parse-query.ts';
import { decodePostings, type Postings } from './postings.ts';
import { decodeShard, type ShardEntry } from './shard-codec.ts';
import { confirmCandidates, countCandidates, NO_UNITS, seedCandidates, unigramCounts, type Candidates, type UnitCounts } from './term-matcher.ts';

export interface IndexSource {
  manifest(): Promise<SearchManifest>;
  shard(n: number): Promise<Uint8Array>;
  outline(planId: string): Promise<PlanOutline>;
  chunk(planId: string, chunk: number): Promise<TextChunk>;
}

export interface SearchFilters {
  plans?: readonly string[];
  levels?: readonly ManifestPlan['level'][];
  themes?: readonly string[];
  parts?: readonly PartKind[];
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
  /** Plans with at least one matching unit, best first: more hits, more hits in headings, then plan order. */
  plans: PlanHits[];
  hits: number;
  /** Matching units (paragraphs and headings), ascending. */
  units: Uint32Array;
  /** Occurrences of each term in each matching unit: termHits[term][i] for units[i]. */
  termHits: Uint32Array[];
  /** Units each term matches on its own (within the filters), or null when the search stopped before that term. */
  termUnits: (number | null)[];
}

export interface UnitHit {
  unit: number;
  hits: number;
  termHits: number[];
}

/** The matching units of one plan, in unit order. */
export function unitHits(outcome: SearchOutcome, plan: PlanHits): UnitHit[] {
  const out: UnitHit[] = [];
  for (let i = plan.first; i < plan.first + plan.count; i++) {
    const termHits = outcome.termHits.map((t) => t[i]);
    out.push({ unit: outcome.units[i], hits: termHits.reduce((a, b) => a + b, 0), termHits });
  }
  return out;
}

/** Shards fetched together before the engine checks whether it can stop early. */
const SHARDS_PER_ROUND = 12;

/** Split cover keys into rounds that each touch at most `limit` shards. */
function rounds(keys: CoverKey[], shardCount: number, limit: number): CoverKey[][] {
  const out: CoverKey[][] = [];
  let current: CoverKey[] = [];
  let shards = new Set<number>();
  for (const k of keys) {
    const s = shardOf(k.key, shardCount);
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

export class SearchEngine {
  private manifestPromise: Promise<SearchManifest> | undefined;
  private plansCache: ManifestPlan[] | undefined;
  private plansById: Map<string, ManifestPlan> | undefined;
  private readonly shards = new Map<number, Promise<Map<string, ShardEntry>>>();
  private readonly decoded = new Map<string, Postings | null>();
  private readonly files = new Map<string, Promise<unknown>>();

  constructor(private readonly source: IndexSource) {}

  manifest(): Promise<SearchManifest> {
    if (!this.manifestPromise) {
      this.manifestPromise = this.source.manifest();
      this.manifestPromise.catch(() => (this.manifestPromise = undefined));
    }
    return this.manifestPromise;
  }

  async plans(): Promise<ManifestPlan[]> {
    this.plansCache ??= manifestPlans(await this.manifest());
    return this.plansCache;
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
    this.plansById ??= new Map((await this.plans()).map((p) => [p.id, p]));
    const plan = this.plansById.get(planId);
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
    const { shardCount } = await this.manifest();
    const entry = (await this.shard(shardOf(key, shardCount))).get(key);
    const postings = entry ? decodePostings(entry.kind, entry.df, entry.bytes) : null;
    this.decoded.set(key, postings);
    return postings;
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

  /** Units where the term occurs, with exact counts (no overlaps, as find-in-page counts). */
  private async matchTerm(term: string, allowed: Uint8Array | null, shardCount: number): Promise<UnitCounts> {
    const length = Array.from(term).length;
    if (length === 1) {
      const postings = await this.postings(term);
      return postings ? unigramCounts(postings, allowed) : NO_UNITS;
    }
    let candidates: Candidates | null = null;
    for (const round of rounds(coverKeys(term), shardCount, SHARDS_PER_ROUND)) {
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

  async search(query: string | ParsedQuery, filters: SearchFilters = {}): Promise<SearchOutcome> {
    const parsed = typeof query === 'string' ? parseQuery(query) : query;
    const termUnits: (number | null)[] = parsed.terms.map(() => null);
    const empty = (): SearchOutcome => ({ query: parsed, plans: [], hits: 0, units: new Uint32Array(0), termHits: parsed.terms.map(() => new Uint32Array(0)), termUnits });
    if (parsed.terms.length === 0) return empty();
    const manifest = await this.manifest();
    const plans = await this.plans();
    const allowed = await this.allowedUnits(manifest, plans, filters);
    // AND, term by term: keep the units every term so far matched, stop once none are left.
    let units: Uint32Array | null = null;
    let termHits: Uint32Array[] = [];
    for (let t = 0; t < parsed.terms.length; t++) {
      const found = await this.matchTerm(parsed.terms[t], allowed, manifest.shardCount);
      termUnits[t] = found.units.length;
      if (units === null) {
        units = found.units;
        termHits = [found.counts];
      } else {
        const keep: Uint32Array = new Uint32Array(Math.min(units.length, found.units.length));
        const kept: Uint32Array[] = [...termHits, found.counts].map(() => new Uint32Array(keep.length));
        let n = 0;
        for (let i = 0, j = 0; i < units.length && j < found.units.length; ) {
          if (units[i] < found.units[j]) i++;
          else if (units[i] > found.units[j]) j++;
          else {
            keep[n] = units[i];
            termHits.forEach((h, k) => (kept[k][n] = h[i]));
            kept[termHits.length][n] = found.counts[j];
            n++;
            i++;
            j++;
          }
        }
        units = keep.subarray(0, n);
        termHits = kept.map((k) => k.subarray(0, n));
      }
      if (units!.length === 0) return empty();
    }
    const matched = units!;
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
    return { query: parsed, plans: groups, hits: groups.reduce((n, g) => n + g.hits, 0), units: matched, termHits, termUnits };
  }
}

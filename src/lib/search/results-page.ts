/**
 * One page of results in two steps: the plan groups, known from the outcome and the manifest
 * (`paginateResults`, no fetch), then each group's matching paragraphs and headings with their
 * heading paths (`loadGroupItems`), which loads only that plan's outline and the texts of the
 * items shown; snippets are cut only for those (`resultRuns`).
 */
import type { Run } from '../highlight.ts';
import type { PartKind } from '../types.ts';
import type { ManifestPlan, PlanOutline } from './manifest.ts';
import { unitHits, type PlanHits, type SearchEngine, type SearchOutcome, type UnitHit } from './search-engine.ts';
import { highlightAll, snippetRuns } from './snippet.ts';

export const PLANS_PER_PAGE = 10;
/** Items of a plan shown before "show all". */
export const ITEMS_SHOWN = 3;

/**
 * How many of a group's items a page shows before "show all": every one when the results hold one
 * plan only (a plan filter, or a single plan matching), else the first ITEMS_SHOWN.
 */
export function itemsShown(outcome: Pick<SearchOutcome, 'plans'>, group: Pick<ResultGroup, 'count'>): number {
  return outcome.plans.length === 1 ? group.count : Math.min(group.count, ITEMS_SHOWN);
}

export interface ResultItem {
  /** Paragraph or heading id: the anchor on the plan page. */
  id: string;
  /** Index among the plan's units. */
  index: number;
  kind: 'heading' | 'paragraph';
  part: PartKind;
  /** Titles of the enclosing headings, outermost first. */
  path: string[];
  /** The unit's whole text as published, once loaded (`loadGroupItems`). */
  text: string | null;
  hits: number;
  termHits: number[];
  /** Bit t: term t is not in the unit's text but in a heading of its path (marked there). */
  headingOnly: number;
}

/**
 * One plan on a results page, known from the outcome and the manifest alone (title,
 * jurisdiction, level, years, hits per plan and per term, matching units): it can be drawn
 * before any file is fetched.
 */
export type ResultGroup = PlanHits;

/** A group with its items ranked and the shown items' texts loaded (`loadGroupItems`). */
export interface LoadedGroup extends ResultGroup {
  /** Best first: more hits, headings before paragraphs, then document order (`rankUnitHits`). */
  items: ResultItem[];
}

export interface ResultsPage<G extends ResultGroup = ResultGroup> {
  /** The page shown (a page past the end shows the last one). */
  page: number;
  pageCount: number;
  groups: G[];
}

/** The plan groups of one page, straight from the outcome: nothing to load, so they paint with the counts. */
export function paginateResults(outcome: SearchOutcome, page = 1, perPage = PLANS_PER_PAGE): ResultsPage {
  const pageCount = Math.max(1, Math.ceil(outcome.plans.length / perPage));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  return { page: current, pageCount, groups: outcome.plans.slice((current - 1) * perPage, current * perPage) };
}

/**
 * The order of a plan's matching units: more hits first; on a tie a heading (a hit in a
 * heading) before a paragraph; then document order. Units are numbered headings first, each
 * kind in document order, so the unit number settles the rest, and the index alone decides
 * which items a page shows before any text is loaded.
 */
export function rankUnitHits(outcome: SearchOutcome, group: SearchOutcome['plans'][number]): UnitHit[] {
  return unitHits(outcome, group).sort((a, b) => b.hits - a.hits || a.unit - b.unit);
}

/** A plan's items in the order `ranked` gives, placed in its outline (texts of paragraphs not yet loaded). */
export function groupItems(outline: PlanOutline, plan: ManifestPlan, ranked: readonly UnitHit[]): ResultItem[] {
  return ranked.map((hit) => {
    const index = hit.unit - plan.unitStart;
    const unit = outline.units[index];
    if (!unit) throw new Error(`search: plan "${plan.id}" has no unit ${index} in its outline (index and text files are out of step)`);
    const [id, part, parent] = unit;
    const kind = index < plan.headings ? ('heading' as const) : ('paragraph' as const);
    const path: string[] = [];
    for (let p = parent; p >= 0; p = outline.units[p][2]) path.unshift(outline.headings[p]);
    const text = kind === 'heading' ? outline.headings[index] : null;
    return { id, index, kind, part, path, text, hits: hit.hits, termHits: hit.termHits, headingOnly: hit.headingOnly };
  });
}

/**
 * A group's items, with the texts of the first `shown` loaded (the rest stay null). The index
 * alone decides which items are shown, so their texts load alongside the plan's outline: one
 * round per group, independent of the other groups on the page.
 */
export async function loadGroupItems(engine: SearchEngine, outcome: SearchOutcome, group: ResultGroup, shown = ITEMS_SHOWN): Promise<ResultItem[]> {
  const { plan } = group;
  const ranked = rankUnitHits(outcome, group);
  const [outline, texts] = await Promise.all([engine.outline(plan.id), Promise.all(ranked.slice(0, shown).map((hit) => engine.unitText(plan.id, hit.unit - plan.unitStart)))]);
  const items = groupItems(outline, plan, ranked);
  texts.forEach((text, i) => (items[i].text = text));
  return items;
}

/** The item's text to show: a heading whole, a paragraph as a snippet around its matches. */
export function resultRuns(item: ResultItem, terms: readonly string[]): Run[] {
  if (item.text === null) return [];
  return item.kind === 'heading' ? highlightAll(item.text, terms) : snippetRuns(item.text, terms);
}

/** Separator between the headings of a path, as shown. */
export const PATH_SEPARATOR = ' › ';

/** The item's heading path as one line, with the terms it matched only there marked (null when it has no path). */
export function pathRuns(item: ResultItem, terms: readonly string[]): Run[] | null {
  if (!item.path.length) return null;
  const marked = terms.filter((_, t) => item.headingOnly & (1 << t));
  const runs: Run[] = [];
  item.path.forEach((heading, i) => {
    if (i > 0) runs.push({ text: PATH_SEPARATOR });
    runs.push(...(marked.length ? highlightAll(heading, marked) : [{ text: heading }]));
  });
  return runs;
}

/** A whole page at once, every group's items loaded (the page itself fills groups one by one). */
export async function loadResultsPage(engine: SearchEngine, outcome: SearchOutcome, page = 1, perPage = PLANS_PER_PAGE, shown = ITEMS_SHOWN): Promise<ResultsPage<LoadedGroup>> {
  const view = paginateResults(outcome, page, perPage);
  const groups = await Promise.all(view.groups.map(async (group) => ({ ...group, items: await loadGroupItems(engine, outcome, group, shown) })));
  return { ...view, groups };
}

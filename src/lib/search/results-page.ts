/**
 * One page of results, ready to render: plan groups with their matching paragraphs and
 * headings, each with its heading path. Loads only the outlines of the plans on the page and
 * the text of the items shown; snippets are cut only for those (`resultRuns`).
 */
import type { Run } from '../highlight.ts';
import type { PartKind } from '../types.ts';
import type { ManifestPlan, PlanOutline } from './manifest.ts';
import { unitHits, type SearchEngine, type SearchOutcome, type UnitHit } from './search-engine.ts';
import { highlightAll, snippetRuns } from './snippet.ts';

export const PLANS_PER_PAGE = 10;
/** Items of a plan shown before "show all". */
export const ITEMS_SHOWN = 3;

export interface ResultItem {
  /** Paragraph or heading id: the anchor on the plan page. */
  id: string;
  /** Index among the plan's units. */
  index: number;
  kind: 'heading' | 'paragraph';
  part: PartKind;
  /** Titles of the enclosing headings, outermost first. */
  path: string[];
  /** The unit's whole text as published, once loaded (`loadItemTexts`). */
  text: string | null;
  hits: number;
  termHits: number[];
}

export interface ResultGroup {
  plan: ManifestPlan;
  hits: number;
  termHits: number[];
  headingHits: number;
  /** Best first: more hits, headings before paragraphs, then document order (`rankUnitHits`). */
  items: ResultItem[];
}

export interface ResultsPage {
  /** The page shown (a page past the end shows the last one). */
  page: number;
  pageCount: number;
  groups: ResultGroup[];
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

export function groupItems(outline: PlanOutline, outcome: SearchOutcome, group: SearchOutcome['plans'][number]): ResultItem[] {
  const { plan } = group;
  return rankUnitHits(outcome, group).map((hit) => {
    const index = hit.unit - plan.unitStart;
    const unit = outline.units[index];
    if (!unit) throw new Error(`search: plan "${plan.id}" has no unit ${index} in its outline (index and text files are out of step)`);
    const [id, part, parent] = unit;
    const kind = index < plan.headings ? ('heading' as const) : ('paragraph' as const);
    const path: string[] = [];
    for (let p = parent; p >= 0; p = outline.units[p][2]) path.unshift(outline.headings[p]);
    const text = kind === 'heading' ? outline.headings[index] : null;
    return { id, index, kind, part, path, text, hits: hit.hits, termHits: hit.termHits };
  });
}

/** Load the texts of a group's items up to `upto` (the rest stay null until asked for). */
export async function loadItemTexts(engine: SearchEngine, group: ResultGroup, upto = group.items.length): Promise<void> {
  await Promise.all(
    group.items.slice(0, upto).map(async (item) => {
      item.text ??= await engine.unitText(group.plan.id, item.index);
    }),
  );
}

/** The item's text to show: a heading whole, a paragraph as a snippet around its matches. */
export function resultRuns(item: ResultItem, terms: readonly string[]): Run[] {
  if (item.text === null) return [];
  return item.kind === 'heading' ? highlightAll(item.text, terms) : snippetRuns(item.text, terms);
}

export async function loadResultsPage(engine: SearchEngine, outcome: SearchOutcome, page = 1, perPage = PLANS_PER_PAGE, shown = ITEMS_SHOWN): Promise<ResultsPage> {
  const pageCount = Math.max(1, Math.ceil(outcome.plans.length / perPage));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const slice = outcome.plans.slice((current - 1) * perPage, current * perPage);
  const loading = Promise.all(slice.map((p) => engine.outline(p.plan.id)));
  // The index alone decides which items are shown, so their text loads alongside the outlines.
  for (const p of slice) {
    for (const hit of rankUnitHits(outcome, p).slice(0, shown)) engine.unitText(p.plan.id, hit.unit - p.plan.unitStart).catch(() => undefined);
  }
  const outlines = await loading;
  const groups: ResultGroup[] = slice.map((p, i) => ({
    plan: p.plan,
    hits: p.hits,
    termHits: p.termHits,
    headingHits: p.headingHits,
    items: groupItems(outlines[i], outcome, p),
  }));
  await Promise.all(groups.map((g) => loadItemTexts(engine, g, shown)));
  return { page: current, pageCount, groups };
}

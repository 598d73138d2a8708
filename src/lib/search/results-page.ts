/**
 * One page of results, ready to render: plan groups with their matching paragraphs and
 * headings, each with its heading path. Loads only the outlines of the plans on the page and
 * the text of the items shown; snippets are cut only for those (`resultRuns`).
 */
import type { Run } from '../highlight.ts';
import type { PartKind } from '../types.ts';
import type { ManifestPlan, PlanOutline } from './manifest.ts';
import { normalizeText } from './normalize.ts';
import { unitHits, type SearchEngine, type SearchOutcome } from './search-engine.ts';
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
  /** The unit is a heading, or a heading above it holds a term. */
  inHeading: boolean;
}

export interface ResultGroup {
  plan: ManifestPlan;
  title: string;
  years: number[];
  hits: number;
  termHits: number[];
  headingHits: number;
  /** Best first: more hits, a term in a heading, then reading order. */
  items: ResultItem[];
}

export interface ResultsPage {
  /** The page shown (a page past the end shows the last one). */
  page: number;
  pageCount: number;
  groups: ResultGroup[];
}

export function groupItems(outline: PlanOutline, outcome: SearchOutcome, group: SearchOutcome['plans'][number]): ResultItem[] {
  const { plan } = group;
  const terms = outcome.query.terms;
  const headingHolds = new Map<number, boolean>();
  const holds = (index: number) => {
    let h = headingHolds.get(index);
    if (h === undefined) {
      const t = normalizeText(outline.headings[index]);
      headingHolds.set(index, (h = terms.some((term) => t.includes(term))));
    }
    return h;
  };
  const items = unitHits(outcome, group).map((hit) => {
    const index = hit.unit - plan.unitStart;
    const unit = outline.units[index];
    if (!unit) throw new Error(`search: plan "${plan.id}" has no unit ${index} in its outline (index and text files are out of step)`);
    const [id, part, parent, order] = unit;
    const kind = index < plan.headings ? ('heading' as const) : ('paragraph' as const);
    const path: string[] = [];
    let inHeading = kind === 'heading';
    for (let p = parent; p >= 0; p = outline.units[p][2]) {
      path.unshift(outline.headings[p]);
      if (!inHeading && holds(p)) inHeading = true;
    }
    const text = kind === 'heading' ? outline.headings[index] : null;
    return { item: { id, index, kind, part, path, text, hits: hit.hits, termHits: hit.termHits, inHeading }, order };
  });
  items.sort((a, b) => b.item.hits - a.item.hits || Number(b.item.inHeading) - Number(a.item.inHeading) || a.order - b.order);
  return items.map((i) => i.item);
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
  // While the outlines load, fetch the text of the items most likely shown: the most hits, then
  // the earliest (the outline only settles ties). A wrong guess costs a file, never a result.
  for (const p of slice) {
    const likely = unitHits(outcome, p)
      .sort((a, b) => b.hits - a.hits || a.unit - b.unit)
      .slice(0, shown);
    for (const hit of likely) engine.unitText(p.plan.id, hit.unit - p.plan.unitStart).catch(() => undefined);
  }
  const outlines = await loading;
  const groups: ResultGroup[] = slice.map((p, i) => ({
    plan: p.plan,
    title: outlines[i].title,
    years: outlines[i].years,
    hits: p.hits,
    termHits: p.termHits,
    headingHits: p.headingHits,
    items: groupItems(outlines[i], outcome, p),
  }));
  await Promise.all(groups.map((g) => loadItemTexts(engine, g, shown)));
  return { page: current, pageCount, groups };
}

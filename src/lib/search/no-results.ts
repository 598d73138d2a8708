/**
 * What a search that found nothing says instead of a dead end: each term on its own (how many
 * paragraphs or headings hold it, within the filters, and in which plans), and whether "any of
 * the terms" would find something.
 */
import type { ManifestPlan } from './manifest.ts';
import type { SearchOutcome } from './search-engine.ts';

export interface TermReport {
  term: string;
  /** Paragraphs and headings whose text holds the term (within the filters). */
  units: number;
  /** The plans that hold it, most units first, then the site's plan order. */
  plans: { plan: ManifestPlan; units: number }[];
}

export interface NoResultsView {
  terms: TermReport[];
  /** True when the terms were all required and some term is found on its own: "any of the terms" finds something. */
  offerAny: boolean;
}

export function noResultsView(outcome: SearchOutcome): NoResultsView {
  const terms = outcome.query.terms.map((term, t) => ({
    term,
    units: outcome.termUnits[t] ?? 0,
    plans: [...outcome.termPlans[t]].sort((a, b) => b.units - a.units || a.plan.index - b.plan.index),
  }));
  return { terms, offerAny: outcome.mode === 'all' && terms.length > 1 && terms.some((t) => t.units > 0) };
}

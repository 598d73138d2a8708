/**
 * The reference answer: walk every heading and paragraph of every plan and count each term with
 * `indexOf` on the normalised text, then apply the matching rule directly. Slow and obviously
 * right; tests and the benchmark hold the index to it.
 *
 * The rule (mode `all`): every term is in the unit's text or in the text of a heading above it
 * (its heading path), and at least one term is in its own text. Mode `any`: some term is in its
 * text. Hits count occurrences in the unit's own text.
 */
import type { Atlas } from '../atlas.ts';
import type { Section } from '../types.ts';
import { paragraphThemes } from '../themes.ts';
import { countOccurrences } from './find-matches.ts';
import { normalizeText } from './normalize.ts';
import type { MatchMode, SearchFilters } from './search-engine.ts';

export interface BrutePlan {
  plan: string;
  hits: number;
  termHits: number[];
  /** Matching units: heading or paragraph id → hits of each term in its own text. */
  units: Map<string, number[]>;
  /** Matching units with terms found only in their heading path: id → those terms' indexes. */
  headingOnly: Map<string, number[]>;
}

interface BruteUnit {
  id: string;
  text: string;
  part: string;
  themes: string[];
  /** Titles of the headings above, outermost first. */
  path: string[];
}

/** Headings (with the titles above each) in document order, then paragraphs (with their section path). */
function bruteUnits(atlasPlan: Atlas['plans'][number]): BruteUnit[] {
  const { plan, tags } = atlasPlan;
  const headings: BruteUnit[] = [];
  const visit = (sections: Section[], path: string[]) => {
    for (const s of sections) {
      headings.push({ id: s.id, text: s.title, part: s.part, themes: [], path });
      visit(s.children, [...path, s.title]);
    }
  };
  visit(plan.sections, []);
  return [...headings, ...plan.paragraphs.map((p) => ({ id: p.id, text: p.text, part: p.part, themes: paragraphThemes(tags.get(p.id)!), path: p.sectionPath }))];
}

export function bruteForceSearch(atlas: Atlas, terms: readonly string[], filters: SearchFilters = {}, mode: MatchMode = 'all'): BrutePlan[] {
  const out: BrutePlan[] = [];
  if (terms.length === 0) return out;
  for (const atlasPlan of atlas.plans) {
    const { plan, jurisdiction } = atlasPlan;
    if (filters.plans?.length && !filters.plans.includes(plan.meta.id)) continue;
    if (filters.levels?.length && !filters.levels.includes(jurisdiction.level)) continue;
    const result: BrutePlan = { plan: plan.meta.id, hits: 0, termHits: terms.map(() => 0), units: new Map(), headingOnly: new Map() };
    for (const t of bruteUnits(atlasPlan)) {
      if (filters.parts?.length && !filters.parts.includes(t.part as never)) continue;
      if (filters.themes?.length && !filters.themes.some((th) => t.themes.includes(th))) continue;
      const text = normalizeText(t.text);
      const counts = terms.map((term) => countOccurrences(text, term));
      if (counts.every((c) => c === 0)) continue;
      const onlyAbove = terms.map((_, i) => i).filter((i) => counts[i] === 0);
      if (mode === 'all') {
        const path = t.path.map(normalizeText);
        if (!onlyAbove.every((i) => path.some((h) => h.includes(terms[i])))) continue;
        if (onlyAbove.length) result.headingOnly.set(t.id, onlyAbove);
      }
      result.units.set(t.id, counts);
      counts.forEach((c, i) => (result.termHits[i] += c));
      result.hits += counts.reduce((a, b) => a + b, 0);
    }
    if (result.units.size) out.push(result);
  }
  return out;
}

/**
 * The reference answer: walk every heading and paragraph of every plan and count each term with
 * `indexOf` on the normalised text. Slow and obviously right; tests and the benchmark hold the
 * index to it.
 */
import type { Atlas } from '../atlas.ts';
import { flattenSections } from '../structure.ts';
import { paragraphThemes } from '../themes.ts';
import { countOccurrences } from './find-matches.ts';
import { normalizeText } from './normalize.ts';
import type { SearchFilters } from './search-engine.ts';

export interface BrutePlan {
  plan: string;
  hits: number;
  termHits: number[];
  /** Matching units: heading or paragraph id → hits of each term. */
  units: Map<string, number[]>;
}

export function bruteForceSearch(atlas: Atlas, terms: readonly string[], filters: SearchFilters = {}): BrutePlan[] {
  const out: BrutePlan[] = [];
  if (terms.length === 0) return out;
  for (const { plan, jurisdiction, tags } of atlas.plans) {
    if (filters.plans?.length && !filters.plans.includes(plan.meta.id)) continue;
    if (filters.levels?.length && !filters.levels.includes(jurisdiction.level)) continue;
    const texts: { id: string; text: string; part: string; themes: string[] }[] = [
      ...flattenSections(plan.sections).map((s) => ({ id: s.id, text: s.title, part: s.part, themes: [] as string[] })),
      ...plan.paragraphs.map((p) => ({ id: p.id, text: p.text, part: p.part, themes: paragraphThemes(tags.get(p.id)!) })),
    ];
    const result: BrutePlan = { plan: plan.meta.id, hits: 0, termHits: terms.map(() => 0), units: new Map() };
    for (const t of texts) {
      if (filters.parts?.length && !filters.parts.includes(t.part as never)) continue;
      if (filters.themes?.length && !filters.themes.some((th) => t.themes.includes(th))) continue;
      const text = normalizeText(t.text);
      const counts = terms.map((term) => countOccurrences(text, term));
      if (counts.some((c) => c === 0)) continue;
      result.units.set(t.id, counts);
      counts.forEach((c, i) => (result.termHits[i] += c));
      result.hits += counts.reduce((a, b) => a + b, 0);
    }
    if (result.units.size) out.push(result);
  }
  return out;
}

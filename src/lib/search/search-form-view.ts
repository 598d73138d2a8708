/** What the search page's form offers: the plans, levels, themes and parts to filter by, 中文 first. */
import type { Atlas } from '../atlas.ts';
import { LEVEL_LABELS, PART_LABELS, yearsLabel, type Label } from '../labels.ts';
import { LEVELS, PARTS } from './search-state.ts';

export interface FilterOption {
  value: string;
  label: Label;
}

/**
 * Plans the form's plan filter lists at most: past this many it lists none (a list of every plan
 * would make the page grow with every plan: 4 MB at 10,000), and a plan is chosen from its plan
 * page's search link (?plan=…), which the page's script adds to the list.
 */
export const SEARCH_PLANS_LISTED = 100;

export interface SearchFormView {
  /** Every plan, or none past SEARCH_PLANS_LISTED. */
  plans: (FilterOption & { title: string })[];
  /** How many plans there are (the filter lists them only up to SEARCH_PLANS_LISTED). */
  planCount: number;
  levels: FilterOption[];
  themes: FilterOption[];
  parts: FilterOption[];
}

export function searchFormView(atlas: Atlas): SearchFormView {
  const levelsPresent = new Set(atlas.plans.map((p) => p.jurisdiction.level));
  return {
    planCount: atlas.plans.length,
    plans: (atlas.plans.length > SEARCH_PLANS_LISTED ? [] : atlas.plans).map(({ plan, jurisdiction }) => ({
      value: plan.meta.id,
      title: plan.meta.title,
      label: { zh: `${jurisdiction.nameZh} ${yearsLabel(plan.meta.years)}`, en: `${jurisdiction.nameEn} ${yearsLabel(plan.meta.years)}` },
    })),
    levels: LEVELS.filter((l) => levelsPresent.has(l)).map((l) => ({ value: l, label: LEVEL_LABELS[l] })),
    themes: atlas.themes.map((t) => ({ value: t.id, label: { zh: t.nameZh, en: t.nameEn } })),
    parts: PARTS.map((p) => ({ value: p, label: PART_LABELS[p] })),
  };
}

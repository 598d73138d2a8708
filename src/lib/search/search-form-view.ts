/** What the search page's form offers: the plans, levels, themes and parts to filter by, 中文 first. */
import type { Atlas } from '../atlas.ts';
import { LEVEL_LABELS, PART_LABELS, yearsLabel, type Label } from '../labels.ts';
import { LEVELS, PARTS } from './search-state.ts';

export interface FilterOption {
  value: string;
  label: Label;
}

export interface SearchFormView {
  plans: (FilterOption & { title: string })[];
  levels: FilterOption[];
  themes: FilterOption[];
  parts: FilterOption[];
}

export function searchFormView(atlas: Atlas): SearchFormView {
  const levelsPresent = new Set(atlas.plans.map((p) => p.jurisdiction.level));
  return {
    plans: atlas.plans.map(({ plan, jurisdiction }) => ({
      value: plan.meta.id,
      title: plan.meta.title,
      label: { zh: `${jurisdiction.nameZh} ${yearsLabel(plan.meta.years)}`, en: `${jurisdiction.nameEn} ${yearsLabel(plan.meta.years)}` },
    })),
    levels: LEVELS.filter((l) => levelsPresent.has(l)).map((l) => ({ value: l, label: LEVEL_LABELS[l] })),
    themes: atlas.themes.map((t) => ({ value: t.id, label: { zh: t.nameZh, en: t.nameEn } })),
    parts: PARTS.map((p) => ({ value: p, label: PART_LABELS[p] })),
  };
}

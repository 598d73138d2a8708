/** Bilingual labels for the site's fixed vocabularies. */
import type { Jurisdiction, PartKind, PlanMeta } from './types.ts';

export interface Label {
  zh: string;
  en: string;
}

export const LEVEL_LABELS: Record<Jurisdiction['level'], Label> = {
  province: { zh: '省级', en: 'Province' },
  prefecture: { zh: '地级市', en: 'Prefecture city' },
  county: { zh: '县', en: 'County' },
};

export const KIND_LABELS: Record<PlanMeta['kind'], Label> = {
  plan: { zh: '工作计划', en: 'Plan' },
  'review-and-plan': { zh: '总结与计划', en: 'Review and plan' },
};

export const PART_LABELS: Record<PartKind, Label> = {
  review: { zh: '总结', en: 'Review' },
  plan: { zh: '计划', en: 'Plan' },
};

export function jurisdictionLabel(j: Jurisdiction): Label {
  return { zh: j.nameZh, en: j.nameEn };
}

/** "2019–2020" or "2021". */
export function yearsLabel(years: number[]): string {
  const sorted = [...years].sort();
  return sorted.length > 1 ? `${sorted[0]}–${sorted.at(-1)}` : String(sorted[0]);
}

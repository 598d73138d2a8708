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
  review: { zh: '工作总结', en: 'Review' },
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

/**
 * A plan as charts and comparisons name it: `zh` is the place and, when the place alone would not
 * tell the plan apart, its years ('嘉兴市 2019–2020'); `en` is the place's English name, shown beside
 * it, so the years appear once ('嘉兴市 2019–2020 Jiaxing').
 */
export interface PlanName extends Label {
  place: Label;
  /** '2019–2020' when the place has several plans in the atlas (with the plan id when two cover the same years); null otherwise. */
  years: string | null;
  /** One line, both languages, years once: '嘉兴市 2019–2020 Jiaxing' or '嘉兴市 Jiaxing'. */
  line: string;
}

export interface NamedPlan {
  id: string;
  place: Label;
  years: readonly number[];
}

/**
 * The one rule for naming plans in charts and comparisons: the place alone when it has one plan in
 * the atlas, the place and years when it has several, and the plan id too when two of the place's
 * plans cover the same years — so no two plans ever share a label.
 */
export function planNames(plans: readonly NamedPlan[]): Map<string, PlanName> {
  const placeKey = (p: NamedPlan) => `${p.place.zh}\u0000${p.place.en}`;
  const perPlace = new Map<string, number>();
  const perYears = new Map<string, number>();
  for (const p of plans) {
    perPlace.set(placeKey(p), (perPlace.get(placeKey(p)) ?? 0) + 1);
    const k = `${placeKey(p)}\u0000${yearsLabel([...p.years])}`;
    perYears.set(k, (perYears.get(k) ?? 0) + 1);
  }
  return new Map(
    plans.map((p) => {
      const y = yearsLabel([...p.years]);
      const years = (perPlace.get(placeKey(p)) ?? 0) < 2 ? null : (perYears.get(`${placeKey(p)}\u0000${y}`) ?? 0) > 1 ? `${y} · ${p.id}` : y;
      const tail = years === null ? '' : ` ${years}`;
      return [p.id, { zh: p.place.zh + tail, en: p.place.en, place: { ...p.place }, years, line: `${p.place.zh}${tail} ${p.place.en}` }];
    }),
  );
}

type AtlasPlanLike = { plan: { meta: { id: string; years: number[] } }; jurisdiction: Jurisdiction };

/** Names by list of plans: every chart and page asks for the names of all plans (N lists of N names otherwise). */
const namesOf = new WeakMap<readonly AtlasPlanLike[], { length: number; names: ReadonlyMap<string, PlanName> }>();

/**
 * planNames() for every plan of an atlas-like list (jurisdiction and years from each plan),
 * computed once per list (a list that changed length is named again). The map is shared: read it only.
 */
export function atlasPlanNames(plans: readonly AtlasPlanLike[]): ReadonlyMap<string, PlanName> {
  const known = namesOf.get(plans);
  if (known && known.length === plans.length) return known.names;
  const names = planNames(plans.map(({ plan, jurisdiction: j }) => ({ id: plan.meta.id, place: { zh: j.nameZh, en: j.nameEn }, years: plan.meta.years })));
  namesOf.set(plans, { length: plans.length, names });
  return names;
}

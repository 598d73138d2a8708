/** "Compare with …" links into /compare/?plans=…: from a plan page, a theme page and a search result group. */
import type { Atlas, AtlasPlan } from '../atlas.ts';
import { planById, plansOfLevel, plansOfProvince } from '../atlas-index.ts';
import { compareHref, MAX_PLANS } from '../compare-selection.ts';
import { ALL_TEXT, planPosition, type TextAnalysis } from '../compare/text-analysis.ts';
import { LEVEL_LABELS, yearsLabel, type Label } from '../labels.ts';
import type { SiteUrls } from '../urls.ts';

/** Plans offered in each group of a plan page's links. */
export const COMPARE_WITH_SHOWN = 3;

export interface CompareWithLink {
  jurisdiction: Label;
  years: string;
  /** Similarity of the whole texts, for the nearest plans. */
  note: string | null;
  href: string;
}

export interface CompareWithGroup {
  id: 'nearest' | 'province' | 'level';
  zh: string;
  en: string;
  links: CompareWithLink[];
  /** All of the group's plans together (up to four), when it has more than one. */
  allHref: string | null;
}

export interface PlanCompareWithView {
  planId: string;
  groups: CompareWithGroup[];
}

export function planCompareWithView(atlas: Atlas, analysis: TextAnalysis, urls: SiteUrls, planId: string): PlanCompareWithView {
  const self = planById(atlas.plans, planId);
  if (!self) throw new Error(`compare with: unknown plan id "${planId}"`);
  const link = (p: AtlasPlan, note: string | null = null): CompareWithLink => ({
    jurisdiction: { zh: p.jurisdiction.nameZh, en: p.jurisdiction.nameEn },
    years: yearsLabel(p.plan.meta.years),
    note,
    href: compareHref(urls.compare, [planId, p.plan.meta.id]),
  });
  const neighbours = analysis.similarity.find((m) => m.theme === ALL_TEXT)?.neighbours[planPosition(analysis, planId)] ?? [];
  const nearest = neighbours.slice(0, COMPARE_WITH_SHOWN).map((x) => ({ p: planById(atlas.plans, analysis.plans[x.index])!, s: x.similarity }));
  const j = self.jurisdiction;
  // The first plans of the same province or level, in plan order, this plan left out.
  const firstOthers = (plans: readonly AtlasPlan[]) => plans.filter((p) => p !== self).slice(0, COMPARE_WITH_SHOWN);
  const sameProvince = firstOthers(plansOfProvince(atlas.plans, j.province).slice(0, COMPARE_WITH_SHOWN + 1));
  const sameLevel = firstOthers(plansOfLevel(atlas.plans, j.level).slice(0, COMPARE_WITH_SHOWN + 1));
  const group = (id: CompareWithGroup['id'], zh: string, en: string, plans: readonly AtlasPlan[], notes: (string | null)[] = []): CompareWithGroup => ({
    id,
    zh,
    en,
    links: plans.map((p, k) => link(p, notes[k] ?? null)),
    allHref: plans.length > 1 ? compareHref(urls.compare, [planId, ...plans.map((p) => p.plan.meta.id)].slice(0, MAX_PLANS)) : null,
  });
  return {
    planId,
    groups: [
      group('nearest', '文本最相近', 'Most similar text', nearest.map((x) => x.p), nearest.map((x) => `相似度 similarity ${x.s.toFixed(2)}`)),
      group('province', `同省（${j.province}）`, `Same province (${j.provinceEn})`, sameProvince),
      group('level', `同级（${LEVEL_LABELS[j.level].zh}）`, `Same level (${LEVEL_LABELS[j.level].en})`, sameLevel),
    ].filter((g) => g.links.length > 0),
  };
}

/** From a theme page: the plans that give the theme most weight (ties in the order given), compared on that theme. */
export function themeCompareHref(compareUrl: string, themeId: string, plans: readonly { id: string; share: number }[], count = 3): string {
  const top = plans
    .map((p, i) => ({ ...p, i }))
    .sort((a, b) => b.share - a.share || a.i - b.i)
    .slice(0, Math.min(count, MAX_PLANS))
    .map((x) => x.id);
  return compareHref(compareUrl, top, [themeId]);
}

/**
 * /places/<jurisdiction-id>/: one place over time. Its plans by year, and for each metric of the
 * vocabulary the targets set for year N beside what a review reports for year N, whichever plan
 * said it; every figure links to its sentence. A place with one plan says so.
 */
import type { Atlas, AtlasPlan } from '../atlas.ts';
import { planById, plansIn, plansOfJurisdiction } from '../atlas-index.ts';
import { figureView, type FigureView } from '../indicators/indicator-views.ts';
import { setByPlan } from '../indicators/set-by-plan.ts';
import type { IndicatorSet } from '../indicators/indicator-set.ts';
import { KIND_LABELS, LEVEL_LABELS, yearsLabel, type Label } from '../labels.ts';
import { joinBase, type SiteUrls } from '../urls.ts';
import { browseHref } from './plan-lists.ts';

/** /places/<id>/ under the site's base (the home URL is the base). */
export function placeUrl(urls: Pick<SiteUrls, 'home'>, jurisdictionId: string): string {
  return joinBase(urls.home, `places/${jurisdictionId}/`);
}

export interface PlacePlanView {
  id: string;
  title: string;
  years: string;
  kind: Label;
  href: string;
}

/** A figure, with the plan that states it (the review of year N is usually in the next year's document). */
export interface PlaceFigureView extends FigureView {
  source: { plan: string; years: string; href: string };
}

export interface PlaceYearCell {
  year: number;
  /** At most PLACE_FIGURES_PER_CELL each; `moreTargets`/`moreActuals` count the rest. */
  targets: PlaceFigureView[];
  actuals: PlaceFigureView[];
  moreTargets: number;
  moreActuals: number;
}

/**
 * A place has a plan or two a year, so a cell holds a few figures; a corpus with hundreds of plans
 * of one place would put hundreds in a cell. Past this many a cell says how many more there are.
 */
export const PLACE_FIGURES_PER_CELL = 6;
/** Plans a place page lists, the latest first past this many (the rest are on the province's browse pages). */
export const PLACE_PLANS_LISTED = 40;

export interface PlaceMetricRow {
  id: string;
  name: Label;
  unit: string;
  /** One cell per year of the page, in year order. */
  years: PlaceYearCell[];
}

export interface PlacePageView {
  id: string;
  name: Label;
  level: Label;
  code: string;
  province: Label;
  parentCity: string | null;
  homeHref: string;
  indicatorsHref: string;
  /** Every plan, earliest first, or the latest PLACE_PLANS_LISTED when there are more. */
  plans: PlacePlanView[];
  planCount: number;
  /** When plans were left out: the province's plans (browse pages, made when plans come in pages). */
  morePlans: { count: number; href: string } | null;
  /** Years any plan covers or any figure refers to, ascending: the columns of the table. */
  years: number[];
  /** True with one plan so far: there is nothing to follow over time yet, and the page says so. */
  onePlan: boolean;
  metrics: PlaceMetricRow[];
  /** Chinese names of the vocabulary's metrics no plan of the place states, joined; '' when none. */
  notStated: string;
}

/** Plans of a jurisdiction, earliest first. */
export function plansOfPlace(atlas: Atlas, jurisdictionId: string): AtlasPlan[] {
  return [...plansOfJurisdiction(atlas.plans, jurisdictionId)].sort((a, b) => Math.min(...a.plan.meta.years) - Math.min(...b.plan.meta.years) || a.plan.meta.id.localeCompare(b.plan.meta.id));
}

/** Jurisdictions with at least one plan: the places that get a page. */
export function placeIds(atlas: Atlas): string[] {
  return [...new Set(atlas.plans.map((p) => p.jurisdiction.id))];
}

export function placePageView(inputs: { atlas: Atlas; indicators: IndicatorSet; urls: SiteUrls }, jurisdictionId: string): PlacePageView {
  const { atlas, indicators, urls } = inputs;
  const plans = plansOfPlace(atlas, jurisdictionId);
  if (plans.length === 0) throw new Error(`place page: no plan has the jurisdiction "${jurisdictionId}"`);
  const j = plans[0].jurisdiction;
  const planIds = new Set(plans.map((p) => p.plan.meta.id));
  const yearsOf = new Map(plans.map((p) => [p.plan.meta.id, yearsLabel(p.plan.meta.years)]));
  // A set holds each plan's figures together, in atlas order (buildIndicatorSet): gathered so, they keep the set's order.
  const figuresOf = setByPlan(indicators).indicators;
  const figures = plansIn(atlas.plans, planIds).flatMap((p) => figuresOf.get(p.plan.meta.id) ?? []);
  const years = [...new Set([...plans.flatMap((p) => p.plan.meta.years), ...figures.map((f) => f.year)])].sort((a, b) => a - b);
  const withSource = (f: (typeof figures)[number]): PlaceFigureView => ({
    ...figureView(f, urls.plan),
    source: { plan: f.plan, years: yearsOf.get(f.plan)!, href: urls.plan(f.plan) },
  });
  const metrics: PlaceMetricRow[] = [];
  const notStated: string[] = [];
  for (const metric of indicators.metrics) {
    const own = figures.filter((f) => f.metric === metric.id);
    if (own.length === 0) {
      notStated.push(metric.nameZh);
      continue;
    }
    metrics.push({
      id: metric.id,
      name: { zh: metric.nameZh, en: metric.nameEn },
      unit: metric.unit,
      years: years.map((year) => {
        const targets = own.filter((f) => f.year === year && f.kind === 'target');
        const actuals = own.filter((f) => f.year === year && f.kind === 'actual');
        return {
          year,
          targets: targets.slice(0, PLACE_FIGURES_PER_CELL).map(withSource),
          actuals: actuals.slice(0, PLACE_FIGURES_PER_CELL).map(withSource),
          moreTargets: Math.max(0, targets.length - PLACE_FIGURES_PER_CELL),
          moreActuals: Math.max(0, actuals.length - PLACE_FIGURES_PER_CELL),
        };
      }),
    });
  }
  return {
    id: j.id,
    name: { zh: j.nameZh, en: j.nameEn },
    level: LEVEL_LABELS[j.level],
    code: j.code,
    province: { zh: j.province, en: j.provinceEn },
    parentCity: j.parentCity ?? null,
    homeHref: urls.home,
    indicatorsHref: urls.indicators,
    plans: (plans.length > PLACE_PLANS_LISTED ? plans.slice(-PLACE_PLANS_LISTED) : plans).map(({ plan }) => ({
      id: plan.meta.id,
      title: plan.meta.title,
      years: yearsLabel(plan.meta.years),
      kind: KIND_LABELS[plan.meta.kind],
      href: urls.plan(plan.meta.id),
    })),
    planCount: plans.length,
    morePlans: plans.length > PLACE_PLANS_LISTED ? { count: plans.length - PLACE_PLANS_LISTED, href: browseHref(urls, 'province', j.provinceCode) } : null,
    years,
    onePlan: plans.length === 1,
    metrics,
    notStated: notStated.join('、'),
  };
}

/** The link from a plan page to its place's page, with how many plans the place has. */
export interface PlanPlaceLinkView {
  href: string;
  name: Label;
  plans: number;
}

export function planPlaceLinkView(inputs: { atlas: Atlas; urls: SiteUrls }, planId: string): PlanPlaceLinkView {
  const found = planById(inputs.atlas.plans, planId);
  if (!found) throw new Error(`unknown plan id "${planId}"`);
  const j = found.jurisdiction;
  return { href: placeUrl(inputs.urls, j.id), name: { zh: j.nameZh, en: j.nameEn }, plans: plansOfJurisdiction(inputs.atlas.plans, j.id).length };
}

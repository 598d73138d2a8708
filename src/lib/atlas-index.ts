/**
 * Lookups into an atlas's plans, built once per list of plans. Every plan, chart and place page
 * asks for its own plan or place: a scan of every plan per page grows as N² over a site.
 */
import type { Atlas, AtlasPlan } from './atlas.ts';

interface PlanIndex {
  /** The list's length when indexed: a list that changed length is indexed again. */
  length: number;
  byId: Map<string, AtlasPlan>;
  /** Each plan's position in the list. */
  order: Map<string, number>;
  /** Each jurisdiction's, province's and level's plans, in list order. */
  byJurisdiction: Map<string, AtlasPlan[]>;
  byProvince: Map<string, AtlasPlan[]>;
  byLevel: Map<string, AtlasPlan[]>;
}

const indexes = new WeakMap<readonly AtlasPlan[], PlanIndex>();

function planIndex(plans: readonly AtlasPlan[]): PlanIndex {
  const known = indexes.get(plans);
  if (known && known.length === plans.length) return known;
  const index: PlanIndex = { length: plans.length, byId: new Map(), order: new Map(), byJurisdiction: new Map(), byProvince: new Map(), byLevel: new Map() };
  const add = (map: Map<string, AtlasPlan[]>, key: string, p: AtlasPlan) => (map.get(key) ?? map.set(key, []).get(key)!).push(p);
  plans.forEach((p, i) => {
    const id = p.plan.meta.id;
    // The first of a repeated id wins, as Array.find would.
    if (!index.byId.has(id)) index.byId.set(id, p);
    if (!index.order.has(id)) index.order.set(id, i);
    add(index.byJurisdiction, p.jurisdiction.id, p);
    add(index.byProvince, p.jurisdiction.province, p);
    add(index.byLevel, p.jurisdiction.level, p);
  });
  indexes.set(plans, index);
  return index;
}

/** The plan of an id; an unknown id is an error that names it. */
export function findPlan(atlas: Atlas, planId: string): AtlasPlan {
  const found = planById(atlas.plans, planId);
  if (!found) throw new Error(`unknown plan id "${planId}"`);
  return found;
}

/** The plan of an id, or undefined. */
export function planById(plans: readonly AtlasPlan[], planId: string): AtlasPlan | undefined {
  return planIndex(plans).byId.get(planId);
}

/** The plans of these ids that the list holds, in the list's order (unknown ids are left out). */
export function plansIn(plans: readonly AtlasPlan[], planIds: Iterable<string>): AtlasPlan[] {
  const { order } = planIndex(plans);
  const at = [...new Set(planIds)].flatMap((id) => (order.has(id) ? [order.get(id)!] : []));
  return at.sort((a, b) => a - b).map((i) => plans[i]);
}

/** A jurisdiction's plans, in the list's order (empty when it has none). */
export function plansOfJurisdiction(plans: readonly AtlasPlan[], jurisdictionId: string): readonly AtlasPlan[] {
  return planIndex(plans).byJurisdiction.get(jurisdictionId) ?? [];
}

/** The plans of a province (by its name, as jurisdictions give it), in the list's order. */
export function plansOfProvince(plans: readonly AtlasPlan[], province: string): readonly AtlasPlan[] {
  return planIndex(plans).byProvince.get(province) ?? [];
}

/** The plans of a level (province, prefecture, county), in the list's order. */
export function plansOfLevel(plans: readonly AtlasPlan[], level: string): readonly AtlasPlan[] {
  return planIndex(plans).byLevel.get(level) ?? [];
}

/** An indicator set's rows grouped by plan: every plan page, place page and plan data file reads its own plan's. */
import type { IndicatorSet } from './indicator-set.ts';

/** Each plan's figures, commitments and unread sentences, in the set's order. */
export interface SetByPlan {
  indicators: Map<string, IndicatorSet['indicators']>;
  commitments: Map<string, IndicatorSet['commitments']>;
  unread: Map<string, IndicatorSet['unread']>;
}

const byPlanCache = new WeakMap<IndicatorSet, SetByPlan>();

function groupByPlan<T extends { plan: string }>(xs: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) (m.get(x.plan) ?? m.set(x.plan, []).get(x.plan)!).push(x);
  return m;
}

/** The set grouped by plan, once per set. The lists are shared: read them only. */
export function setByPlan(set: IndicatorSet): SetByPlan {
  let found = byPlanCache.get(set);
  if (!found) byPlanCache.set(set, (found = { indicators: groupByPlan(set.indicators), commitments: groupByPlan(set.commitments), unread: groupByPlan(set.unread) }));
  return found;
}

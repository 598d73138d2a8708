// Lookups that every page makes for its own plan or place give what a scan of every plan gives,
// in the same order: the five real plans, and 200 built from them with ids of their own.
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../scripts/load-content.ts';
import type { AtlasPlan } from '../../src/lib/atlas.ts';
import { planById, plansIn, plansOfJurisdiction, plansOfLevel, plansOfProvince } from '../../src/lib/atlas-index.ts';

const atlas = loadAtlas();
const many: AtlasPlan[] = Array.from({ length: 40 }, (_, k) =>
  atlas.plans.map((p) => ({ ...p, plan: { ...p.plan, meta: { ...p.plan.meta, id: `${p.plan.meta.id}-${k}` } } })),
).flat();

describe.each([
  ['the five plans', atlas.plans],
  ['200 plans', many],
])('atlas index of %s', (_, plans) => {
  const ids = plans.map((p) => p.plan.meta.id);

  it('finds each plan by its id, and no plan for an unknown id', () => {
    for (const id of ids) expect(planById(plans, id)).toBe(plans.find((p) => p.plan.meta.id === id));
    expect(planById(plans, 'no-such-plan')).toBeUndefined();
  });

  it('gives chosen plans in the list’s order, whatever order they were asked in, each once, unknown ids left out', () => {
    const chosen = [ids[3], ids[0], 'no-such-plan', ids.at(-1)!, ids[0]];
    const wanted = new Set(chosen);
    expect(plansIn(plans, chosen)).toEqual(plans.filter((p) => wanted.has(p.plan.meta.id)));
    expect(plansIn(plans, [...ids].reverse())).toEqual(plans);
    expect(plansIn(plans, [])).toEqual([]);
  });

  it('gives a jurisdiction’s, a province’s and a level’s plans as a filter would', () => {
    for (const p of plans) {
      const j = p.jurisdiction;
      expect(plansOfJurisdiction(plans, j.id)).toEqual(plans.filter((q) => q.jurisdiction.id === j.id));
      expect(plansOfProvince(plans, j.province)).toEqual(plans.filter((q) => q.jurisdiction.province === j.province));
      expect(plansOfLevel(plans, j.level)).toEqual(plans.filter((q) => q.jurisdiction.level === j.level));
    }
    expect(plansOfJurisdiction(plans, 'nowhere')).toEqual([]);
  });
});

it('indexes a list again when it has grown', () => {
  const plans = atlas.plans.slice(0, 2);
  expect(planById(plans, atlas.plans[2].plan.meta.id)).toBeUndefined();
  plans.push(atlas.plans[2]);
  expect(planById(plans, atlas.plans[2].plan.meta.id)).toBe(atlas.plans[2]);
});

// Charts with a row or bar per plan draw at most MAX_PLANS_DRAWN plans and say so.
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../scripts/load-content.ts';
import { chartRegistry } from '../../src/lib/charts/registry.ts';
import { MAX_PLANS_DRAWN, plansDrawn } from '../../src/lib/charts/plans-drawn.ts';

const atlas = loadAtlas();
const ids = atlas.plans.map((p) => p.plan.meta.id);

describe('plans drawn in a chart', () => {
  it('keeps the first plans in plan order and says how many were left out, in both languages', () => {
    const drawn = plansDrawn(ids, 3);
    expect(drawn.ids).toEqual(ids.slice(0, 3));
    expect(drawn.capped).toBe(true);
    expect(drawn.has(ids[2])).toBe(true);
    expect(drawn.has(ids[3])).toBe(false);
    expect(drawn.noteZh).toContain(`共${ids.length}份计划`);
    expect(drawn.noteZh).toContain('前3份');
    expect(drawn.noteEn).toContain(`Of ${ids.length} plans, the first 3`);
  });

  it('adds nothing when every plan fits', () => {
    const drawn = plansDrawn(ids);
    expect(ids.length).toBeLessThanOrEqual(MAX_PLANS_DRAWN);
    expect(drawn).toMatchObject({ ids, capped: false, noteZh: '', noteEn: '' });
  });

  it('draws every one of the five plans today: each chart with a row per plan names them all as sources', () => {
    // One registry for the six charts: the first build of the registry takes seconds.
    const charts = chartRegistry(atlas);
    for (const id of ['plan-theme-heatmap', 'plan-theme-profiles', 'theme-across-plans-air', 'analysis-distinctive-terms', 'analysis-programmes', 'analysis-commitment']) {
      const chart = charts.find((c) => c.id === id)!;
      expect(chart.sources, id).toEqual(ids);
      expect(new Set(chart.rows.map((r: { plan?: string }) => r.plan)), id).toEqual(new Set(ids));
    }
  });
});

// The tile-grid map: one per theme, every plan a linked mark in its province's square, and no
// boundary line drawn (only squares, names and marks).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../scripts/load-content.ts';
import type { ChartContext } from '../../src/lib/charts/chart.ts';
import { chartRegistry } from '../../src/lib/charts/registry.ts';
import { tileMapId, tileMaps } from '../../src/lib/charts/tile-map.ts';
import { TILE_GRID } from '../../src/lib/charts/tile-map-grid.ts';
import { renderInline } from '../../src/render/plot-svg.ts';

const atlas = loadAtlas();
const maps = tileMaps(atlas, TILE_GRID);
const context: ChartContext = { planUrl: (p) => `/plans/${p}/`, themeUrl: (t) => `/themes/${t}/` };

describe('tile maps', () => {
  it('are registered, one per theme', () => {
    const ids = chartRegistry(atlas).map((c) => c.id);
    for (const theme of atlas.themes) expect(ids).toContain(tileMapId(theme.id));
    expect(maps).toHaveLength(atlas.themes.length);
  }, 60_000);

  it("put each plan in its province's square, one place each", () => {
    const air = maps.find((m) => m.id === 'tile-map-air')!;
    const zhejiang = TILE_GRID.tiles.find((t) => t.code === '330000')!;
    const byPlan = new Map(air.rows.map((r) => [r.plan, r]));
    for (const id of ['shaoxing-2020', 'jiaxing-2020', 'ninghai-2021']) expect(byPlan.get(id)).toMatchObject({ tileRow: zhejiang.row, tileCol: zhejiang.col, province: '浙江省' });
    // Code order within a square: 330226 宁海, 330400 嘉兴, 330600 绍兴.
    expect(['ninghai-2021', 'jiaxing-2020', 'shaoxing-2020'].map((id) => byPlan.get(id)!.slot)).toEqual([0, 1, 2]);
    expect(byPlan.get('inner-mongolia-2020')).toMatchObject({ level: 'province', code: '150000', years: '2020' });
    expect(air.rows).toHaveLength(atlas.plans.length);
  });

  it('draw squares, names and linked marks only: no line, no area, no geography', () => {
    for (const narrow of [false, true]) {
      const chart = maps[0];
      const { html } = renderInline(chart, { context: { ...context, narrow } });
      const { document } = parseHTML(`<html><body>${html}</body></html>`);
      const main = document.querySelector('svg.chart-main')!;
      const markKinds = new Set([...main.querySelectorAll('g[aria-label]')].map((g) => g.getAttribute('aria-label')!.split(' ')[0]));
      expect([...markKinds].every((k) => ['rect', 'text', 'dot'].includes(k)), [...markKinds].join(', ')).toBe(true);
      expect(main.querySelector('line, polyline, polygon')).toBeNull();
      const links = [...main.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links.sort()).toEqual(chart.rows.map((r) => `/plans/${r.plan}/`).sort());
    }
  });

  it('say in both languages why they are drawn as squares', () => {
    expect(maps[0].descriptionZh).toContain('标准地图');
    expect(maps[0].descriptionZh).toContain('不画任何边界线');
    expect(maps[0].descriptionEn).toContain('draws no boundary line');
  });

  it('refuse a plan whose province has no square', () => {
    const grid = { ...TILE_GRID, tiles: TILE_GRID.tiles.filter((t) => t.code !== '430000') };
    expect(() => tileMaps(atlas, grid)).toThrow(/hengyang's province 湖南省 \(430000\) has no square/);
  });
});

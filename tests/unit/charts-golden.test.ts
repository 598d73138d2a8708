// Golden pictures: one chart of each family rendered to its standalone SVG and compared with
// the committed file in tests/golden/. On a mismatch the new picture is written beside it as
// <name>-changed.svg, so a reviewer can open both or `git diff --no-index` them. When a change
// is intended, accept it with UPDATE_GOLDEN=1 npx vitest run --project unit tests/unit/charts-golden.test.ts
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlas, loadMetrics, ROOT } from '../../scripts/load-content.ts';
import { buildIndicatorSet } from '../../src/lib/indicators/indicator-set.ts';
import { noteLines } from '../../src/lib/charts/chart-page.ts';
import type { ChartContext } from '../../src/lib/charts/chart.ts';
import { chartRegistry } from '../../src/lib/charts/registry.ts';
import { renderForPage, renderStandalone } from '../../src/render/plot-svg.ts';

const GOLDEN = join(ROOT, 'tests/golden');
const ORIGIN = 'https://eco-plan-atlas.example.org/';
const context: ChartContext = {
  planUrl: (p, para) => `${ORIGIN}plans/${p}/${para ? `#${para}` : ''}`,
  themeUrl: (t, p) => `${ORIGIN}themes/${t}/${p ? `#plan-${p}` : ''}`,
};
const GOLDEN_IDS = ['plan-theme-heatmap', 'plan-theme-profiles', 'plan-profile-shaoxing-2020', 'theme-across-plans-water', 'metric-good-air-days', 'tile-map-air'];

const atlas = loadAtlas();
const charts = chartRegistry(atlas, buildIndicatorSet(atlas, loadMetrics()));

describe('golden chart SVGs', () => {
  it.each(GOLDEN_IDS.map((id) => [id] as const))('%s renders as tests/golden/%s.svg', (id) => {
    const chart = charts.find((c) => c.id === id);
    if (!chart) throw new Error(`chart ${id} is not in the registry`);
    // As the site renders it: the note (description, units) wrapped to the chart's width above the source lines.
    const note = noteLines(chart, renderForPage(chart, { context }).width);
    const actual = renderStandalone(chart, { context, footer: [...note, '数据来源 Source: golden test', `${ORIGIN}charts/${id}/`] }).svg;
    const file = join(GOLDEN, `${id}.svg`);
    const changed = join(GOLDEN, `${id}-changed.svg`);
    if (process.env.UPDATE_GOLDEN === '1') {
      writeFileSync(file, actual);
      rmSync(changed, { force: true });
      return;
    }
    if (!existsSync(file)) throw new Error(`${file} does not exist: run with UPDATE_GOLDEN=1 to create it, then look at it`);
    const expected = readFileSync(file, 'utf8');
    if (actual !== expected) writeFileSync(changed, actual);
    else rmSync(changed, { force: true });
    expect(actual === expected, `${id}: the SVG differs from the golden file; the new one is at tests/golden/${id}-changed.svg`).toBe(true);
  });
});

// Every registered chart, rendered from the five plans: non-empty SVG with the marks the data
// calls for, accessible and CSP-safe markup, a standalone picture, and a CSV equal to its rows.
import { rgb } from 'd3-color';
import { csvParse } from 'd3-dsv';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadAtlas, loadMetrics } from '../../scripts/load-content.ts';
import { buildIndicatorSet } from '../../src/lib/indicators/indicator-set.ts';
import type { ChartContext, ChartDefinition } from '../../src/lib/charts/chart.ts';
import { HEATMAP_COLOURS, HEATMAP_THRESHOLDS } from '../../src/lib/charts/plan-theme-heatmap.ts';
import { NOT_MENTIONED_FILL } from '../../src/lib/charts/kit/palette.ts';
import { chartRegistry, checkRegistry } from '../../src/lib/charts/registry.ts';
import { textAnalysis } from '../../src/lib/compare/text-analysis.ts';
import { toCsv } from '../../src/lib/csv.ts';
import { renderForPage, renderInline, renderStandalone } from '../../src/render/plot-svg.ts';

const atlas = loadAtlas();
const indicators = buildIndicatorSet(atlas, loadMetrics());
/** Every chart the site registers, the metric dot plots included. */
const charts = chartRegistry(atlas, indicators);
const context: ChartContext = {
  planUrl: (p, para) => `/plans/${p}/${para ? `#${para}` : ''}`,
  themeUrl: (t, p) => `/themes/${t}/${p ? `#plan-${p}` : ''}`,
};
const rendered = new Map(
  charts.map((c) => [
    c.id,
    {
      inline: renderInline(c, { context }),
      standalone: renderStandalone(c, { context, footer: ['数据来源 Source: test', `https://example.org/charts/${c.id}/`] }),
    },
  ]),
);

function doc(markup: string): Document {
  return parseHTML(`<!doctype html><html><body>${markup.replace(/^<\?xml[^>]*>/, '')}</body></html>`).document as unknown as Document;
}
function inlineDoc(id: string): Document {
  return doc(rendered.get(id)!.inline.html);
}
/** The shapes a Plot mark drew: its group is labelled with the mark's name (bar, cell, text …). */
function markElements(d: Document, mark: string, shape: string): Element[] {
  const selector = shape
    .split(',')
    .map((s) => `svg.chart-main g[aria-label="${mark}"] ${s.trim()}`)
    .join(', ');
  return [...d.querySelectorAll(selector)];
}
function chart(id: string): ChartDefinition<any> {
  const c = charts.find((x) => x.id === id);
  if (!c) throw new Error(`no chart ${id} in the registry (ids: ${charts.map((x) => x.id).join(', ')})`);
  return c;
}
const hex = (c: string | null) => rgb(c ?? '').formatHex();
/** An attribute as it applies to an element: its own, or inherited from the nearest group that sets it. */
function inherited(el: Element, name: string): string | null {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const v = e.getAttribute(name);
    if (v !== null && v !== 'inherit') return v;
  }
  return null;
}
/** A tick label's text; Plot draws multi-line labels as one <tspan> per line. */
const labelText = (t: Element) => {
  const lines = [...t.querySelectorAll('tspan')].map((s) => s.textContent);
  return lines.length ? lines.join(' ') : t.textContent;
};
/** plan and theme of a linked mark, from its href /themes/<theme>/#plan-<plan>. */
function cellOf(el: Element): { plan: string; theme: string } {
  const href = el.closest('a')?.getAttribute('href') ?? '';
  const m = /\/themes\/([a-z0-9-]+)\/#plan-([a-z0-9-]+)$/.exec(href);
  if (!m) throw new Error(`mark without a theme/plan link: ${href}`);
  return { theme: m[1], plan: m[2] };
}
const matrixCell = (plan: string, theme: string) => atlas.matrix.find((c) => c.plan === plan && c.theme === theme)!;

const nPlans = atlas.plans.length;
const nThemes = atlas.themes.length;
const mentioned = atlas.matrix.filter((c) => c.mentioned);
const absent = atlas.matrix.filter((c) => !c.mentioned);

describe('chart registry', () => {
  it('holds the overview charts, one profile per plan and one chart per theme', () => {
    const ids = charts.map((c) => c.id);
    expect(ids).toContain('plan-theme-heatmap');
    expect(ids).toContain('plan-theme-profiles');
    for (const p of atlas.plans) expect(ids).toContain(`plan-profile-${p.plan.meta.id}`);
    for (const t of atlas.themes) expect(ids).toContain(`theme-across-plans-${t.id}`);
  });

  it('rejects a malformed or repeated id', () => {
    const c = chart('plan-theme-heatmap');
    expect(() => checkRegistry([c, { ...c }])).toThrow(/duplicate chart id "plan-theme-heatmap"/);
    expect(() => checkRegistry([{ ...c, id: 'Plan Theme' }])).toThrow(/"Plan Theme" is not a lowercase ASCII slug/);
  });

  it('draws the analysis charts from the analysis it is given, not from one it makes again', () => {
    // The build hands over the analysis it made (nearest plans on another thread): making it again here doubled its time.
    const own = textAnalysis(atlas);
    const shared = own.programmes.filter((p) => p.plans >= 2);
    expect(shared.length).toBeGreaterThan(1);
    const given = { ...own, programmes: own.programmes.filter((p) => p !== shared[0]) };
    const drawn = (defs: ChartDefinition<any>[]) => new Set(defs.find((d) => d.id === 'analysis-programmes')!.rows.map((r) => r.programme));
    expect(drawn(charts).has(shared[0].name)).toBe(true);
    expect(drawn(chartRegistry(atlas, indicators, undefined, given)).has(shared[0].name)).toBe(false);
  });

  it.each(charts.map((c) => [c.id, c] as const))('%s: has titles, a description, known source plans and rows with every column', (_, c) => {
    const planIds = new Set(atlas.plans.map((p) => p.plan.meta.id));
    expect(c.titleZh.trim()).not.toBe('');
    expect(c.titleEn.trim()).not.toBe('');
    expect(c.descriptionZh.length).toBeGreaterThan(20);
    expect(c.descriptionEn.length).toBeGreaterThan(20);
    expect(c.sources.length).toBeGreaterThan(0);
    for (const s of c.sources) expect(planIds.has(s), `source "${s}"`).toBe(true);
    expect(c.rows.length).toBeGreaterThan(0);
    for (const row of c.rows) for (const col of c.columns) expect(col.key in row, `row lacks column "${col.key}"`).toBe(true);
  });
});

describe('every chart renders', () => {
  it.each(charts.map((c) => [c.id] as const))('%s: inline SVG is non-empty, labelled, CSP-safe, with CJK fonts named', (id) => {
    const { inline } = rendered.get(id)!;
    const d = inlineDoc(id);
    const main = d.querySelector('svg.chart-main');
    expect(main, 'no svg.chart-main').not.toBeNull();
    expect(inline.width).toBeGreaterThan(100);
    expect(inline.height).toBeGreaterThan(50);
    // Something is drawn beyond axes: at least one shape in a mark group that is not an axis.
    const drawn = [...main!.querySelectorAll('g[aria-label]')].filter((g) => !/axis|grid|frame/.test(g.getAttribute('aria-label') ?? ''));
    expect(drawn.flatMap((g) => [...g.querySelectorAll('rect, circle, path, text, line')]).length).toBeGreaterThan(0);
    // Accessible: the svg's name and description are its first <title> and <desc>; every labelled group has a role.
    const [first, second] = [...main!.children];
    expect(first.tagName.toLowerCase()).toBe('title');
    expect(first.textContent).toBe(`${chart(id).titleZh} ${chart(id).titleEn}`);
    expect(second.tagName.toLowerCase()).toBe('desc');
    expect(second.textContent).toContain(chart(id).descriptionEn);
    expect(d.querySelectorAll('g[aria-label]:not([role])').length).toBe(0);
    // role="img" would hide links from assistive tech: linked charts keep the implicit role of <svg>.
    expect(main!.getAttribute('role')).toBe(main!.querySelector('a') ? null : 'img');
    // CSP: no <style> elements and no style attributes; no random class names.
    expect(inline.html).not.toMatch(/<style|\sstyle="/);
    expect(inline.html).not.toMatch(/class="plot-[0-9a-f]{6}/);
    for (const svg of d.querySelectorAll('svg')) expect(svg.getAttribute('font-family')).toMatch(/Noto Sans CJK SC/);
  });

  it.each(charts.map((c) => [c.id] as const))('%s: standalone SVG is one self-contained picture with title, chart and footer', (id) => {
    const { standalone } = rendered.get(id)!;
    const c = chart(id);
    expect(standalone.svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    const d = doc(standalone.svg);
    const root = d.querySelector('body > svg')!;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(Number(root.getAttribute('width'))).toBe(standalone.width);
    expect(Number(root.getAttribute('height'))).toBe(standalone.height);
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${standalone.width} ${standalone.height}`);
    expect(root.getAttribute('font-family')).toMatch(/Noto Sans CJK SC.*PingFang SC.*Microsoft YaHei/);
    expect(root.querySelector('title')?.textContent).toBe(`${c.titleZh} ${c.titleEn}`);
    const texts = [...root.children].filter((e) => e.tagName.toLowerCase() === 'text').map((t) => t.textContent);
    expect(texts).toEqual([c.titleZh, c.titleEn, '数据来源 Source: test', `https://example.org/charts/${id}/`]);
    // Everything Plot drew is inside, below the title and above the footer.
    const inner = [...root.children].filter((e) => e.tagName.toLowerCase() === 'svg');
    expect(inner.length).toBeGreaterThan(0);
    const last = inner.at(-1)!;
    expect(Number(last.getAttribute('y')) + Number(last.getAttribute('height'))).toBeLessThan(standalone.height - 30);
    expect(standalone.svg).not.toMatch(/<style|\sstyle="/);
  });

  it.each(charts.map((c) => [c.id, c] as const))('%s: CSV holds exactly its rows', (_, c) => {
    const keys = c.columns.map((col) => col.key);
    const parsed = csvParse(toCsv(c.rows, keys));
    expect(parsed.columns).toEqual(keys);
    expect(parsed.length).toBe(c.rows.length);
    parsed.forEach((line, i) => {
      for (const k of keys) {
        const v = c.rows[i][k];
        expect(line[k], `row ${i}, column ${k}`).toBe(v === null || v === undefined ? '' : String(v));
        if (typeof v === 'number') expect(Number(line[k])).toBe(v);
      }
    });
  });
});

describe('plan × theme heatmap', () => {
  const d = inlineDoc('plan-theme-heatmap');
  const cells = markElements(d, 'cell', 'rect');

  it('draws one cell and one label per plan and theme', () => {
    expect(cells.length).toBe(nPlans * nThemes);
    expect(markElements(d, 'text', 'text').length).toBe(nPlans * nThemes);
    const seen = new Set(cells.map((c) => JSON.stringify(cellOf(c))));
    expect(seen.size).toBe(nPlans * nThemes);
  });

  it('fills a cell by the bin of its share, and marks the themes a plan never mentions', () => {
    let blank = 0;
    for (const el of cells) {
      const { plan, theme } = cellOf(el);
      const cell = matrixCell(plan, theme);
      if (!cell.mentioned) {
        blank++;
        expect(hex(inherited(el, 'fill'))).toBe(hex(NOT_MENTIONED_FILL));
        expect(inherited(el, 'stroke-dasharray')).toBeTruthy();
      } else {
        const bin = HEATMAP_THRESHOLDS.filter((t) => t <= cell.share).length;
        expect(hex(inherited(el, 'fill')), `${plan} × ${theme} (${cell.share})`).toBe(hex(HEATMAP_COLOURS[bin]));
      }
    }
    expect(blank).toBe(absent.length);
    expect(markElements(d, 'text', 'text').filter((t) => t.textContent === '—').length).toBe(absent.length);
  });

  it('puts plans across and themes down, in the atlas order, 中文 first', () => {
    const across = [...d.querySelectorAll('g[aria-label="x-axis tick label"] text')].map(labelText);
    expect(across).toEqual(atlas.plans.map((p) => `${p.jurisdiction.nameZh} ${p.jurisdiction.nameEn}`));
    const down = [...d.querySelectorAll('g[aria-label="y-axis tick label"] text')].map(labelText);
    expect(down).toEqual(atlas.themes.map((t) => `${t.nameZh} ${t.nameEn}`));
  });

  it('has a legend that names its bins for screen readers', () => {
    const legend = d.querySelector('svg[aria-label^="图例 Legend"]');
    expect(legend?.getAttribute('aria-label')).toMatch(/5%, 10%, 15%, 20%/);
  });
});

describe('theme profiles (small multiples)', () => {
  const d = inlineDoc('plan-theme-profiles');
  it('draws a bar for every mentioned plan × theme and a dash for every other', () => {
    expect(markElements(d, 'bar', 'rect').length).toBe(mentioned.length);
    expect(markElements(d, 'text', 'text').length).toBe(absent.length);
  });
  it('draws all plans on one scale: bar length / share is the same everywhere', () => {
    const ratios = markElements(d, 'bar', 'rect').map((el) => {
      const { plan, theme } = cellOf(el);
      return Number(el.getAttribute('width')) / matrixCell(plan, theme).share;
    });
    const shareable = ratios.filter(Number.isFinite);
    for (const r of shareable) expect(r).toBeCloseTo(shareable[0], 3);
  });
});

describe('one profile per plan', () => {
  const ratios: number[] = [];
  it.each(atlas.plans.map((p) => [p.plan.meta.id] as const))('%s: a bar per mentioned theme, longest first, on the shared axis', (planId) => {
    const d = inlineDoc(`plan-profile-${planId}`);
    const bars = markElements(d, 'bar', 'rect');
    expect(bars.length).toBe(mentioned.filter((c) => c.plan === planId).length);
    expect(markElements(d, 'text', 'text').length).toBe(nThemes);
    for (const el of bars) expect(cellOf(el).plan).toBe(planId);
    const byY = [...bars].sort((a, b) => Number(a.getAttribute('y')) - Number(b.getAttribute('y')));
    const widths = byY.map((b) => Number(b.getAttribute('width')));
    expect(widths).toEqual([...widths].sort((a, b) => b - a));
    for (const el of bars) {
      const share = matrixCell(planId, cellOf(el).theme).share;
      if (share > 0) ratios.push(Number(el.getAttribute('width')) / share);
    }
  });
  it('all plan profiles share one scale', () => {
    expect(ratios.length).toBe(mentioned.filter((c) => c.share > 0).length);
    for (const r of ratios) expect(r).toBeCloseTo(ratios[0], 3);
  });
});

describe('one chart per theme', () => {
  const ratios: number[] = [];
  it.each(atlas.themes.map((t) => [t.id] as const))('%s: a bar per plan that mentions it, plans in atlas order', (themeId) => {
    const d = inlineDoc(`theme-across-plans-${themeId}`);
    const bars = markElements(d, 'bar', 'rect');
    const expected = atlas.plans.map((p) => p.plan.meta.id).filter((id) => matrixCell(id, themeId).mentioned);
    const byY = [...bars].sort((a, b) => Number(a.getAttribute('y')) - Number(b.getAttribute('y')));
    expect(byY.map((b) => cellOf(b).plan)).toEqual(expected);
    expect(markElements(d, 'text', 'text').length).toBe(nPlans);
    for (const el of bars) {
      const share = matrixCell(cellOf(el).plan, themeId).share;
      if (share > 0) ratios.push(Number(el.getAttribute('width')) / share);
    }
  });
  it('all theme charts share one scale', () => {
    expect(ratios.length).toBe(mentioned.filter((c) => c.share > 0).length);
    for (const r of ratios) expect(r).toBeCloseTo(ratios[0], 3);
  });
});

describe('links in charts', () => {
  it('open in a new window when asked (embeds), and stay on the page otherwise', () => {
    const c = chart('plan-theme-heatmap');
    const embedded = doc(renderInline(c, { context, linkTarget: '_blank' }).html);
    const links = [...embedded.querySelectorAll('svg.chart-main a')];
    expect(links.length).toBe(nPlans * nThemes);
    for (const a of links) expect(a.getAttribute('target')).toBe('_blank');
    for (const a of inlineDoc(c.id).querySelectorAll('svg.chart-main a')) expect(a.hasAttribute('target')).toBe(false);
  });
});

describe('one dot plot per metric', () => {
  const levelFigures = (metricId: string) => {
    const metric = indicators.metrics.find((m) => m.id === metricId)!;
    return indicators.indicators.filter((f) => f.metric === metricId && f.basis === 'level' && f.unit === metric.unit);
  };
  const stated = indicators.metrics.filter((m) => levelFigures(m.id).length > 0);

  it('registers a chart for every metric a plan states a figure for', () => {
    expect(stated.length).toBeGreaterThan(0);
    expect(charts.filter((c) => c.id.startsWith('metric-')).map((c) => c.id)).toEqual(stated.map((m) => `metric-${m.id}`));
  });

  it.each(stated.map((m) => [m.id] as const))('metric-%s: a dot per stated figure, "not stated" on every other plan', (metricId) => {
    const d = inlineDoc(`metric-${metricId}`);
    const figures = levelFigures(metricId);
    expect(markElements(d, 'dot', 'circle, path').length).toBe(figures.length);
    const silent = atlas.plans.filter((p) => !figures.some((f) => f.plan === p.plan.meta.id)).length;
    expect(markElements(d, 'text', 'text').filter((t) => t.textContent === '未提及 not stated').length).toBe(silent);
  });
});

describe('narrow layouts', () => {
  const responsive = charts.filter((c) => c.responsive);
  /** What the marks say (their tooltips): the same data, whatever the layout. */
  const markTitles = (d: Document) => [...d.querySelectorAll('svg.chart-main g[aria-label] title')].map((t) => t.textContent).sort();

  it('exist for the plan × theme charts', () => {
    expect(responsive.map((c) => c.id)).toEqual(charts.filter((c) => /^(plan-theme-|plan-profile-|theme-across-plans-|tile-map-)/.test(c.id)).map((c) => c.id));
  });

  it.each(responsive.map((c) => [c.id, c] as const))('%s: the narrow layout fits 400 px and draws the same marks', (id, c) => {
    const narrow = renderInline(c, { context: { ...context, narrow: true } });
    expect(narrow.width).toBeLessThanOrEqual(400);
    const wideTitles = markTitles(inlineDoc(id));
    expect(wideTitles.length).toBeGreaterThan(0);
    expect(markTitles(doc(narrow.html))).toEqual(wideTitles);
  });

  it('a page gets both layouts of a responsive chart, and one layout of any other', () => {
    const page = doc(renderForPage(chart('plan-theme-heatmap'), { context }).html);
    expect(page.querySelectorAll('.chart-variants > .chart-wide svg.chart-main').length).toBe(1);
    expect(page.querySelectorAll('.chart-variants > .chart-narrow svg.chart-main').length).toBe(1);
    const other = charts.find((c) => !c.responsive);
    if (other) expect(doc(renderForPage(other, { context }).html).querySelectorAll('svg.chart-main').length).toBe(1);
  });
});

describe('metric charts and plans nobody checked', () => {
  const accuracy = { measured: '2026-12-04', measuringHalf: { texts: 92, precision: 0.922, recall: 0.766 } };
  const ids = atlas.plans.map((p) => p.plan.meta.id);
  const metricCharts = (checked: string[]) => chartRegistry(atlas, indicators, { checks: new Map(checked.map((id) => [id, '2026-11-23'])), accuracy }).filter((c) => c.id.startsWith('metric-'));

  it('add nothing when every plan drawn was checked by hand', () => {
    const all = metricCharts(ids);
    expect(all.map((c) => [c.descriptionZh, c.descriptionEn])).toEqual(charts.filter((c) => c.id.startsWith('metric-')).map((c) => [c.descriptionZh, c.descriptionEn]));
  });

  it('say how many of the plans drawn were read by the program only, and the measured accuracy', () => {
    const hengyang = metricCharts(ids.filter((id) => id !== 'hengyang-2021')).filter((c) => c.sources.includes('hengyang-2021'));
    expect(hengyang.length).toBeGreaterThan(0);
    for (const c of hengyang) {
      expect(c.descriptionZh).toContain(`图中${c.sources.length}份计划有1份的数值由程序从原文读出，未经人工核对，请以原文为准`);
      expect(c.descriptionZh).toContain('92.2%');
      expect(c.descriptionEn).toContain(`Of the ${c.sources.length} plans drawn, 1 has figures read by the program and not checked by hand`);
    }
  });
});

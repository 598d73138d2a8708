// Links a reader takes away move from the configured SITE_URL to the origin the page is served
// from; the picture's note is wrapped to its width; the metric dot plots carry their key.
import { describe, expect, it } from 'vitest';
import { loadAtlas, loadMetrics } from '../../scripts/load-content.ts';
import { noteLines, wrapText } from '../../src/lib/charts/chart-page.ts';
import { metricDotPlots } from '../../src/lib/charts/metric-dot-plot.ts';
import { configuredBase, rebase, rebaseUrl, servedBase } from '../../src/lib/charts/served-origin.ts';
import { buildIndicatorSet } from '../../src/lib/indicators/indicator-set.ts';
import { renderStandalone } from '../../src/render/plot-svg.ts';

describe('served origin', () => {
  const from = configuredBase('https://eco-plan-atlas.example.org', '/atlas');
  it('computes the configured and the served base with the base path', () => {
    expect(from).toBe('https://eco-plan-atlas.example.org/atlas/');
    expect(servedBase('http://127.0.0.1:4321', '/atlas/')).toBe('http://127.0.0.1:4321/atlas/');
    expect(servedBase('http://localhost:8080', '/')).toBe('http://localhost:8080/');
  });
  it('keeps the configured base where the page has no web origin', () => {
    for (const origin of ['null', 'file://', '']) expect(servedBase(origin, '/')).toBeNull();
    expect(rebase(`<iframe src="${from}embed/x/">`, from, null)).toBe(`<iframe src="${from}embed/x/">`);
  });
  it('replaces every occurrence in a snippet and only URLs on the site', () => {
    const to = 'http://127.0.0.1:5000/atlas/';
    const snippet = `<iframe src="${from}embed/x/"></iframe>\n<script async src="${from}embed.js"></script>`;
    expect(rebase(snippet, from, to)).toBe(`<iframe src="${to}embed/x/"></iframe>\n<script async src="${to}embed.js"></script>`);
    expect(rebaseUrl(`${from}plans/a/#p1`, from, to)).toBe(`${to}plans/a/#p1`);
    expect(rebaseUrl('https://www.gov.cn/x', from, to)).toBe('https://www.gov.cn/x');
    expect(rebase('no link', from, to)).toBe('no link');
  });
});

describe('the note in the picture', () => {
  it('wraps Chinese anywhere and English at spaces, within the width, never opening a line with closing punctuation', () => {
    const zh = wrapText('说明：'.concat('每个点是一份计划原文中写明的数值，'.repeat(8)), 300);
    expect(zh.length).toBeGreaterThan(2);
    for (const line of zh) expect(line.length).toBeLessThanOrEqual(28);
    for (const line of zh.slice(1)) expect(line).not.toMatch(/^[，。、）]/);
    const en = wrapText('Note: each mark is a figure stated in a plan, hollow diamonds are targets and filled circles are achieved figures.', 200);
    expect(en.length).toBeGreaterThan(2);
    for (const line of en) expect(line).not.toMatch(/^\s|\s$/);
    expect(en.join(' ')).toBe('Note: each mark is a figure stated in a plan, hollow diamonds are targets and filled circles are achieved figures.');
  });
  it('gives both descriptions', () => {
    const lines = noteLines({ descriptionZh: '中文说明。', descriptionEn: 'English note.' }, 600);
    expect(lines).toEqual(['说明：中文说明。', 'Note: English note.']);
  });
});

describe('metric dot plots carry their key', () => {
  const atlas = loadAtlas();
  const plots = metricDotPlots(atlas, buildIndicatorSet(atlas, loadMetrics()));
  const context = { planUrl: (p: string) => `https://x.org/plans/${p}/`, themeUrl: (t: string) => `https://x.org/themes/${t}/` };
  it('all 16', () => {
    expect(plots.length).toBe(16);
  });
  it.each(plots.map((p) => [p.id, p] as const))('%s: ◇ target and ● achieved are explained inside the SVG', (_id, def) => {
    const { svg } = renderStandalone(def, { context, footer: [] });
    expect(svg).toContain('◇ 目标 Target');
    expect(svg).toContain('● 实绩 Achieved');
  });
});

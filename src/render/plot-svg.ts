/**
 * Render a chart definition to SVG at build time, with linkedom standing in for the DOM.
 * Two outputs: markup to put inline in a page (no <style>, no style attributes, so the page's
 * CSP holds), and a standalone SVG file with title, legend, chart and source line in one picture.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { ChartContext, ChartDefinition } from '../lib/charts/chart.ts';

/** Named so Chinese renders wherever the SVG is opened: Linux (Noto), macOS (PingFang), Windows (YaHei). */
export const CHART_FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif";
const SVG_NS = 'http://www.w3.org/2000/svg';
/** Plot's class prefix for every chart; fixed so output is deterministic (Plot's default is random). */
const CLASS_NAME = 'plot-chart';
/** CSS properties that have an SVG presentation attribute of the same name. */
const PRESENTATION = new Set([
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'opacity', 'font-family', 'font-size',
  'font-weight', 'font-style', 'font-variant', 'text-anchor', 'dominant-baseline', 'overflow', 'color', 'visibility', 'display',
]);

export interface InlineOptions {
  context: ChartContext;
  /** Links in an embedded chart open in the top window, not inside the iframe. */
  linkTarget?: '_top' | '_blank';
}

export interface StandaloneOptions {
  /** Absolute URLs, since the file is opened away from the site. */
  context: ChartContext;
  /** Lines under the chart: source, site name, link to the chart page. */
  footer: string[];
}

export interface InlineChart {
  html: string;
  /** Natural size of the legends and chart stacked (CSS px); the page may scale it down. */
  width: number;
  height: number;
}

export interface StandaloneSvg {
  svg: string;
  width: number;
  height: number;
}

type Doc = Document;

function newDocument(): Doc {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Doc;
}

/** Move what a style attribute says into presentation attributes (SVG) or drop it (HTML wrappers). */
function inlineStylesToAttributes(root: Element): void {
  for (const el of [root, ...root.querySelectorAll('[style]')]) {
    const style = el.getAttribute('style');
    if (style === null) continue;
    el.removeAttribute('style');
    if (el.tagName.toLowerCase() === 'figure' || el.tagName.toLowerCase() === 'div') continue;
    for (const decl of style.split(';')) {
      const at = decl.indexOf(':');
      if (at < 0) continue;
      const name = decl.slice(0, at).trim().toLowerCase();
      const value = decl.slice(at + 1).trim();
      if (PRESENTATION.has(name) && value && !el.hasAttribute(name)) el.setAttribute(name, value);
    }
  }
}

/** Plot's output for a chart: a <svg>, or a <figure> holding legends and the <svg>. */
function plotNode(chart: ChartDefinition<any>, context: ChartContext, document: Doc): Element {
  const options = chart.plot(chart.rows, context);
  const node = Plot.plot({ ...options, className: CLASS_NAME, document }) as unknown as Element;
  for (const s of [...node.querySelectorAll('style')]) s.remove();
  inlineStylesToAttributes(node);
  // Plot labels groups with aria-label but no role; axe flags that (aria-prohibited-attr).
  for (const g of node.querySelectorAll('g[aria-label]:not([role])')) g.setAttribute('role', 'group');
  for (const svg of svgsOf(node)) svg.setAttribute('font-family', CHART_FONT);
  return node;
}

function svgsOf(node: Element): Element[] {
  return node.tagName.toLowerCase() === 'svg' ? [node] : [...node.querySelectorAll('svg')];
}

/** The chart's own SVG is the last one; the ones before it are legends. */
function partsOf(node: Element): { legends: Element[]; main: Element } {
  const svgs = svgsOf(node).filter((s) => !s.parentElement || s.parentElement.tagName.toLowerCase() !== 'svg');
  return { legends: svgs.slice(0, -1), main: svgs.at(-1)! };
}

function describeLegends(legends: Element[]): void {
  for (const legend of legends) {
    const texts = [...legend.querySelectorAll('text')].map((t) => t.textContent ?? '');
    // The label is drawn last by Plot; list it first.
    const label = texts.length ? `${texts.at(-1)}: ${texts.slice(0, -1).join(', ')}` : '';
    legend.setAttribute('role', 'img');
    legend.setAttribute('aria-label', `图例 Legend — ${label}`);
  }
}

/** Name and describe the chart: an SVG takes its accessible name and description from its first <title> and <desc>. */
function label(main: Element, chart: ChartDefinition<any>, document: Doc): void {
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = `${chart.titleZh} ${chart.titleEn}`;
  const desc = document.createElementNS(SVG_NS, 'desc');
  desc.textContent = `${chart.descriptionZh} ${chart.descriptionEn}`;
  main.insertBefore(desc, main.firstChild);
  main.insertBefore(title, main.firstChild);
  // role="img" hides the children, so only a chart without links gets it; one with links keeps
  // the implicit role of <svg> (graphics-document), whose links a keyboard can reach.
  if (main.querySelector('a')) main.removeAttribute('role');
  else main.setAttribute('role', 'img');
}

/** Inline markup for a page: the chart (with legends) as Plot drew it, safe under the site's CSP. */
export function renderInline(chart: ChartDefinition<any>, { context, linkTarget }: InlineOptions): InlineChart {
  const document = newDocument();
  let node = plotNode(chart, context, document);
  const { legends, main } = partsOf(node);
  describeLegends(legends);
  label(main, chart, document);
  main.classList.add('chart-main');
  if (linkTarget) for (const a of main.querySelectorAll('a')) a.setAttribute('target', linkTarget);
  const width = Math.max(...[...legends, main].map((s) => num(s, 'width')));
  const height = [...legends, main].reduce((h, s) => h + num(s, 'height'), 0);
  if (node.tagName.toLowerCase() === 'figure') {
    // A figure inside the page's own <figure> would be a second, unlabelled figure.
    const div = document.createElement('div');
    div.setAttribute('class', 'chart-parts');
    div.append(...node.childNodes);
    node = div;
  }
  return { html: node.outerHTML, width, height };
}

/**
 * Inline markup for a page: the wide layout and, for a responsive chart, the narrow one beside it.
 * CSS (a container query on .chart) shows whichever fits the column; without it, the wide one.
 */
export function renderForPage(chart: ChartDefinition<any>, options: InlineOptions): InlineChart {
  const wide = renderInline(chart, { ...options, context: { ...options.context, narrow: false } });
  if (!chart.responsive) return wide;
  const narrow = renderInline(chart, { ...options, context: { ...options.context, narrow: true } });
  return {
    html: `<div class="chart-variants"><div class="chart-wide">${wide.html}</div><div class="chart-narrow">${narrow.html}</div></div>`,
    width: wide.width,
    height: wide.height,
  };
}

function num(el: Element, attr: string): number {
  const v = Number(el.getAttribute(attr));
  if (!Number.isFinite(v) || v <= 0) throw new Error(`render chart: <svg> without a numeric ${attr} (got "${el.getAttribute(attr)}")`);
  return v;
}

const PAD = 16;

/** One self-contained SVG file: title, legends, chart, footer; white background; fonts named. */
export function renderStandalone(chart: ChartDefinition<any>, { context, footer }: StandaloneOptions): StandaloneSvg {
  const document = newDocument();
  const node = plotNode(chart, context, document);
  const { legends, main } = partsOf(node);
  describeLegends(legends);
  const root = document.createElementNS(SVG_NS, 'svg');
  const text = (content: string, x: number, y: number, attrs: Record<string, string | number> = {}) => {
    const t = document.createElementNS(SVG_NS, 'text');
    t.setAttribute('x', String(x));
    t.setAttribute('y', String(y));
    for (const [k, v] of Object.entries(attrs)) t.setAttribute(k, String(v));
    t.textContent = content;
    return t;
  };
  const width = Math.max(num(main, 'width'), ...legends.map((l) => num(l, 'width'))) + 2 * PAD;
  const parts: Element[] = [];
  let y = PAD + 18;
  parts.push(text(chart.titleZh, PAD, y, { 'font-size': 18, 'font-weight': 'bold' }));
  y += 20;
  parts.push(text(chart.titleEn, PAD, y, { 'font-size': 13, fill: '#444444' }));
  y += 14;
  for (const legend of legends) {
    legend.setAttribute('x', String(PAD));
    legend.setAttribute('y', String(y));
    parts.push(legend);
    y += num(legend, 'height') + 6;
  }
  main.setAttribute('x', String(PAD));
  main.setAttribute('y', String(y));
  main.removeAttribute('role');
  parts.push(main);
  y += num(main, 'height') + 8;
  for (const line of footer) {
    y += 15;
    parts.push(text(line, PAD, y, { 'font-size': 11, fill: '#444444' }));
  }
  const height = Math.ceil(y + PAD);
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-family', CHART_FONT);
  root.setAttribute('font-size', '12');
  root.setAttribute('color', 'black');
  root.setAttribute('role', 'img');
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = `${chart.titleZh} ${chart.titleEn}`;
  const desc = document.createElementNS(SVG_NS, 'desc');
  desc.textContent = `${chart.descriptionZh} ${chart.descriptionEn}`;
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', 'white');
  root.append(title, desc, background, ...parts);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${root.outerHTML}\n`, width, height };
}

/** Render Plot options to an SVG string at build time, with linkedom standing in for the DOM. */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { ChartContext, ChartDefinition } from '../lib/charts/chart.ts';

const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Source Han Sans SC', sans-serif";

export interface RenderedChart {
  /** The <svg> (or a <figure> when Plot adds a legend) as markup. */
  html: string;
  /** A standalone SVG file: one <svg>, fonts named, title and description inside. */
  svg: string;
}

export function renderChart(chart: ChartDefinition<any>, context: ChartContext): RenderedChart {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const options = chart.plot(chart.rows, context);
  const node = Plot.plot({
    ...options,
    document: document as unknown as Document,
    style: { fontFamily: FONT, fontSize: '12px', background: 'white', color: 'black', ...(typeof options.style === 'object' ? options.style : {}) },
    ariaLabel: `${chart.titleZh} ${chart.titleEn}`,
    ariaDescription: chart.descriptionEn,
  }) as unknown as Element;
  // Plot labels groups with aria-label but no role; give them one so assistive tech may use it.
  for (const g of node.querySelectorAll('g[aria-label]:not([role])')) g.setAttribute('role', 'group');
  const svgs = node.tagName.toLowerCase() === 'svg' ? [node] : [...node.querySelectorAll('svg')];
  const main = svgs.at(-1)!;
  main.setAttribute('role', 'img');
  const title = document.createElement('title');
  title.textContent = `${chart.titleZh} ${chart.titleEn}`;
  const desc = document.createElement('desc');
  desc.textContent = `${chart.descriptionZh} ${chart.descriptionEn}`;
  main.insertBefore(desc, main.firstChild);
  main.insertBefore(title, main.firstChild);
  const standalone = main.cloneNode(true) as Element;
  standalone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  standalone.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  standalone.setAttribute('font-family', FONT);
  return { html: node.outerHTML, svg: `<?xml version="1.0" encoding="UTF-8"?>\n${standalone.outerHTML}\n` };
}

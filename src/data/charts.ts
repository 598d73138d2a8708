/** The chart registry for this build: each chart rendered once per use, plus its page's view model. */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { chartRegistry } from '../lib/charts/registry.ts';
import type { ChartContext, ChartDefinition } from '../lib/charts/chart.ts';
import { chartPageView, chartSources, footerLines, noteLines, type ChartPageView, type ChartSite } from '../lib/charts/chart-page.ts';
import { joinBase } from '../lib/urls.ts';
import { tableView, type TableView } from '../lib/views/data-table.ts';
import { renderForPage, renderStandalone, type InlineChart, type StandaloneSvg } from '../render/plot-svg.ts';
import { getAtlas, getThemeHref } from './atlas.ts';
import type { ThemeHref } from '../lib/plan-pages.ts';
import { getIndicatorSet } from './indicators.ts';
import { getAnalysis } from './analysis.ts';
import type { ViewInputs } from '../lib/views/inputs.ts';
import { SITE_NAME_EN, SITE_NAME_ZH, SITE_ORIGIN, urls } from './site.ts';
import { getFigureTrust } from './figure-checks.ts';

export interface RenderedChart {
  /** Inline markup for the site's pages (links stay on the site). */
  html: string;
  /** Natural size of the inline chart (CSS px). */
  width: number;
  height: number;
  /** Inline markup for the embed page (links open a new window, not inside the iframe). */
  embedHtml: string;
  /** The standalone picture: /data/charts/<id>.svg, and the source of the PNG. */
  standalone: StandaloneSvg;
}

export interface SiteChart {
  def: ChartDefinition<any>;
  rendered: RenderedChart;
  page: ChartPageView;
  /** The data table under the chart, formatted once. */
  table: TableView;
}

/** An absolute URL for a base-relative site path, from the configured site URL and base path. */
export function absoluteUrl(path: string): string {
  return new URL(path, SITE_ORIGIN).href;
}

/** Links from chart marks: on the site, and absolute for embeds and standalone files. */
function chartContexts(themeHref: ThemeHref): { site: ChartContext; absolute: ChartContext } {
  return {
    site: { planUrl: urls.plan, themeUrl: themeHref },
    absolute: {
      planUrl: (planId, paragraphId) => absoluteUrl(urls.plan(planId, paragraphId)),
      themeUrl: (themeId, planId) => absoluteUrl(themeHref(themeId, planId)),
    },
  };
}

export const chartSite: ChartSite = {
  nameZh: SITE_NAME_ZH,
  nameEn: SITE_NAME_EN,
  absolute: absoluteUrl,
  chart: urls.chart,
  embed: urls.embed,
  data: urls.data,
  plan: (id) => urls.plan(id),
  loader: joinBase(import.meta.env.BASE_URL, 'embed.js'),
};

/** Title and source line above and below the chart on the embed page, in CSS px. */
const EMBED_CHROME_HEIGHT = 120;

/** The build's date, as the access date shown before the reader's own replaces it. */
const BUILD_DATE = new Date().toISOString().slice(0, 10);

/**
 * A large string kept deflated until a page reads it. Every chart's markup is drawn once and held
 * for the whole build: about 80 MB of the live heap at 1,000 plans and ten times that at 10,000,
 * which the collector would otherwise carry through every page. Level 1: fast, and about a fifth
 * of the size (a 200-plan site's standalone SVGs: 5.3 MB, 0.95 MB deflated).
 */
function deflated(text: string): () => string {
  const bytes = deflateRawSync(Buffer.from(text, 'utf8'), { level: 1 });
  return () => inflateRawSync(bytes).toString('utf8');
}

/** A rendered chart whose markup is inflated on each read (a page reads each form once). */
function keptDeflated(inline: InlineChart, embedHtml: string, standalone: StandaloneSvg): RenderedChart {
  const html = deflated(inline.html);
  const embed = deflated(embedHtml);
  const svg = deflated(standalone.svg);
  return {
    get html() { return html(); },
    width: inline.width,
    height: inline.height,
    get embedHtml() { return embed(); },
    standalone: { get svg() { return svg(); }, width: standalone.width, height: standalone.height },
  };
}

let charts: Promise<SiteChart[]> | undefined;

export function getCharts(): Promise<SiteChart[]> {
  // The analysis charts draw the build's own analysis: without it they would compute it all again, nearest plans on this thread too.
  charts ??= Promise.all([getAtlas(), getIndicatorSet(), getThemeHref(), getFigureTrust(), getAnalysis()]).then(([atlas, indicators, themeHref, trust, { analysis }]) => {
    const { site: chartContext, absolute: absoluteContext } = chartContexts(themeHref);
    return chartRegistry(atlas, indicators, trust, analysis).map((def) => {
      const inline = renderForPage(def, { context: chartContext });
      const pageUrl = absoluteUrl(urls.chart(def.id));
      // The note (what the chart shows, its units, how to read it) goes into the picture, wrapped to the chart's width.
      const footer = footerLines(chartSources(def, atlas, chartSite.plan), chartSite, pageUrl, noteLines(def, inline.width));
      const standalone = renderStandalone(def, { context: absoluteContext, footer });
      const embedHtml = renderForPage(def, { context: absoluteContext, linkTarget: '_blank' }).html;
      const rendered = keptDeflated(inline, embedHtml, standalone);
      const size = { svgWidth: standalone.width, svgHeight: standalone.height, embedHeight: inline.height + EMBED_CHROME_HEIGHT };
      const table = tableView(def.columns, def.rows, `${def.titleZh} ${def.titleEn}`);
      return { def, rendered, page: chartPageView(def, atlas, chartSite, size, BUILD_DATE), table };
    });
  });
  return charts;
}

let byId: Promise<Map<string, SiteChart>> | undefined;

/** Every chart of this build by id (the same rendered objects as getCharts()). */
export function getChartsById(): Promise<Map<string, SiteChart>> {
  byId ??= getCharts().then((all) => new Map(all.map((c) => [c.def.id, c])));
  return byId;
}

export async function getChart(id: string): Promise<SiteChart> {
  const found = (await getChartsById()).get(id);
  if (!found) throw new Error(`unknown chart id "${id}"`);
  return found;
}

let viewInputs: Promise<ViewInputs<SiteChart>> | undefined;

/**
 * Everything a route's view model (src/lib/views/) is computed from, built once per build.
 * (It belongs in a bridge module of its own; it sits here beside the charts it hands on.)
 */
export function getViewInputs(): Promise<ViewInputs<SiteChart>> {
  viewInputs ??= Promise.all([getAtlas(), getIndicatorSet(), getAnalysis(), getThemeHref(), getChartsById()]).then(
    ([atlas, indicators, { analysis, glossary }, themeHref, charts]) => ({ atlas, indicators, analysis, glossary, urls, themeHref, charts }),
  );
  return viewInputs;
}

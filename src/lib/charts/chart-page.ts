/** What a chart's own page shows besides the chart: its sources, downloads, embed code and citations. */
import type { Atlas } from '../atlas.ts';
import { planById } from '../atlas-index.ts';
import { atlasPlanNames, type PlanName } from '../labels.ts';
import { citeApa, citeGbt7714, type Citation, type CitedSource } from '../citation.ts';
import type { ChartDefinition } from './chart.ts';
import { iframeSnippet, imgSnippet } from './embed-snippets.ts';

export interface ChartSite {
  nameZh: string;
  nameEn: string;
  /** Absolute URL of a site path (base path included), e.g. abs('/charts/x/'). */
  absolute: (path: string) => string;
  /** Base-relative URLs of the site's pages. */
  chart: (id: string) => string;
  embed: (id: string) => string;
  data: (file: string) => string;
  plan: (id: string) => string;
  /** The loader script for embedders. */
  loader: string;
}

export interface ChartSource extends CitedSource {
  id: string;
  /** The plan's place, with its years when the place has several plans (labels.ts planNames); the same for jurisdictionEn. */
  jurisdictionZh: string;
  jurisdictionEn: string;
  /** Base-relative URL of the plan's page. */
  url: string;
}

export interface ChartLinks {
  page: string;
  embed: string;
  svg: string;
  csv: string;
  /** File name the PNG download is saved as. */
  pngName: string;
}

export interface ChartPageView {
  /** Base-relative links, for the site's own pages. */
  links: ChartLinks;
  /** Absolute links, for snippets, citations and the picture's footer. */
  absolute: ChartLinks;
  sources: ChartSource[];
  citations: { apa: Citation; gbt7714: Citation };
  /** The citations as the page lists them, each with the id its copy button targets. */
  citationBlocks: { citation: Citation; zh: string; en: string; elementId: string }[];
  snippets: { iframe: string; img: string; link: string };
  /** Ids of the embed panel's fields, for their labels and copy buttons. */
  snippetIds: { iframe: string; img: string; link: string };
  downloads: {
    svgName: string;
    csvName: string;
    /** The standalone picture's size; the PNG is drawn at twice it. */
    width: number;
    height: number;
    pngWidth: number;
    pngHeight: number;
    rows: number;
  };
}

export function chartLinks(id: string, site: Pick<ChartSite, 'chart' | 'embed' | 'data'>): ChartLinks {
  return { page: site.chart(id), embed: site.embed(id), svg: site.data(`charts/${id}.svg`), csv: site.data(`charts/${id}.csv`), pngName: `${id}.png` };
}

export function absoluteLinks(links: ChartLinks, absolute: (path: string) => string): ChartLinks {
  return { page: absolute(links.page), embed: absolute(links.embed), svg: absolute(links.svg), csv: absolute(links.csv), pngName: links.pngName };
}

/** The English name with the years when they tell the plan apart: the footer's English line stands alone. */
const withYears = (n: PlanName): string => (n.years ? `${n.en} ${n.years}` : n.en);

/** The chart's source plans, in the chart's order, with what a citation needs. */
export function chartSources(def: ChartDefinition<any>, atlas: Atlas, planUrl: (id: string) => string): ChartSource[] {
  const names = atlasPlanNames(atlas.plans);
  return def.sources.map((id) => {
    const found = planById(atlas.plans, id);
    if (!found) throw new Error(`chart "${def.id}": source "${id}" is not the id of a plan (known: ${atlas.plans.map((p) => p.plan.meta.id).join(', ')})`);
    const { meta } = found.plan;
    return { id, issuer: meta.issuer, title: meta.title, published: meta.published, jurisdictionZh: names.get(id)!.zh, jurisdictionEn: withYears(names.get(id)!), url: planUrl(id) };
  });
}

/** The lines under the chart in the SVG/PNG picture: where the data comes from and where the chart lives. */
export function footerLines(sources: ChartSource[], site: Pick<ChartSite, 'nameZh' | 'nameEn'>, pageUrl: string, note: string[] = []): string[] {
  const zh =
    sources.length === 1
      ? `数据来源：${sources[0].issuer}《${sources[0].title}》`
      : `数据来源：${sources.map((s) => s.jurisdictionZh).join('、')}的生态环境工作计划`;
  const en =
    sources.length === 1
      ? `Source: ${sources[0].jurisdictionEn} ecological-environment work plan (${sources[0].issuer})`
      : `Source: ecological-environment work plans of ${sources.map((s) => s.jurisdictionEn).join(', ')}`;
  return [...note, ...(sources.length ? [zh, en] : []), `${site.nameZh} ${site.nameEn} · ${pageUrl}`];
}

export interface ChartSize {
  /** The standalone SVG picture. */
  svgWidth: number;
  svgHeight: number;
  /** The embed page's height at the chart's natural width, before it reports its own. */
  embedHeight: number;
}

export function chartPageView(def: ChartDefinition<any>, atlas: Atlas, site: ChartSite, size: ChartSize, accessed: string): ChartPageView {
  const links = chartLinks(def.id, site);
  const absolute = absoluteLinks(links, site.absolute);
  const sources = chartSources(def, atlas, site.plan);
  const citationInput = { siteNameZh: site.nameZh, siteNameEn: site.nameEn, titleZh: def.titleZh, titleEn: def.titleEn, url: absolute.page, accessed, sources };
  const snippetInput = {
    chartId: def.id,
    titleZh: def.titleZh,
    titleEn: def.titleEn,
    embedUrl: absolute.embed,
    chartUrl: absolute.page,
    svgUrl: absolute.svg,
    loaderUrl: site.absolute(site.loader),
    iframeHeight: size.embedHeight,
    svgWidth: size.svgWidth,
    svgHeight: size.svgHeight,
    alt: `${def.titleZh} ${def.titleEn}。${def.descriptionZh}`,
  };
  const citations = { apa: citeApa(citationInput), gbt7714: citeGbt7714(citationInput) };
  return {
    links,
    absolute,
    sources,
    citations,
    citationBlocks: [
      { citation: citations.apa, zh: 'APA 格式', en: 'APA style (7th ed.)', elementId: `cite-${citations.apa.style}-${def.id}` },
      { citation: citations.gbt7714, zh: 'GB/T 7714 格式', en: 'GB/T 7714-2015', elementId: `cite-${citations.gbt7714.style}-${def.id}` },
    ],
    snippets: { iframe: iframeSnippet(snippetInput), img: imgSnippet(snippetInput), link: absolute.page },
    snippetIds: { iframe: `embed-iframe-${def.id}`, img: `embed-img-${def.id}`, link: `embed-link-${def.id}` },
    downloads: {
      svgName: `${def.id}.svg`,
      csvName: `${def.id}.csv`,
      width: size.svgWidth,
      height: size.svgHeight,
      pngWidth: size.svgWidth * 2,
      pngHeight: size.svgHeight * 2,
      rows: def.rows.length,
    },
  };
}

/** Approximate advance of a character at the footer's 11 px size: CJK and full-width forms are square, the rest about half. */
function advance(ch: string): number {
  return /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/.test(ch) ? 11 : 5.6;
}

/** Punctuation that must not open a line (it stays at the end of the line before). */
const NO_LINE_START = /^[，。、；：？！）》」』”’%,.;:?!)\]]/;

/**
 * Text broken into lines of at most `width` px at the footer's size: at spaces where there are
 * any, between any two Chinese characters otherwise, never before closing punctuation.
 */
export function wrapText(text: string, width: number): string[] {
  const tokens = text.match(/[A-Za-z0-9\u00C0-\u024F'’“”"().,;:!?%≥≤≈→+\-/–—]+\s*|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const token of tokens) {
    const w = [...token].reduce((sum, ch) => sum + advance(ch), 0);
    if (used + w > width && line.trim() && !NO_LINE_START.test(token)) {
      lines.push(line.trimEnd());
      line = '';
      used = 0;
      if (!token.trim()) continue;
    }
    line += token;
    used += w;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/**
 * The chart's note for the picture's footer: what it shows, its units and how to read it (the
 * description in both languages), wrapped to the picture's width so a PNG in a report needs no
 * surrounding text.
 */
export function noteLines(def: Pick<ChartDefinition<any>, 'descriptionZh' | 'descriptionEn'>, width: number): string[] {
  const usable = Math.max(240, width);
  return [...wrapText(`说明：${def.descriptionZh}`, usable), ...wrapText(`Note: ${def.descriptionEn}`, usable)];
}

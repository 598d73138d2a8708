/** The HTML an embedder pastes: an iframe that sizes itself, or a plain picture for places that forbid iframes. */

/** The message an embed page posts to its parent window with its height in CSS pixels. */
export const EMBED_HEIGHT_MESSAGE = 'eco-plan-atlas:embed-height';
/** The message the loader posts to embeds that loaded before it, asking for their height. */
export const EMBED_HEIGHT_REQUEST = 'eco-plan-atlas:embed-height-request';
/** The attribute that marks our iframes in an embedder's page. */
export const EMBED_ATTRIBUTE = 'data-eco-plan-atlas-embed';

export interface EmbedSnippetInput {
  chartId: string;
  titleZh: string;
  titleEn: string;
  /** Absolute URLs. */
  embedUrl: string;
  chartUrl: string;
  svgUrl: string;
  loaderUrl: string;
  /** Height of the iframe before the embed reports its own (CSS px). */
  iframeHeight: number;
  /** Size of the standalone SVG picture. */
  svgWidth: number;
  svgHeight: number;
  /** Alternative text for the picture. */
  alt: string;
}

/** Escape text for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An iframe that fills the width it is given, plus the loader script that sets its height. */
export function iframeSnippet(i: EmbedSnippetInput): string {
  const title = escapeAttribute(`${i.titleZh} ${i.titleEn}`);
  return (
    `<iframe src="${escapeAttribute(i.embedUrl)}" title="${title}" width="100%" height="${Math.ceil(i.iframeHeight)}" ` +
    `loading="lazy" style="border:0;width:100%;max-width:100%" ${EMBED_ATTRIBUTE}="${escapeAttribute(i.chartId)}"></iframe>\n` +
    `<script async src="${escapeAttribute(i.loaderUrl)}"></script>`
  );
}

/** The static SVG as a picture, linked to the chart page (where the data and citation are). */
export function imgSnippet(i: EmbedSnippetInput): string {
  return (
    `<a href="${escapeAttribute(i.chartUrl)}"><img src="${escapeAttribute(i.svgUrl)}" alt="${escapeAttribute(i.alt)}" ` +
    `width="${Math.round(i.svgWidth)}" height="${Math.round(i.svgHeight)}" style="max-width:100%;height:auto"></a>`
  );
}

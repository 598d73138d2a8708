/**
 * Move the links a reader copies or follows from the configured SITE_URL to the origin this page is
 * served from: embed snippets, the chart link, citations and the chart's links (embed pages).
 * The static HTML keeps the configured address, which is what a reader without JavaScript gets.
 * The configured base is read from the page (data-site-base), so one built site works anywhere.
 */
import { rebase, rebaseUrl, servedBase } from '../lib/charts/served-origin.ts';

export interface SiteBases {
  from: string;
  to: string | null;
}

/** The configured and the served site base for this page, or null when the page names none. */
export function siteBases(): SiteBases | null {
  const marker = document.querySelector<HTMLElement>('[data-site-base]');
  const from = marker?.dataset.siteBase;
  if (!from) return null;
  return { from, to: servedBase(location.origin, import.meta.env.BASE_URL) };
}

/** Text nodes under an element, rebased in place (citations keep their italics and dates). */
function rebaseText(el: Element, b: SiteBases): void {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const next = rebase(node.nodeValue ?? '', b.from, b.to);
    if (next !== node.nodeValue) node.nodeValue = next;
  }
}

export function applyServedOrigin(b: SiteBases | null = siteBases()): void {
  if (!b || !b.to || b.to === b.from) return;
  for (const field of document.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('textarea[data-site-rebase], input[data-site-rebase]')) {
    field.value = rebase(field.value, b.from, b.to);
  }
  for (const el of document.querySelectorAll('[data-site-rebase-text]')) rebaseText(el, b);
  // Links (HTML and SVG) that point at the configured site: the chart's marks, the source line.
  for (const a of document.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    const next = rebaseUrl(href, b.from, b.to);
    if (next !== href) a.setAttribute('href', next);
  }
}

applyServedOrigin();

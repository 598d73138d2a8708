/** DOM helpers for search: every piece of plan text or query becomes a text node, never HTML. */
import type { Run } from '../lib/highlight.ts';

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

/** Plain runs as text, matches as <mark>. */
export function appendRuns(parent: Node, runs: readonly Run[]): void {
  for (const r of runs) parent.appendChild(r.match ? el('mark', {}, r.text) : document.createTextNode(r.text));
}

/** Chinese first, English beside it in a lang="en" span. */
export function bilingual(zh: string, en: string): DocumentFragment {
  const f = document.createDocumentFragment();
  f.append(`${zh} `, el('span', { lang: 'en', class: 'en' }, en));
  return f;
}

/** The site's base path (ends in a slash). */
export const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

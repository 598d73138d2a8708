/**
 * On a plan page reached from search (…/plans/<id>/?hl=<terms>#<paragraph>): mark every
 * occurrence of the terms in the plan's headings and paragraphs, count them, offer previous /
 * next / clear, and bring the linked paragraph into view. Marks wrap existing text nodes; no
 * text is ever parsed as HTML.
 */
import { parseQuery } from '../lib/search/parse-query.ts';
import { originalMatches } from '../lib/search/snippet.ts';
import { siteUrls } from '../lib/urls.ts';
import { BASE, el } from './search-dom.ts';

/** Where plan text is on the page: paragraph bodies and section headings. */
const TEXT_SELECTOR = 'article [id^="p-"] > p, article :is(h2, h3, h4, h5, h6)[id^="s-"]';

function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** Wrap [start, end) of an element's text (counted across its text nodes) in marks; returns them. */
function markRange(nodes: Text[], offsets: number[], start: number, end: number): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) {
    const nodeStart = offsets[i];
    const nodeEnd = nodeStart + nodes[i].data.length;
    const a = Math.max(start, nodeStart);
    const b = Math.min(end, nodeEnd);
    if (a >= b) continue;
    const range = document.createRange();
    range.setStart(nodes[i], a - nodeStart);
    range.setEnd(nodes[i], b - nodeStart);
    const mark = el('mark', { class: 'search-hit' });
    range.surroundContents(mark);
    marks.unshift(mark);
  }
  return marks;
}

export function highlightTerms(terms: readonly string[]): HTMLElement[] {
  const all: HTMLElement[] = [];
  for (const block of document.querySelectorAll(TEXT_SELECTOR)) {
    const nodes = textNodes(block);
    const offsets: number[] = [];
    let text = '';
    for (const n of nodes) {
      offsets.push(text.length);
      text += n.data;
    }
    const found: HTMLElement[][] = [];
    // Right to left, so earlier offsets stay valid while nodes are split.
    for (const [start, end] of originalMatches(text, terms).reverse()) found.unshift(markRange(nodes, offsets, start, end));
    for (const marks of found) {
      marks.forEach((m, i) => i > 0 && m.setAttribute('data-continued', ''));
      all.push(...marks);
    }
  }
  return all;
}

function start(): void {
  const params = new URLSearchParams(location.search);
  const raw = params.get('hl') ?? params.get('q');
  const host = document.querySelector<HTMLElement>('[data-search-highlight]');
  if (!raw || !host) return;
  const terms = parseQuery(raw).terms;
  if (!terms.length) return;
  const marks = highlightTerms(terms);
  const hits = marks.filter((m) => !m.hasAttribute('data-continued'));
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;

  let current = target ? hits.findIndex((m) => target.contains(m)) : -1;
  const position = el('span', { 'aria-live': 'polite' });
  const show = (i: number) => {
    if (!hits.length) return;
    current = (i + hits.length) % hits.length;
    hits.forEach((m, k) => m.classList.toggle('current', k === current));
    hits[current].scrollIntoView({ block: 'center' });
    position.textContent = `第 ${current + 1} / ${hits.length} 处 (${current + 1} of ${hits.length})`;
  };
  const button = (label: string, action: () => void) => {
    const b = el('button', { type: 'button', class: 'secondary' }, label);
    b.addEventListener('click', action);
    return b;
  };
  const back = el('a', { href: `${siteUrls(BASE).search()}?${new URLSearchParams({ q: terms.join(' ') })}` }, '返回搜索 Back to search');
  const clear = button('清除高亮 Clear', () => {
    for (const m of marks) m.replaceWith(...m.childNodes);
    document.querySelectorAll(TEXT_SELECTOR).forEach((b) => b.normalize());
    host.hidden = true;
    const url = new URL(location.href);
    url.searchParams.delete('hl');
    url.searchParams.delete('q');
    history.replaceState(null, '', url);
  });
  host.replaceChildren(
    el(
      'p',
      {},
      el('strong', { 'data-highlight-count': String(hits.length) }, hits.length ? `已高亮 ${hits.length} 处` : '本页没有找到'),
      ` 「${terms.join(' ')}」 `,
      el('span', { lang: 'en' }, hits.length ? `${hits.length} hits highlighted` : 'not found on this page'),
      ' ',
      position,
      ' ',
      ...(hits.length ? [button('上一处 Previous', () => show(current - 1)), ' ', button('下一处 Next', () => show(current + 1)), ' '] : []),
      clear,
      ' ',
      back,
    ),
  );
  host.hidden = false;
  if (target) {
    target.scrollIntoView({ block: 'start' });
    if (current >= 0) {
      hits[current].classList.add('current');
      position.textContent = `第 ${current + 1} / ${hits.length} 处 (${current + 1} of ${hits.length})`;
    }
  }
}

start();

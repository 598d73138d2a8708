/**
 * On an embed page inside an iframe: tell the parent window how tall the chart is, whenever that
 * changes, so the embedder's loader (embed.js) can size the iframe. Nothing happens outside an iframe.
 */
import { EMBED_HEIGHT_MESSAGE, EMBED_HEIGHT_REQUEST } from '../lib/charts/embed-snippets.ts';

const root = document.querySelector<HTMLElement>('[data-embed-chart]');

if (root && window.parent !== window) {
  const chart = root.dataset.embedChart ?? '';
  let last = -1;
  const post = (force = false) => {
    // The wrapper's own height: the document's scroll height never shrinks below the iframe's.
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (!force && height === last) return;
    last = height;
    window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, chart, height }, '*');
  };
  new ResizeObserver(() => post()).observe(root);
  window.addEventListener('load', () => post(true));
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && (event.data as { type?: unknown } | null)?.type === EMBED_HEIGHT_REQUEST) post(true);
  });
  post(true);
}

/**
 * "/" focuses the search box (the page's own on /search/, else the header's), as on most
 * search-heavy sites. Suggestions load the first time a search box gets focus or input.
 */
const boxes = [...document.querySelectorAll<HTMLInputElement>('[data-search-box]')];
const loading = new WeakSet<HTMLInputElement>();

/**
 * Starts loading the suggestion module for a box, once. Chromium defers a focus event while its
 * window is in the background, so typing and the "/" key start it too, not only focus.
 */
function loadSuggestions(box: HTMLInputElement, typedAlready: boolean): void {
  if (loading.has(box)) return;
  loading.add(box);
  // Remember typing that happens while the module is still loading.
  let typed = typedAlready;
  const markTyped = () => (typed = true);
  box.addEventListener('input', markTyped);
  void import('./search-suggest.ts').then((m) => {
    box.removeEventListener('input', markTyped);
    m.attachSuggestions(box, typed);
  });
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  const box = boxes.find((b) => b.hasAttribute('data-search-main')) ?? boxes[0];
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
  loadSuggestions(box, false);
});

for (const box of boxes) {
  box.addEventListener('focus', () => loadSuggestions(box, false), { once: true });
  box.addEventListener('input', () => loadSuggestions(box, true), { once: true });
}

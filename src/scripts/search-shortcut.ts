/**
 * "/" focuses the search box (the page's own on /search/, else the header's), as on most
 * search-heavy sites. Suggestions load the first time a search box gets focus.
 */
const boxes = [...document.querySelectorAll<HTMLInputElement>('[data-search-box]')];

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  const box = boxes.find((b) => b.hasAttribute('data-search-main')) ?? boxes[0];
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

for (const box of boxes) {
  box.addEventListener(
    'focus',
    () => {
      // Remember typing that happens while the suggestion module is still loading.
      let typed = false;
      const markTyped = () => (typed = true);
      box.addEventListener('input', markTyped);
      void import('./search-suggest.ts').then((m) => {
        box.removeEventListener('input', markTyped);
        m.attachSuggestions(box, typed);
      });
    },
    { once: true },
  );
}

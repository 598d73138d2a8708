/** "/" focuses the header search box, as on most search-heavy sites. */
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  const box = document.querySelector<HTMLInputElement>('[data-search-box]');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

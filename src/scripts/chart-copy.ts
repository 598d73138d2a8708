/** Copy buttons on chart pages: copy the text of the element a button names, then say so. */

function textOf(el: Element): string {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value;
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Select the text so the reader can copy it by hand when the clipboard is not available. */
function select(el: Element): void {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    el.focus();
    el.select();
    return;
  }
  const range = document.createRange();
  range.selectNodeContents(el);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

async function copy(button: HTMLButtonElement, status: HTMLElement): Promise<void> {
  const target = document.getElementById(button.dataset.copyTarget ?? '');
  if (!target) return;
  try {
    await navigator.clipboard.writeText(textOf(target));
    status.textContent = '已复制 Copied';
  } catch {
    select(target);
    status.textContent = '已选中，请按 Ctrl+C 复制 Selected: press Ctrl+C to copy';
  }
  window.setTimeout(() => (status.textContent = ''), 4000);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) {
  const status = document.createElement('span');
  status.className = 'copy-status';
  status.setAttribute('role', 'status');
  button.after(status);
  button.hidden = false;
  button.addEventListener('click', () => void copy(button, status));
}

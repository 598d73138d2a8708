/**
 * Suggestions under a search box (ARIA combobox + listbox): fuzzy matches over short fields
 * (plan titles, places, themes, keywords, metrics) from /data/search/suggestions.json.
 * Loaded only when a search box is first focused. Styles are set through the CSSOM, which the
 * page's Content-Security-Policy allows (inline style attributes in markup it would not).
 */
import { siteUrls } from '../lib/urls.ts';
import { createSuggester, type Suggester, type Suggestion, type SuggestionKind } from '../lib/search/suggestions.ts';
import { SUGGESTIONS_FILE } from '../lib/search/suggestions-file.ts';
import { BASE, el } from './search-dom.ts';

const KIND_LABELS: Record<SuggestionKind, string> = {
  plan: '计划 Plan',
  jurisdiction: '地区 Place',
  theme: '主题 Theme',
  keyword: '关键词 Keyword',
  metric: '指标 Metric',
};

let suggester: Promise<Suggester> | undefined;

export function loadSuggester(): Promise<Suggester> {
  suggester ??= fetch(`${BASE}data/search/${SUGGESTIONS_FILE}`)
    .then((res) => {
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return res.json() as Promise<Suggestion[]>;
    })
    .then(createSuggester);
  suggester.catch(() => (suggester = undefined));
  return suggester;
}

const attached = new WeakSet<HTMLInputElement>();

export function attachSuggestions(input: HTMLInputElement, typedWhileLoading = false): void {
  if (attached.has(input) || !input.form) return;
  attached.add(input);
  const form = input.form;
  const urls = siteUrls(BASE);
  const listId = `${input.id || 'search'}-suggestions`;
  const list = el('ul', { id: listId, role: 'listbox', 'aria-label': '搜索建议 Suggestions' });
  list.hidden = true;
  Object.assign(list.style, {
    position: 'absolute',
    top: '100%',
    left: '0',
    zIndex: '20',
    margin: '0.2rem 0 0',
    padding: '0.2rem 0',
    listStyle: 'none',
    background: '#fff',
    border: '1px solid #5b6670',
    borderRadius: '4px',
    boxShadow: '0 4px 12px rgba(0,0,0,0.15)',
    minWidth: '16rem',
    maxWidth: '90vw',
    maxHeight: '60vh',
    overflowY: 'auto',
    textAlign: 'left',
  });
  if (getComputedStyle(form).position === 'static') form.style.position = 'relative';
  input.after(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listId);

  let items: Suggestion[] = [];
  let active = -1;
  let pending = 0;

  const close = () => {
    list.hidden = true;
    list.replaceChildren();
    items = [];
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const highlight = (index: number) => {
    active = index;
    [...list.children].forEach((li, i) => {
      const on = i === index;
      li.setAttribute('aria-selected', String(on));
      (li as HTMLElement).style.background = on ? '#e1f0ee' : '';
      if (on) (li as HTMLElement).scrollIntoView({ block: 'nearest' });
    });
    if (index >= 0) input.setAttribute('aria-activedescendant', `${listId}-${index}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const choose = (s: Suggestion) => {
    close();
    if (s.kind === 'plan' && s.ref) {
      location.href = urls.plan(s.ref);
      return;
    }
    input.value = s.text;
    form.requestSubmit();
  };
  const update = async () => {
    const token = ++pending;
    const value = input.value;
    if (!value.trim()) return close();
    let found: Suggestion[];
    try {
      found = (await loadSuggester()).suggest(value, 8);
    } catch {
      return close();
    }
    if (token !== pending || document.activeElement !== input) return;
    if (!found.length) return close();
    items = found;
    active = -1;
    list.replaceChildren(
      ...found.map((s, i) => {
        const li = el('li', { id: `${listId}-${i}`, role: 'option', 'aria-selected': 'false' }, s.text, ' ', el('span', { class: 'en' }, s.en ? `${s.en} · ${KIND_LABELS[s.kind]}` : KIND_LABELS[s.kind]));
        Object.assign(li.style, { padding: '0.15rem 0.6rem', cursor: 'pointer' });
        // mousedown, not click: the box keeps focus, so the list is still there on mouseup.
        li.addEventListener('mousedown', (event) => {
          event.preventDefault();
          choose(s);
        });
        return li;
      }),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), 60);
  });
  input.addEventListener('keydown', (event) => {
    if (list.hidden) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      highlight(Math.min(active + 1, items.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      highlight(active <= 0 ? -1 : active - 1);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      choose(items[active]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  form.addEventListener('submit', close);
  // This module loads on first focus; keys typed while it loaded fired `input` before the
  // listener above existed, so answer them now.
  if (typedWhileLoading) void update();
}

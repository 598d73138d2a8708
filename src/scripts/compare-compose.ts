/**
 * /compare/: the comparison the reader composes. Reads the selection from the URL, fetches the
 * open data it needs (/data/compare/index.json and one file per chosen plan) and draws the view
 * model of src/lib/views/compose-view.ts; the controls change the URL (history), never the data.
 * Without this script the page shows the default comparison drawn at build time.
 */
import { addPlan, parseCompareSelection, removePlan, selectionQuery, type CompareSelection, type SelectionContext, type SelectionNote } from '../lib/compare-selection.ts';
import { yearsLabel } from '../lib/labels.ts';
import type { ComposeIndex, ComposePlanData } from '../lib/views/compose-data.ts';
import { composeView, findPlans, planOptionLabel, type ComposeFigureView, type ComposeThemeView, type ComposeView } from '../lib/views/compose-view.ts';
import { BASE, bilingual, el } from './search-dom.ts';

const form = document.querySelector<HTMLFormElement>('#compose-form');
const result = document.querySelector<HTMLElement>('#compose-result');
const notesBox = document.querySelector<HTMLElement>('#compose-notes');

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
  return res.json() as Promise<T>;
}

const planFiles = new Map<string, Promise<ComposePlanData>>();
function loadPlan(id: string): Promise<ComposePlanData> {
  let p = planFiles.get(id);
  if (!p) {
    planFiles.set(id, (p = getJson<ComposePlanData>(`${BASE}data/compare/${encodeURIComponent(id)}.json`)));
    p.catch(() => planFiles.delete(id));
  }
  return p;
}

function name(view: ComposeView, id: string): Node {
  const p = view.plans.find((x) => x.id === id)!;
  return bilingual(p.name.zh, p.name.en);
}

/** 同比 · year on year, 比2019年 vs 2019: what a change is measured against (as CompareComposed.astro writes it). */
function changeNote(change: NonNullable<ComposeFigureView['change']>): HTMLElement {
  const note = el('span', { class: 'change' }, `${change.label.zh} · `, el('span', { lang: 'en' }, change.label.en));
  if (change.base) {
    note.dataset.base = change.base;
    note.append(`，比${change.base}年 `, el('span', { lang: 'en' }, `vs ${change.base}`));
  }
  return note;
}

function tableWrap(table: HTMLTableElement): HTMLElement {
  return el('div', { class: 'table-wrap' }, table);
}

function muted(zh: string, en: string): HTMLElement {
  return el('p', { class: 'muted' }, `${zh} `, el('span', { lang: 'en' }, en));
}

function renderTheme(view: ComposeView, t: ComposeThemeView): HTMLElement {
  const section = el('section', { class: 'compose-theme', id: `compose-${t.id}`, 'data-theme': t.id, 'aria-labelledby': `compose-h-${t.id}` });
  section.append(el('h3', { id: `compose-h-${t.id}` }, el('a', { href: t.href }, bilingual(t.name.zh, t.name.en))));

  section.append(
    tableWrap(
      el(
        'table',
        {},
        el('caption', {}, '篇幅 ', el('span', { lang: 'en' }, 'Weight')),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, '计划 Plan'), el('th', { scope: 'col', class: 'num' }, '占比 Share'), el('th', { scope: 'col', class: 'num' }, '段落 Paragraphs'), el('th', { scope: 'col', class: 'num' }, '句子 Sentences'))),
        el(
          'tbody',
          {},
          ...t.shares.map((s) =>
            el('tr', {}, el('th', { scope: 'row' }, name(view, s.plan)), el('td', { class: s.mentioned ? 'num' : 'num none' }, s.text), el('td', { class: 'num' }, String(s.paragraphs)), el('td', { class: 'num' }, String(s.sentences))),
          ),
        ),
      ),
    ),
  );

  section.append(el('h4', {}, bilingual('指标', 'Figures')));
  if (t.figures.length === 0) section.append(muted('所选计划在此主题上没有读出的指标。', 'No figure was read on this theme in the chosen plans.'));
  else
    section.append(
      tableWrap(
        el(
          'table',
          { class: 'compose-figures' },
          el('caption', {}, '指标并列，附原句 ', el('span', { lang: 'en' }, 'Figures side by side, with their sentences')),
          el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, '指标 Metric'), ...view.plans.map((p) => el('th', { scope: 'col' }, bilingual(p.name.zh, p.name.en))))),
          el(
            'tbody',
            {},
            ...t.figures.map((f) =>
              el(
                'tr',
                {},
                el('th', { scope: 'row' }, bilingual(f.metric.zh, f.metric.en)),
                ...f.cells.map((c) =>
                  el(
                    'td',
                    {},
                    ...(c.items.length === 0
                      ? [el('span', { class: 'muted' }, '—')]
                      : c.items.map((it) =>
                          el(
                            'p',
                            {},
                            el('strong', { class: 'value' }, it.text),
                            ...(it.change ? [' ', changeNote(it.change)] : []),
                            ` ${it.kind.zh} `,
                            el('span', { lang: 'en' }, it.kind.en),
                            ` ${it.year}`,
                            el('br'),
                            el('a', { href: it.href, class: 'quote' }, it.quote),
                          ),
                        )),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    );

  section.append(el('h4', {}, bilingual('特色词', 'Distinctive terms')));
  section.append(el('dl', { class: 'compose-terms' }, ...t.terms.flatMap((x) => [el('dt', {}, name(view, x.plan)), el('dd', {}, x.terms.length ? x.terms.join('、') : '—')])));

  section.append(el('h4', {}, bilingual('具名工作', 'Named programmes')));
  if (t.programmes.length === 0) section.append(muted('所选计划在此主题上没有具名工作。', 'No named programme on this theme in the chosen plans.'));
  else
    section.append(
      tableWrap(
        el(
          'table',
          { class: 'compose-programmes' },
          el('caption', {}, '具名工作：共有与独有（次数） ', el('span', { lang: 'en' }, 'Named programmes, shared or not (mentions)')),
          el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, '名称 Name'), ...view.plans.map((p) => el('th', { scope: 'col', class: 'num' }, bilingual(p.name.zh, p.name.en))), el('th', { scope: 'col' }, '共有 ', el('span', { lang: 'en' }, 'Shared')))),
          el(
            'tbody',
            {},
            ...t.programmes.map((p) =>
              el('tr', {}, el('th', { scope: 'row' }, p.name), ...p.counts.map((c) => el('td', { class: c > 0 ? 'num' : 'num none' }, c > 0 ? String(c) : '—')), el('td', {}, p.shared ? '共有 shared' : '部分 not all')),
            ),
          ),
        ),
      ),
    );

  section.append(el('h4', {}, bilingual('最相近的句子', 'Most similar passages')));
  if (t.pairs.length === 0) section.append(muted('所选计划在此主题上没有足够相近的句子。', 'No closely similar sentences on this theme.'));
  else
    section.append(
      el(
        'ol',
        { class: 'compose-pairs' },
        ...t.pairs.map((p) =>
          el(
            'li',
            {},
            el('span', { class: 'muted' }, '相似度 ', el('span', { lang: 'en' }, 'similarity'), ` ${p.similarity}`),
            el('div', { class: 'compose-pair' }, ...p.sides.map((s) => el('blockquote', {}, el('p', {}, s.text), el('footer', {}, el('a', { href: s.href }, `${s.name.zh} `, el('span', { lang: 'en' }, s.name.en)))))),
          ),
        ),
      ),
    );

  section.append(el('h4', {}, bilingual('各计划原句', "Each plan's own sentences")));
  section.append(
    el(
      'div',
      { class: 'columns' },
      ...t.sentences.map((c) =>
        el(
          'div',
          { class: 'column', 'data-plan': c.plan },
          el('h5', {}, bilingual(c.name.zh, c.name.en), ` · ${c.items.length} 句 `, el('span', { lang: 'en' }, 'sentences')),
          c.note ? el('p', { class: 'muted' }, c.note) : null,
          el('ol', { class: 'compose-sentences' }, ...c.items.map((s) => el('li', {}, el('span', { class: `part ${s.part.en.toLowerCase()}` }, s.part.zh), ` ${s.text} `, el('a', { class: 'anchor', href: s.href }, '原文 ', el('span', { lang: 'en' }, 'In the plan'))))),
        ),
      ),
    ),
  );
  return section;
}

function renderNotes(notes: SelectionNote[]): void {
  notesBox?.replaceChildren(...notes.map((n) => el('p', { class: 'compose-note', 'data-note': n.kind }, `${n.zh} `, el('span', { lang: 'en' }, n.en))));
}

function renderView(view: ComposeView): void {
  if (!result) return;
  renderNotes(view.notes);
  result.replaceChildren(
    el(
      'p',
      { class: 'compose-plans' },
      '对比 ',
      el('span', { lang: 'en' }, 'Comparing'),
      ': ',
      ...view.plans.flatMap((p, i) => [i > 0 ? '、' : '', el('a', { href: p.href, 'data-plan': p.id }, bilingual(p.jurisdiction.zh, p.jurisdiction.en), ` ${p.years}`)]),
    ),
    ...view.themes.map((t) => renderTheme(view, t)),
  );
  result.dataset.plans = view.plans.map((p) => p.id).join(',');
  result.dataset.themes = view.themes.map((t) => t.id).join(',');
}

async function start(f: HTMLFormElement): Promise<void> {
  const index = await getJson<ComposeIndex>(f.dataset.index!);
  const context: SelectionContext = { plans: index.plans.map((p) => p.id), themes: index.themes.map((t) => t.id), defaults: index.defaults };
  const byId = new Map(index.plans.map((p) => [p.id, p]));
  const plansInput = f.querySelector<HTMLInputElement>('#compose-plans')!;
  const chosenList = f.querySelector<HTMLUListElement>('#compose-chosen')!;
  const findRow = f.querySelector<HTMLElement>('#compose-find-row')!;
  const find = f.querySelector<HTMLInputElement>('#compose-find')!;
  const findStatus = f.querySelector<HTMLElement>('#compose-find-status')!;
  const matches = f.querySelector<HTMLUListElement>('#compose-matches')!;
  const link = f.querySelector<HTMLAnchorElement>('#compose-link')!;
  const max = Number(f.dataset.max);
  let selection: CompareSelection = parseCompareSelection(location.search, context);

  // The ids box is for pages without the script; here the chosen list and the finder replace it.
  plansInput.closest('p')!.hidden = true;
  findRow.hidden = false;

  const themeBoxes = () => [...f.querySelectorAll<HTMLInputElement>('input[data-theme-box]')];

  const drawControls = () => {
    plansInput.value = selection.plans.join(',');
    chosenList.replaceChildren(
      ...selection.plans.map((id) => {
        const p = byId.get(id)!;
        const remove = el('button', { type: 'button', class: 'secondary', 'aria-label': `移除 Remove ${p.jurisdiction.zh} ${p.jurisdiction.en} ${yearsLabel(p.years)}` }, '×');
        remove.addEventListener('click', () => go({ plans: removePlan(selection.plans, id), themes: selection.themes }));
        return el('li', { 'data-plan': id }, bilingual(p.jurisdiction.zh, p.jurisdiction.en), ` ${yearsLabel(p.years)} `, remove);
      }),
    );
    for (const box of themeBoxes()) box.checked = selection.themes.includes(box.value);
    find.disabled = selection.plans.length >= max;
    findStatus.textContent = selection.plans.length >= max ? `已选满 ${max} 份 Up to ${max} plans chosen` : '';
  };

  const show = async () => {
    result!.dataset.composeState = 'loading';
    result!.setAttribute('aria-busy', 'true');
    const data = new Map<string, ComposePlanData>();
    const failed: string[] = [];
    await Promise.all(
      selection.plans.map((id) =>
        loadPlan(id).then(
          (d) => void data.set(id, d),
          () => void failed.push(id),
        ),
      ),
    );
    const shown: CompareSelection = failed.length
      ? { ...selection, notes: [...selection.notes, { kind: 'unknown-plan', zh: `未能载入：${failed.join(', ')}`, en: `Could not load: ${failed.join(', ')}` }] }
      : selection;
    const view = composeView(index, data, shown, BASE);
    renderView(view);
    drawControls();
    link.href = view.href;
    link.textContent = new URL(view.href, location.href).href;
    result!.removeAttribute('aria-busy');
    result!.dataset.composeState = 'ready';
  };

  const go = (next: { plans: readonly string[]; themes: readonly string[] }) => {
    const query = selectionQuery({ plans: next.plans, themes: next.themes.length ? next.themes : context.defaults.themes });
    selection = parseCompareSelection(query, context);
    history.pushState(null, '', `${location.pathname}${query}`);
    void show();
  };

  const drawMatches = () => {
    const found = findPlans(index, find.value, selection.plans);
    matches.replaceChildren(
      ...found.map((p) => {
        const label = planOptionLabel(p);
        const add = el('button', { type: 'button', class: 'secondary', 'data-add': p.id }, `添加 ${label.zh} `, el('span', { lang: 'en' }, `Add ${label.en}`));
        add.addEventListener('click', () => {
          find.value = '';
          matches.replaceChildren();
          go({ plans: addPlan(selection.plans, p.id), themes: selection.themes });
          find.focus();
        });
        return el('li', {}, add);
      }),
    );
    findStatus.textContent = find.value.trim() ? `${found.length} 个匹配 ${found.length} matching` : '';
  };
  find.addEventListener('input', drawMatches);
  find.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      // Enter adds the first match rather than submitting the form.
      event.preventDefault();
      matches.querySelector<HTMLButtonElement>('button')?.click();
    }
  });
  for (const box of themeBoxes()) box.addEventListener('change', () => go({ plans: selection.plans, themes: themeBoxes().filter((b) => b.checked).map((b) => b.value) }));
  f.addEventListener('submit', (event) => {
    event.preventDefault();
    go({ plans: selection.plans, themes: themeBoxes().filter((b) => b.checked).map((b) => b.value) });
  });
  window.addEventListener('popstate', () => {
    selection = parseCompareSelection(location.search, context);
    void show();
  });
  await show();
}

if (form && result) {
  start(form).catch(() => {
    // The static default comparison stays; say that the chosen one could not be drawn.
    notesBox?.append(el('p', { class: 'compose-note', 'data-note': 'load-failed' }, '未能载入对比数据，显示默认对比。 ', el('span', { lang: 'en' }, 'Could not load the comparison data; the default comparison is shown.')));
    if (result) result.dataset.composeState = 'failed';
  });
}

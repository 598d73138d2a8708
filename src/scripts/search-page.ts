/**
 * The search page: reads the state from the URL, runs the exact search in the browser, renders
 * the plan groups as soon as it answers and fills each with highlighted snippets as its text
 * arrives (text nodes only), keeps the URL in step so a search can be shared, and lets the
 * keyboard move through the results.
 */
import { LEVEL_LABELS, PART_LABELS, yearsLabel } from '../lib/labels.ts';
import { siteUrls } from '../lib/urls.ts';
import { fetchSource } from '../lib/search/index-sources.ts';
import { parseQuery, type QueryNote } from '../lib/search/parse-query.ts';
import { itemsShown, loadGroupItems, paginateResults, pathRuns, resultRuns, type ResultGroup, type ResultItem } from '../lib/search/results-page.ts';
import { noResultsView } from '../lib/search/no-results.ts';
import { SearchEngine, type SearchOutcome } from '../lib/search/search-engine.ts';
import { filtersOf, highlightHref, paramsWithQueryInUse, readSearchState, searchStateToParams, type SearchState } from '../lib/search/search-state.ts';
import { appendRuns, BASE, bilingual, el } from './search-dom.ts';
import { loadSuggester } from './search-suggest.ts';
import { didYouMean } from '../lib/search/suggestions.ts';
import { searchGroupCompareHref } from '../lib/compare-selection.ts';

const urls = siteUrls(BASE);
const engine = new SearchEngine(fetchSource(`${BASE}data/search/`));
const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const results = document.querySelector<HTMLElement>('[data-search-results]')!;
const pages = document.querySelector<HTMLElement>('[data-search-pages]')!;
const selects = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;

let run = 0;

function noteText(note: QueryNote): [string, string] {
  switch (note.kind) {
    case 'truncated':
      return [`查询过长，只用了前 ${note.limit} 个字符。`, `The query is long; only its first ${note.limit} characters were used.`];
    case 'too-many-terms':
      return [`最多 ${note.limit} 个词，已忽略：${note.dropped.join(' ')}`, `At most ${note.limit} terms; ignored: ${note.dropped.join(' ')}`];
    case 'no-word-characters':
      return [`不含文字或数字的词不参与搜索：${note.terms.join(' ')}`, `Terms without letters or digits are not searched: ${note.terms.join(' ')}`];
  }
}

function fillForm(state: SearchState): void {
  // The header's box shows the current query too.
  for (const box of document.querySelectorAll<HTMLInputElement>('input[name="q"]')) box.value = state.q;
  const plan = selects('plan');
  // With many plans the list names none; a plan chosen by its link is added to it.
  if (state.plans[0] && ![...plan.options].some((o) => o.value === state.plans[0])) plan.add(new Option(state.plans[0], state.plans[0]));
  plan.value = state.plans[0] ?? '';
  selects('level').value = state.levels[0] ?? '';
  selects('theme').value = state.themes[0] ?? '';
  selects('part').value = state.parts[0] ?? '';
  selects('mode').value = state.mode === 'any' ? 'any' : '';
}

function stateFromForm(): SearchState {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v !== '') params.append(k, v);
  return readSearchState(params).state;
}

function pageHref(state: SearchState, page: number): string {
  const query = searchStateToParams({ ...state, page }).toString();
  return `${urls.search()}${query ? `?${query}` : ''}`;
}

function renderItem(item: ResultItem, group: ResultGroup, terms: readonly string[]): HTMLLIElement {
  const href = highlightHref(urls.plan(group.plan.id), terms, item.id);
  const part = PART_LABELS[item.part];
  // The heading path, with the terms found only there marked in it.
  const path = el('span', { class: 'path' });
  const runs = pathRuns(item, terms);
  if (runs) appendRuns(path, runs);
  else path.append(item.kind === 'heading' ? '标题 Heading' : '正文 Text');
  path.append(' · ', el('span', { class: `part ${item.part}` }, `${part.zh} `, el('span', { lang: 'en' }, part.en)));
  const link = el('a', { href, 'data-search-result': '' }, path);
  const snippet = el('span', { class: 'snippet' });
  appendRuns(snippet, resultRuns(item, terms));
  link.append(snippet, ' ', el('span', { class: 'count' }, `${item.hits} 处 hits`));
  return el('li', {}, link);
}

function loadFailed(error: unknown): HTMLLIElement {
  return el('li', { class: 'error' }, '无法载入文本。 ', el('span', { lang: 'en' }, `Could not load the text: ${error instanceof Error ? error.message : String(error)}`));
}

/**
 * A plan group drawn at once from the outcome and the manifest, its item list busy until that
 * plan's outline and texts arrive; `filled` settles (true, or false on a failed load) once the
 * items are in, whatever the other groups do.
 */
function renderGroup(group: ResultGroup, outcome: SearchOutcome): { section: HTMLElement; filled: Promise<boolean> } {
  const terms = outcome.query.terms;
  const headingId = `result-${group.plan.id}`;
  const level = LEVEL_LABELS[group.plan.level];
  const section = el('section', { class: 'search-group', 'aria-labelledby': headingId });
  section.append(el('h2', { id: headingId }, el('a', { href: urls.plan(group.plan.id) }, group.plan.title)));
  const meta = el('p', { class: 'meta' });
  meta.append(
    bilingual(group.plan.jurisdiction.zh, group.plan.jurisdiction.en),
    ' · ',
    bilingual(level.zh, level.en),
    ` · ${yearsLabel(group.plan.years)} · `,
    el('strong', { 'data-plan-hits': String(group.hits) }, `${group.hits} 处`),
    ' hits · ',
    el('span', { 'data-plan-units': String(group.count) }, `${group.count} 段 ${group.count === 1 ? 'unit' : 'units'}`),
  );
  // A term found only in the headings above the results has no hits of its own: say where it is.
  if (terms.length > 1) meta.append(` （${terms.map((t, i) => (group.termHits[i] || outcome.mode === 'any' ? `${t} ×${group.termHits[i]}` : `${t} 见于标题 in headings`)).join('，')}）`);
  meta.append(' · ', el('a', { href: highlightHref(urls.plan(group.plan.id), terms) }, '在全文中高亮 ', el('span', { lang: 'en' }, 'highlight in full text')));
  if (outcome.plans.length > 1) meta.append(' · ', el('a', { href: searchGroupCompareHref(urls.compare, group.plan.id, outcome.plans.map((p) => p.plan.id), selects('theme').value), 'data-compare-with': '' }, '对比 ', el('span', { lang: 'en' }, 'Compare with …')));
  section.append(meta);
  const shown = itemsShown(outcome, group);
  // The placeholder keeps about the room the items will take, so later groups move less when they arrive.
  const list = el('ol', { class: 'search-items', 'aria-busy': 'true' }, el('li', { class: 'loading', 'data-pending': String(shown) }, '正在载入文本… ', el('span', { lang: 'en' }, 'Loading text…')));
  section.append(list);
  const filled = loadGroupItems(engine, outcome, group, shown).then(
    (items) => {
      list.replaceChildren(...items.slice(0, shown).map((item) => renderItem(item, group, terms)));
      list.removeAttribute('aria-busy');
      return true;
    },
    (error: unknown) => {
      list.replaceChildren(loadFailed(error));
      list.removeAttribute('aria-busy');
      return false;
    },
  );
  if (group.count > shown) {
    const more = el('button', { type: 'button', class: 'secondary' }, `显示该计划全部 ${group.count} 条 `, el('span', { lang: 'en' }, `Show all ${group.count}`));
    more.addEventListener('click', async () => {
      more.disabled = true;
      // After the first items are in, so the rest go below them; a failed first load is retried whole.
      const first = await filled;
      try {
        const items = await loadGroupItems(engine, outcome, group, group.count);
        if (first) list.append(...items.slice(shown).map((item) => renderItem(item, group, terms)));
        else list.replaceChildren(...items.map((item) => renderItem(item, group, terms)));
        more.remove();
        list.querySelectorAll<HTMLAnchorElement>('a[data-search-result]')[first ? shown : 0]?.focus();
      } catch (error) {
        more.disabled = false;
        // Beside the summary, not over it: the counts stay true.
        status.append(el('p', { class: 'note' }, '无法载入文本。 ', el('span', { lang: 'en' }, `Could not load the text: ${error instanceof Error ? error.message : String(error)}`)));
      }
    });
    section.append(more);
  }
  return { section, filled };
}

function renderPages(state: SearchState, page: number, pageCount: number): void {
  pages.replaceChildren();
  pages.hidden = pageCount <= 1;
  if (pageCount <= 1) return;
  if (page > 1) pages.append(el('a', { href: pageHref(state, page - 1), rel: 'prev', 'data-page': String(page - 1) }, '‹ 上一页 ', el('span', { lang: 'en' }, 'Previous')));
  pages.append(el('span', {}, `第 ${page} / ${pageCount} 页 `, el('span', { lang: 'en' }, `Page ${page} of ${pageCount}`)));
  if (page < pageCount) pages.append(el('a', { href: pageHref(state, page + 1), rel: 'next', 'data-page': String(page + 1) }, '下一页 ', el('span', { lang: 'en' }, 'Next'), ' ›'));
}

async function suggestCorrection(outcome: SearchOutcome, state: SearchState, token: number): Promise<void> {
  try {
    const suggester = await loadSuggester();
    const corrected = didYouMean(outcome.query, outcome.termUnits, suggester);
    if (!corrected || token !== run) return;
    const check = await engine.search(corrected, filtersOf(state), { mode: state.mode });
    if (check.hits === 0 || token !== run) return;
    const href = pageHref({ ...state, q: corrected }, 1);
    const link = el('a', { href, 'data-did-you-mean': '' }, corrected);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      navigate({ ...state, q: corrected, page: 1 });
    });
    status.append(el('p', {}, '您是不是要找 ', el('span', { lang: 'en' }, 'Did you mean'), ' ', link, `（${check.hits} 处 hits）`));
  } catch {
    // A suggestion is a courtesy; without it the answer ("nothing found") stands.
  }
}

/** Nothing found: each term on its own (count and plans) and, where it finds something, one click to "any of the terms". */
function renderNoResults(outcome: SearchOutcome, state: SearchState): HTMLElement | null {
  const view = noResultsView(outcome);
  if (view.terms.length === 0) return null;
  const box = el('div', { class: 'search-none', 'data-no-results': '' });
  box.append(el('p', {}, '各词单独出现的情况 ', el('span', { lang: 'en' }, 'Each term on its own'), state.plans.length || state.levels.length || state.themes.length || state.parts.length ? '（在所选筛选范围内 within the filters）' : ''));
  const list = el('ul', {});
  for (const t of view.terms) {
    const termLink = el('a', { href: pageHref({ ...state, q: t.term, mode: 'all' }, 1) }, `「${t.term}」`);
    const li = el('li', { 'data-term': t.term, 'data-term-units': String(t.units) }, termLink, `：${t.units} 个段落或标题 `, el('span', { lang: 'en' }, `${t.units} ${t.units === 1 ? 'paragraph or heading' : 'paragraphs or headings'}`));
    if (t.plans.length) {
      const plans = el('span', { class: 'term-plans' });
      t.plans.forEach((p, i) => {
        if (i > 0) plans.append('，');
        plans.append(el('a', { href: pageHref({ ...state, q: t.term, mode: 'all', plans: [p.plan.id] }, 1), 'data-term-plan': p.plan.id }, `${p.plan.jurisdiction.zh} ${yearsLabel(p.plan.years)}`), ` ×${p.units}`);
      });
      li.append(' · ', `${t.plans.length} 份计划 `, el('span', { lang: 'en' }, `${t.plans.length} ${t.plans.length === 1 ? 'plan' : 'plans'}`), '：', plans);
    }
    list.append(li);
  }
  box.append(list);
  if (view.offerAny) {
    const any = { ...state, mode: 'any' as const, page: 1 };
    const link = el('a', { href: pageHref(any, 1), 'data-any-terms': '' }, '任一词 ', el('span', { lang: 'en' }, 'any of the terms'));
    link.addEventListener('click', (event) => {
      event.preventDefault();
      navigate(any);
    });
    box.append(el('p', {}, '改为搜索 ', el('span', { lang: 'en' }, 'Search for'), ' ', link, '：至少含一个词的段落 ', el('span', { lang: 'en' }, '(paragraphs that hold at least one of them)')));
  }
  return box;
}

async function search(state: SearchState): Promise<void> {
  const token = ++run;
  const parsed = parseQuery(state.q);
  results.replaceChildren();
  pages.hidden = true;
  status.replaceChildren();
  const notes = parsed.notes.map(noteText).map(([zh, en]) => el('p', { class: 'note' }, `${zh} `, el('span', { lang: 'en' }, en)));
  if (parsed.terms.length === 0) {
    status.append(
      el('p', {}, state.q.trim() ? '没有可搜索的词。' : '输入要查找的词，例如 零直排、无废城市、PM2.5。', el('span', { lang: 'en' }, state.q.trim() ? ' Nothing to search for.' : ' Type a term, e.g. 零直排, 无废城市, PM2.5.')),
      ...notes,
    );
    document.title = document.title.replace(/^.*? · /, '搜索 Search · ');
    return;
  }
  status.append(el('p', {}, '正在搜索… ', el('span', { lang: 'en' }, 'Searching…')));
  results.setAttribute('aria-busy', 'true');
  const started = performance.now();
  try {
    const outcome = await engine.search(parsed, filtersOf(state), { mode: state.mode });
    if (token !== run) return;
    // Counts and plan groups first: both are known before any snippet text has loaded.
    const anyMode = state.mode === 'any' && parsed.terms.length > 1;
    const quoted = parsed.terms.map((t) => `「${t}」`).join(anyMode ? ' 或 ' : ' ') + (anyMode ? '（任一词 any of the terms）' : '');
    const summary = (seconds: string | null) => {
      const done: Record<string, string> = seconds ? { 'data-complete': '' } : {};
      return outcome.hits
        ? el(
            'p',
            { 'data-total-hits': String(outcome.hits), ...done },
            `${quoted}：${outcome.plans.length} 份计划，${outcome.hits} 处，${outcome.units.length} 个段落或标题 `,
            el('span', { lang: 'en' }, `${outcome.plans.length} plans, ${outcome.hits} hits in ${outcome.units.length} paragraphs or headings${seconds ? ` (${seconds} s)` : ''}`),
          )
        : el('p', { 'data-total-hits': '0', ...done }, `${quoted}：没有找到 `, el('span', { lang: 'en' }, 'Nothing found'));
    };
    const none = outcome.hits ? null : renderNoResults(outcome, state);
    status.replaceChildren(summary(null), ...notes);
    if (none) results.append(none);
    // Plan groups at once, from the outcome and the manifest; each fills its items as they arrive.
    const page = paginateResults(outcome, state.page);
    const filling = page.groups.map((group) => {
      const { section, filled } = renderGroup(group, outcome);
      results.append(section);
      return filled;
    });
    renderPages(state, page.page, page.pageCount);
    document.title = document.title.replace(/^.*? · /, `${parsed.terms.join(' ')} – 搜索 Search · `);
    results.removeAttribute('aria-busy');
    const filled = await Promise.all(filling);
    if (token !== run) return;
    // Complete only when every group's items are in (the e2e tests wait on this mark); a group that failed says so itself.
    if (filled.every(Boolean)) status.replaceChildren(summary(((performance.now() - started) / 1000).toFixed(2)), ...notes);
    if (outcome.hits === 0) void suggestCorrection(outcome, state, token);
  } catch (error) {
    if (token !== run) return;
    status.replaceChildren(el('p', {}, '搜索出错，请稍后重试。 ', el('span', { lang: 'en' }, `Search failed: ${error instanceof Error ? error.message : String(error)}`)));
  } finally {
    if (token === run) results.removeAttribute('aria-busy');
  }
}

function navigate(state: SearchState, replace = false): void {
  const query = searchStateToParams(state).toString();
  const href = `${location.pathname}${query ? `?${query}` : ''}`;
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  fillForm(state);
  void search(state);
}

/**
 * A query that came in the URL longer than the search reads (a link, a bookmark) is replaced in
 * the address by the part it reads, so a reload or a shared link carries no more than that.
 */
function trimQueryInUrl(params: URLSearchParams): void {
  const kept = paramsWithQueryInUse(params);
  if (!kept) return;
  const query = kept.toString();
  history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  trimQueryInUrl(params);
  let { state, ignored } = readSearchState(params);
  // Show what was asked at once; filters are checked against the index once its manifest is here.
  fillForm(state);
  if (state.q.trim()) status.replaceChildren(el('p', {}, '正在搜索… ', el('span', { lang: 'en' }, 'Searching…')));
  try {
    ({ state, ignored } = readSearchState(params, await engine.manifest()));
    fillForm(state);
  } catch {
    // The search itself reports a missing index.
  }
  await search(state);
  if (ignored.length) status.append(el('p', { class: 'note' }, `已忽略不认识的筛选条件：${ignored.join('，')} `, el('span', { lang: 'en' }, 'Unknown filters were ignored.')));
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  navigate(stateFromForm());
});
for (const name of ['plan', 'level', 'theme', 'part', 'mode']) selects(name).addEventListener('change', () => navigate(stateFromForm()));
window.addEventListener('popstate', () => {
  const { state } = readSearchState(new URLSearchParams(location.search));
  fillForm(state);
  void search(state);
});
pages.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-page]');
  if (!link) return;
  event.preventDefault();
  navigate({ ...readSearchState(new URLSearchParams(location.search)).state, page: Number(link.dataset.page) });
  status.scrollIntoView({ block: 'start' });
});

/** Arrow keys move between results; from the query box, ↓ goes to the first result. */
document.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const links = [...results.querySelectorAll<HTMLAnchorElement>('a[data-search-result]')];
  if (!links.length) return;
  const active = document.activeElement;
  if (active === input) {
    if (event.key !== 'ArrowDown' || input.getAttribute('aria-expanded') === 'true') return;
    event.preventDefault();
    links[0].focus();
    return;
  }
  const at = links.indexOf(active as HTMLAnchorElement);
  if (at < 0) return;
  event.preventDefault();
  if (event.key === 'ArrowDown') links[Math.min(at + 1, links.length - 1)].focus();
  else if (at === 0) input.focus();
  else links[at - 1].focus();
});

void start();

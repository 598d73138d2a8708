/**
 * The state of a composed comparison, as it lives in the URL: /compare/?plans=a,b,c&themes=air,water.
 * Parsing never throws: ids it does not know are reported back as notes, so a mistyped or outdated
 * link still opens a comparison and says what it left out.
 */

/** A comparison puts 2–4 plans side by side. */
export const MIN_PLANS = 2;
export const MAX_PLANS = 4;
/** Ids echoed back in a note are cut to this length, and at most this many are listed. */
const ECHO_LENGTH = 40;
const ECHO_COUNT = 5;
/** What a plan or theme id looks like (lowercase ASCII slug). */
const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

export interface SelectionNote {
  kind: 'unknown-plan' | 'unknown-theme' | 'too-many' | 'too-few' | 'default-plans' | 'default-themes';
  zh: string;
  en: string;
}

export interface CompareSelection {
  plans: string[];
  themes: string[];
  notes: SelectionNote[];
}

export interface SelectionContext {
  /** Every plan id the site has, in display order. */
  plans: readonly string[];
  /** Every theme id, in display order. */
  themes: readonly string[];
  /** What a URL without `plans` or `themes` compares. */
  defaults: { plans: readonly string[]; themes: readonly string[] };
}

/** The ids of one parameter: `?plans=a,b` and `?plans=a&plans=b` alike; trimmed, lowercased, without repeats. */
export function splitIds(params: URLSearchParams, name: string): string[] | null {
  const values = params.getAll(name);
  if (values.length === 0) return null;
  const ids = values.flatMap((v) => v.split(/[\s,，、]+/u)).map((id) => id.trim().toLowerCase()).filter((id) => id !== '');
  return [...new Set(ids)];
}

function echo(ids: string[]): string {
  const shown = ids.slice(0, ECHO_COUNT).map((id) => (id.length > ECHO_LENGTH ? `${id.slice(0, ECHO_LENGTH)}…` : id));
  return shown.join(', ') + (ids.length > ECHO_COUNT ? ` … (+${ids.length - ECHO_COUNT})` : '');
}

/** Splits ids into those the site knows, in the order given, and the rest. */
function known(ids: string[], all: readonly string[]): { found: string[]; unknown: string[] } {
  const set = new Set(all);
  return { found: ids.filter((id) => ID.test(id) && set.has(id)), unknown: ids.filter((id) => !(ID.test(id) && set.has(id))) };
}

/** Reads the selection from a query string (with or without `?`) or its parameters. */
export function parseCompareSelection(query: string | URLSearchParams, context: SelectionContext): CompareSelection {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const notes: SelectionNote[] = [];

  let plans: string[];
  const askedPlans = splitIds(params, 'plans');
  if (askedPlans === null || askedPlans.length === 0) {
    plans = [...context.defaults.plans];
  } else {
    const { found, unknown } = known(askedPlans, context.plans);
    if (unknown.length) notes.push({ kind: 'unknown-plan', zh: `没有这些计划，已略去：${echo(unknown)}`, en: `No plan with these ids; left out: ${echo(unknown)}` });
    plans = found;
    if (plans.length > MAX_PLANS) {
      notes.push({ kind: 'too-many', zh: `一次最多对比 ${MAX_PLANS} 份计划，只取前 ${MAX_PLANS} 份。`, en: `At most ${MAX_PLANS} plans at once; the first ${MAX_PLANS} are shown.` });
      plans = plans.slice(0, MAX_PLANS);
    }
    if (plans.length === 0) {
      notes.push({ kind: 'default-plans', zh: '没有可识别的计划，显示默认对比。', en: 'No plan recognised; the default comparison is shown.' });
      plans = [...context.defaults.plans];
    } else if (plans.length < MIN_PLANS) {
      notes.push({ kind: 'too-few', zh: `请再选至少 ${MIN_PLANS - plans.length} 份计划来对比。`, en: `Choose at least ${MIN_PLANS - plans.length} more plan to compare.` });
    }
  }

  let themes: string[];
  const askedThemes = splitIds(params, 'themes');
  if (askedThemes === null || askedThemes.length === 0) {
    themes = [...context.defaults.themes];
  } else if (askedThemes.includes('all')) {
    themes = [...context.themes];
  } else {
    const { found, unknown } = known(askedThemes, context.themes);
    if (unknown.length) notes.push({ kind: 'unknown-theme', zh: `没有这些主题，已略去：${echo(unknown)}`, en: `No theme with these ids; left out: ${echo(unknown)}` });
    // Themes read in the site's order, whatever order the URL lists them in.
    themes = context.themes.filter((t) => found.includes(t));
    if (themes.length === 0) {
      notes.push({ kind: 'default-themes', zh: '没有可识别的主题，显示默认主题。', en: 'No theme recognised; the default themes are shown.' });
      themes = [...context.defaults.themes];
    }
  }
  return { plans, themes, notes };
}

/** The query string of a selection: `?plans=a,b&themes=air,water` (commas kept readable). */
export function selectionQuery(selection: { plans: readonly string[]; themes?: readonly string[] }): string {
  const parts = [`plans=${selection.plans.map(encodeURIComponent).join(',')}`];
  if (selection.themes && selection.themes.length) parts.push(`themes=${selection.themes.map(encodeURIComponent).join(',')}`);
  return `?${parts.join('&')}`;
}

/** A link to the comparison of these plans (at most MAX_PLANS, repeats dropped) on these themes. */
export function compareHref(compareUrl: string, plans: readonly string[], themes: readonly string[] = []): string {
  return compareUrl + selectionQuery({ plans: [...new Set(plans)].slice(0, MAX_PLANS), themes });
}

/** The selection with one plan added (ignored when already in, or when the selection is full). */
export function addPlan(plans: readonly string[], id: string): string[] {
  return plans.includes(id) || plans.length >= MAX_PLANS ? [...plans] : [...plans, id];
}

export function removePlan(plans: readonly string[], id: string): string[] {
  return plans.filter((p) => p !== id);
}

/** From a search result group: its plan with the next plans of the results, on the filtered theme if any. */
export function searchGroupCompareHref(compareUrl: string, planId: string, resultPlans: readonly string[], theme?: string | null): string {
  const others = resultPlans.filter((p) => p !== planId).slice(0, MIN_PLANS);
  return compareHref(compareUrl, [planId, ...others], theme ? [theme] : []);
}

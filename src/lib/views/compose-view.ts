/**
 * The view model of a composed comparison: the chosen plans on the chosen themes, from the open
 * data files alone (compose-data.ts), so the page at build time and the script in the browser
 * compute the same thing. Per theme: share of text, figures side by side with their sentences,
 * distinctive terms, named programmes shared or not, the most similar passages aligned, and
 * every plan's own sentences on the theme.
 */
import { selectionQuery, type CompareSelection, type SelectionNote } from '../compare-selection.ts';
import { similarPassagePairs } from '../compare/passage-pairs.ts';
import { inverseDocumentFrequency } from '../compare/tfidf.ts';
import type { Passage } from '../compare/theme-passages.ts';
import { formatPercent } from '../format.ts';
import { PART_LABELS, planNames, yearsLabel, type Label } from '../labels.ts';
import { siteUrls } from '../urls.ts';
import type { ComposeIndex, ComposePlanData } from './compose-data.ts';

/** Aligned passage pairs shown per theme. */
export const PAIRS_PER_THEME = 6;

export interface ComposePlanView {
  id: string;
  jurisdiction: Label;
  /** How the tables name the plan: the place, with the years when the site has several plans of it (labels.ts planNames). */
  name: Label;
  title: string;
  years: string;
  level: Label;
  province: Label;
  href: string;
}

export interface ComposeSentenceView {
  text: string;
  href: string;
  part: Label;
}

export interface ComposeFigureView {
  /** As written: ≥88%, 力争 ≤35μg/m³; a change signed (−17.1%). */
  text: string;
  kind: Label;
  year: number;
  /** A change against an earlier year: 同比 · year on year (or 变化 · change), and the base year when known. */
  change: { label: Label; base: string | null } | null;
  quote: string;
  href: string;
}

export interface ComposeThemeView {
  id: string;
  name: Label;
  href: string;
  /** One entry per chosen plan, in the selection's order. */
  shares: { plan: string; text: string; mentioned: boolean; paragraphs: number; sentences: number }[];
  /** One row per metric any chosen plan states; one cell per plan. */
  figures: { metric: Label; cells: { plan: string; items: ComposeFigureView[] }[] }[];
  terms: { plan: string; terms: string[] }[];
  /** Named programmes of the chosen plans on the theme; `shared` when every chosen plan names it. */
  programmes: { name: string; counts: number[]; shared: boolean }[];
  pairs: { similarity: string; sides: (ComposeSentenceView & { plan: string; name: Label })[] }[];
  /** Every sentence of each plan on the theme; `note` says why there are none or few. */
  sentences: { plan: string; name: Label; note: string | null; items: ComposeSentenceView[] }[];
}

export interface ComposeView {
  plans: ComposePlanView[];
  notes: SelectionNote[];
  themes: ComposeThemeView[];
  /** The selection's own URL (path and query), to share or cite. */
  href: string;
}

const KIND: Record<'target' | 'actual', Label> = { target: { zh: '目标', en: 'target' }, actual: { zh: '实绩', en: 'achieved' } };

/** A figure as written: comparator (unless exact), value and unit, 力争 for an aspiration; a change is signed (+2%, −17.1%). */
export function figureText(f: { value: number; unit: string; comparator: string; aspirational: boolean; change?: unknown }): string {
  const comparator = f.comparator === '=' ? '' : f.comparator;
  const value = f.change ? `${f.value < 0 ? '−' : '+'}${Math.abs(f.value)}` : String(f.value);
  return `${f.aspirational ? '力争 ' : ''}${comparator}${value}${f.unit}`;
}

const YEAR_ON_YEAR: Label = { zh: '同比', en: 'year on year' };
const CHANGE: Label = { zh: '变化', en: 'change' };

/** How a change reads: 同比 · year on year against the year before, 变化 · change against another year; the base year when known. */
export function changeLabel(f: { year: number; change?: { base: number | null } }): ComposeFigureView['change'] {
  if (!f.change) return null;
  const { base } = f.change;
  return { label: base === null || base === f.year - 1 ? YEAR_ON_YEAR : CHANGE, base: base === null ? null : String(base) };
}

export function composeView(index: ComposeIndex, data: ReadonlyMap<string, ComposePlanData>, selection: CompareSelection, base = '/'): ComposeView {
  const urls = siteUrls(base);
  const byId = new Map(index.plans.map((p) => [p.id, p]));
  const plans = selection.plans.filter((id) => byId.has(id) && data.has(id));
  const names = planNames(index.plans.map((p) => ({ id: p.id, place: p.jurisdiction, years: p.years })));
  const name = (id: string): Label => ({ zh: names.get(id)!.zh, en: names.get(id)!.en });
  const planViews = plans.map((id) => {
    const p = byId.get(id)!;
    return { id, jurisdiction: p.jurisdiction, name: name(id), title: p.title, years: yearsLabel(p.years), level: p.level, province: p.province, href: urls.plan(id) };
  });
  const metricName = new Map(index.metrics.map((m) => [m.id, { zh: m.zh, en: m.en }]));
  const themeName = new Map(index.themes.map((t) => [t.id, { zh: t.zh, en: t.en }]));
  const themes = selection.themes.filter((t) => themeName.has(t));

  return {
    plans: planViews,
    notes: selection.notes,
    href: urls.compare + selectionQuery({ plans, themes }),
    themes: themes.map((themeId) => {
      const perPlan = plans.map((id) => ({ id, d: data.get(id)!, t: data.get(id)!.themes[themeId] }));
      const sentenceView = (d: ComposePlanData, i: number): ComposeSentenceView => {
        const s = d.sentences[i];
        return { text: s.text, href: urls.plan(d.plan, s.paragraph), part: PART_LABELS[s.part] };
      };

      const metrics = [...new Set(perPlan.flatMap(({ t }) => t?.figures.map((f) => f.metric) ?? []))].sort(
        (a, b) => index.metrics.findIndex((m) => m.id === a) - index.metrics.findIndex((m) => m.id === b),
      );
      const programmeNames = new Map<string, string>();
      for (const { t } of perPlan) for (const p of t?.programmes ?? []) if (!programmeNames.has(p.key)) programmeNames.set(p.key, p.name);
      const programmes = [...programmeNames].map(([key, name]) => {
        const counts = perPlan.map(({ t }) => t?.programmes.find((p) => p.key === key)?.count ?? 0);
        return { name, counts, shared: counts.every((c) => c > 0) };
      });
      // Shared by most plans first, then by total use.
      programmes.sort((a, b) => b.counts.filter((c) => c > 0).length - a.counts.filter((c) => c > 0).length || b.counts.reduce((x, y) => x + y, 0) - a.counts.reduce((x, y) => x + y, 0));

      // Most similar passages among the chosen plans: TF-IDF over the chosen plans' sentences on the theme.
      const passages: Passage[] = perPlan.flatMap(({ d, t }) =>
        (t?.on ?? []).map((i) => ({ plan: d.plan, paragraphId: d.sentences[i].paragraph, sentenceId: String(i), text: d.sentences[i].text, part: d.sentences[i].part })),
      );
      const idf = inverseDocumentFrequency(passages.map((p) => p.text));
      const pairs = plans.length > 1 ? similarPassagePairs(passages, idf, { limit: PAIRS_PER_THEME, perPlanPair: Math.max(2, Math.ceil(PAIRS_PER_THEME / 3)) }) : [];

      return {
        id: themeId,
        name: themeName.get(themeId)!,
        href: urls.theme(themeId),
        shares: perPlan.map(({ id, t }) => ({
          plan: id,
          text: t?.mentioned ? formatPercent(t.share) : '未提及',
          mentioned: t?.mentioned ?? false,
          paragraphs: t?.paragraphs ?? 0,
          sentences: t?.on.length ?? 0,
        })),
        figures: metrics.map((metric) => ({
          metric: metricName.get(metric) ?? { zh: metric, en: metric },
          cells: perPlan.map(({ id, d, t }) => ({
            plan: id,
            items: (t?.figures ?? [])
              .filter((f) => f.metric === metric)
              .map((f) => {
                const s = sentenceView(d, f.sentence);
                return { text: figureText(f), kind: KIND[f.kind], year: f.year, change: changeLabel(f), quote: s.text, href: s.href };
              }),
          })),
        })),
        terms: perPlan.map(({ id, t }) => ({ plan: id, terms: (t?.terms ?? []).map((x) => x.term) })),
        programmes,
        pairs: pairs.map((p) => ({
          similarity: p.similarity.toFixed(2),
          sides: [p.a, p.b].map((side) => ({ ...sentenceView(data.get(side.plan)!, Number(side.sentenceId)), plan: side.plan, name: name(side.plan) })),
        })),
        sentences: perPlan.map(({ id, d, t }) => {
          const items = (t?.on ?? []).map((i) => sentenceView(d, i));
          const note = !t?.mentioned
            ? '该计划未提及此主题。 This plan does not mention the theme.'
            : t.paragraphs === 0
              ? '仅零星提及：以下是提到它的句子。 Mentioned only in passing: these are the sentences that mention it.'
              : null;
          return { plan: id, name: name(id), note, items };
        }),
      };
    }),
  };
}

/** What a plan can be found by: id, title, place (both languages), province, level and years. */
function haystack(p: ComposeIndex['plans'][number]): string {
  return [p.id, p.title, p.jurisdiction.zh, p.jurisdiction.en, p.province.zh, p.province.en, p.level.zh, p.level.en, ...p.years.map(String)].join(' ').toLowerCase();
}

/**
 * Plans matching every word of a query (浙江 2020, "county", 绍兴), in site order, without those
 * already chosen; a place matched at its start comes first.
 */
export function findPlans(index: ComposeIndex, query: string, exclude: readonly string[] = [], limit = 8): ComposeIndex['plans'] {
  const words = query.toLowerCase().split(/[\s,，、]+/u).filter(Boolean);
  if (words.length === 0) return [];
  const found = index.plans.filter((p) => !exclude.includes(p.id)).filter((p) => {
    const h = haystack(p);
    return words.every((w) => h.includes(w));
  });
  const starts = (p: ComposeIndex['plans'][number]) => (p.jurisdiction.zh.startsWith(words[0]) || p.jurisdiction.en.toLowerCase().startsWith(words[0]) ? 0 : 1);
  return found.map((p, i) => ({ p, i })).sort((a, b) => starts(a.p) - starts(b.p) || a.i - b.i).slice(0, limit).map((x) => x.p);
}

/** A plan's one-line label in suggestions and the chosen list. */
export function planOptionLabel(p: ComposeIndex['plans'][number]): { zh: string; en: string } {
  return { zh: `${p.jurisdiction.zh} ${yearsLabel(p.years)} · ${p.level.zh} · ${p.province.zh}`, en: `${p.jurisdiction.en} · ${p.level.en} · ${p.province.en}` };
}

/** View models of the text analysis: what the analysis page, plan pages and theme pages show. */
import type { Atlas } from '../atlas.ts';
import type { Run } from '../highlight.ts';
import { PART_LABELS, type Label } from '../labels.ts';
import type { PartKind } from '../types.ts';
import { findTheme } from '../atlas.ts';
import { findPlan, plansIn } from '../atlas-index.ts';
import type { DistinctiveTerm } from './distinctive-terms.ts';
import type { Glossary } from './glossary.ts';
import type { Programme } from './named-programmes.ts';
import { sharedRuns } from './shared-runs.ts';
import type { TextAnalysis } from './text-analysis.ts';

/** Distinctive terms shown on a plan page. */
export const PLAN_TERMS_SHOWN = 30;

export interface TermView {
  term: string;
  count: number;
  otherCount: number;
  otherPlans: number;
  /** G² and Log Ratio, rounded for display. */
  g2: number;
  logRatio: number;
}

export interface ProgrammeView {
  name: string;
  key: string;
  count: number;
  /** Plans that use it, this one included. */
  plans: number;
  /** The other plans that use it. */
  /** The other plans using it, in plan order, at most SHARED_WITH_SHOWN (a page per plan must not list every plan). */
  sharedWith: { planId: string; label: Label; count: number }[];
  /** Other plans using it beyond those listed. */
  sharedWithMore: number;
  /** Whether this plan marks it as a name itself (quotes it or uses it as numbered shorthand). */
  marked: boolean;
  glossary?: { english: string; explanationZh: string };
}

export interface PlanAnalysisView {
  planId: string;
  terms: TermView[];
  programmes: ProgrammeView[];
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

export function termView(t: DistinctiveTerm): TermView {
  return { term: t.term, count: t.count, otherCount: t.otherCount, otherPlans: t.otherDocuments, g2: round(t.g2, 1), logRatio: round(t.logRatio, 2) };
}

function planLabels(atlas: Atlas): Map<string, Label> {
  return new Map(atlas.plans.map((p) => [p.plan.meta.id, { zh: p.jurisdiction.nameZh, en: p.jurisdiction.nameEn }]));
}

export function glossaryNote(glossary: Glossary, p: Programme): ProgrammeView['glossary'] {
  const e = glossary.get(p.key);
  return e ? { english: e.english, explanationZh: e.explanationZh } : undefined;
}

/** A plan's distinctive terms (best first) and the named programmes it uses (shared ones first). */
/**
 * Other plans named beside a programme on a plan page: with five plans that is every other plan;
 * with many, the first four and a link to a search for the rest (eight made the largest plan page
 * of a 1,000-plan site grow past 0.5 MB in that table alone).
 */
export const SHARED_WITH_SHOWN = 4;

export function sharedWith<T>(others: T[], shown = SHARED_WITH_SHOWN): { sharedWith: T[]; sharedWithMore: number } {
  return { sharedWith: others.slice(0, shown), sharedWithMore: Math.max(0, others.length - shown) };
}

/** sharedWith() of the plans other than `self` (which is among them), reading only as many as are shown (a programme may be in every plan). */
function firstOthers<T>(plans: readonly string[], self: string, view: (id: string) => T): { sharedWith: T[]; sharedWithMore: number } {
  const shown: T[] = [];
  for (const id of plans) {
    if (shown.length === SHARED_WITH_SHOWN) break;
    if (id !== self) shown.push(view(id));
  }
  return { sharedWith: shown, sharedWithMore: Math.max(0, plans.length - 1 - shown.length) };
}

interface ProgrammeIndex {
  labels: Map<string, Label>;
  /** Each programme's plans, in plan order. */
  users: Map<Programme, string[]>;
  /** Each plan's programmes. */
  byPlan: Map<string, Programme[]>;
  marked: Map<Programme, Set<string>>;
  /** Each programme's place in the analysis's list. */
  position: Map<Programme, number>;
}
const programmeIndexCache = new WeakMap<TextAnalysis, ProgrammeIndex>();

/** Who uses which programme, computed once per analysis (every plan page reads its own row). */
function programmeIndex(atlas: Atlas, analysis: TextAnalysis): ProgrammeIndex {
  let found = programmeIndexCache.get(analysis);
  if (!found) {
    const users = new Map<Programme, string[]>();
    const byPlan = new Map<string, Programme[]>(analysis.plans.map((id) => [id, []]));
    for (const id of analysis.plans) {
      for (const p of analysis.programmes) {
        if (!p.counts[id]) continue;
        (users.get(p) ?? users.set(p, []).get(p)!).push(id);
      }
    }
    for (const p of analysis.programmes) for (const id of users.get(p) ?? []) byPlan.get(id)!.push(p);
    const marked = new Map(analysis.programmes.map((p) => [p, new Set(p.markedBy)]));
    const position = new Map(analysis.programmes.map((p, i) => [p, i]));
    programmeIndexCache.set(analysis, (found = { labels: planLabels(atlas), users, byPlan, marked, position }));
  }
  return found;
}

/** The programmes a plan uses, in the analysis's order. */
export function programmesOfPlan(atlas: Atlas, analysis: TextAnalysis, planId: string): readonly Programme[] {
  return programmeIndex(atlas, analysis).byPlan.get(planId) ?? [];
}

export function planAnalysisView(atlas: Atlas, analysis: TextAnalysis, glossary: Glossary, planId: string): PlanAnalysisView {
  findPlan(atlas, planId);
  const { labels, users, byPlan, marked } = programmeIndex(atlas, analysis);
  const programmes = (byPlan.get(planId) ?? [])
    .map((p) => ({
      name: p.name,
      key: p.key,
      count: p.counts[planId],
      plans: p.plans,
      ...firstOthers(users.get(p) ?? [], planId, (id) => ({ planId: id, label: labels.get(id)!, count: p.counts[id] })),
      marked: marked.get(p)!.has(planId),
      glossary: glossaryNote(glossary, p),
    }))
    .sort((a, b) => b.plans - a.plans || b.count - a.count || a.key.localeCompare(b.key));
  return { planId, terms: (analysis.terms.get(planId) ?? []).slice(0, PLAN_TERMS_SHOWN).map(termView), programmes };
}

export interface PassageSide {
  planId: string;
  plan: Label;
  paragraphId: string;
  sentenceId: string;
  part: PartKind;
  partLabel: Label;
  /** The sentence, with the wording it shares with the other side marked. */
  runs: Run[];
}

export interface PassagePairView {
  similarity: number;
  a: PassageSide;
  b: PassageSide;
}

export interface ThemePairsView {
  themeId: string;
  theme: Label;
  pairs: PassagePairView[];
}

/** The most similar passage pairs on a theme, each side ready to link to its paragraph. */
export function themePairsView(atlas: Atlas, analysis: TextAnalysis, themeId: string): ThemePairsView {
  const theme = findTheme(atlas, themeId);
  // Each side's plan looked up, not every plan named: every page of a theme asks (7,000 at 10,000 plans).
  const label = (id: string): Label => {
    const j = findPlan(atlas, id).jurisdiction;
    return { zh: j.nameZh, en: j.nameEn };
  };
  const pairs = (analysis.passagePairs.get(themeId) ?? []).map((pair) => {
    const side = (s: typeof pair.a, other: typeof pair.a): PassageSide => ({
      planId: s.plan,
      plan: label(s.plan),
      paragraphId: s.paragraphId,
      sentenceId: s.sentenceId,
      part: s.part,
      partLabel: PART_LABELS[s.part],
      runs: sharedRuns(s.text, other.text),
    });
    return { similarity: round(pair.similarity, 2), a: side(pair.a, pair.b), b: side(pair.b, pair.a) };
  });
  return { themeId, theme: { zh: theme.nameZh, en: theme.nameEn }, pairs };
}

export interface SharedProgrammeRow {
  name: string;
  key: string;
  plans: number;
  total: number;
  /** Count per plan shown, in atlas order (0 where unused). */
  counts: { planId: string; count: number; marked: boolean }[];
  glossary?: { english: string; explanationZh: string };
}

export interface AnalysisPageView {
  /** Each plan with its distinctive terms (as many as a plan page shows). */
  plans: { planId: string; label: Label; title: string; terms: TermView[] }[];
  /** Each theme with how many passage pairs its page shows. */
  themes: { themeId: string; label: Label; pairs: number }[];
  /** Programmes used by at least two plans, most widely used first. */
  sharedProgrammes: SharedProgrammeRow[];
  /** Programmes used by one plan only, per plan. */
  ownProgrammes: { planId: string; label: Label; names: { name: string; count: number }[] }[];
  lexicon: TextAnalysis['lexicon'];
}

/**
 * The analysis page for some plans (all by default; a page of plans when they come in pages):
 * their terms, the shared programmes any of them uses with a count for each of them, and their
 * own programmes. Work grows with the plans shown, not with all plans.
 */
export function analysisPageView(atlas: Atlas, analysis: TextAnalysis, glossary: Glossary, planIds?: readonly string[]): AnalysisPageView {
  const { labels, byPlan, marked, position } = programmeIndex(atlas, analysis);
  const plans = planIds ? plansIn(atlas.plans, planIds) : atlas.plans;
  const ids = plans.map((p) => p.plan.meta.id);
  // The programmes any shown plan uses, in the analysis's order: read from each plan's own list, not every programme for every plan.
  const used = [...new Set(ids.flatMap((id) => byPlan.get(id) ?? []))].sort((a, b) => position.get(a)! - position.get(b)!);
  return {
    plans: plans.map((p) => ({
      planId: p.plan.meta.id,
      label: labels.get(p.plan.meta.id)!,
      title: p.plan.meta.title,
      terms: (analysis.terms.get(p.plan.meta.id) ?? []).slice(0, PLAN_TERMS_SHOWN).map(termView),
    })),
    themes: atlas.themes.map((t) => ({ themeId: t.id, label: { zh: t.nameZh, en: t.nameEn }, pairs: analysis.passagePairs.get(t.id)?.length ?? 0 })),
    sharedProgrammes: used
      .filter((p) => p.plans >= 2)
      .map((p) => ({
        name: p.name,
        key: p.key,
        plans: p.plans,
        total: p.total,
        counts: ids.map((id) => ({ planId: id, count: p.counts[id] ?? 0, marked: marked.get(p)!.has(id) })),
        glossary: glossaryNote(glossary, p),
      })),
    ownProgrammes: ids.map((id) => ({
      planId: id,
      label: labels.get(id)!,
      names: (byPlan.get(id) ?? []).filter((p) => p.plans === 1).map((p) => ({ name: p.name, count: p.counts[id] })),
    })),
    lexicon: analysis.lexicon,
  };
}

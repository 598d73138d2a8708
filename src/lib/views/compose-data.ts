/**
 * The open data a composed comparison reads: /data/compare/index.json (the plans to choose from,
 * the themes, the metrics, the default selection) and one /data/compare/<plan-id>.json per plan
 * (per theme: its weight, its sentences, figures, distinctive terms and named programmes).
 * A comparison of four plans loads the index and four plan files, whatever the number of plans.
 */
import type { Atlas } from '../atlas.ts';
import { planById } from '../atlas-index.ts';
import { programmesOfPlan } from '../compare/analysis-views.ts';
import { countOccurrences } from '../compare/distinctive-terms.ts';
import { countingText, countKeys } from '../compare/named-programmes.ts';
import type { TextAnalysis } from '../compare/text-analysis.ts';
import { themePassages } from '../compare/theme-passages.ts';
import type { IndicatorSet } from '../indicators/indicator-set.ts';
import { setByPlan } from '../indicators/set-by-plan.ts';
import type { Comparator, FigureKind } from '../indicators/types.ts';
import { CHANGE_MARKER } from '../indicators/extract-indicators.ts';
import { LEVEL_LABELS, type Label } from '../labels.ts';
import { normaliseText } from '../text/normalise.ts';
import type { PartKind } from '../types.ts';
import { cell } from '../views.ts';

/** Distinctive terms kept per plan and theme. */
export const TERMS_PER_THEME = 12;
/** What /compare/ shows without a query: the first plans of the site, on air and water. */
export const DEFAULT_PLAN_COUNT = 3;
export const DEFAULT_THEMES = ['air', 'water'];

export interface ComposeIndexPlan {
  id: string;
  title: string;
  jurisdiction: Label;
  level: Label;
  province: Label;
  years: number[];
}

export interface ComposeIndex {
  plans: ComposeIndexPlan[];
  themes: { id: string; zh: string; en: string }[];
  metrics: { id: string; zh: string; en: string }[];
  defaults: { plans: string[]; themes: string[] };
}

export interface ComposeSentence {
  id: string;
  paragraph: string;
  part: PartKind;
  text: string;
}

export interface ComposeFigure {
  metric: string;
  value: number;
  unit: string;
  comparator: Comparator;
  aspirational: boolean;
  kind: FigureKind;
  year: number;
  /** Index into the plan's `sentences`. */
  sentence: number;
  /** Only for a change against an earlier year (the value is signed): the year it is measured against when the sentence says (同比, 比上年: the year before; 比2015年: 2015), else null. */
  change?: { base: number | null };
}

export interface ComposeTheme {
  share: number;
  paragraphs: number;
  chars: number;
  mentioned: boolean;
  /** Indices into the plan's `sentences`: every sentence on the theme, in reading order. */
  on: number[];
  figures: ComposeFigure[];
  terms: { term: string; count: number }[];
  programmes: { key: string; name: string; count: number }[];
}

export interface ComposePlanData {
  plan: string;
  /** The sentences any theme or figure refers to, each once, in reading order. */
  sentences: ComposeSentence[];
  themes: Record<string, ComposeTheme>;
}

export function composeIndex(atlas: Atlas, indicators: IndicatorSet): ComposeIndex {
  const themes = atlas.themes.map((t) => t.id);
  return {
    plans: atlas.plans.map(({ plan, jurisdiction: j }) => ({
      id: plan.meta.id,
      title: plan.meta.title,
      jurisdiction: { zh: j.nameZh, en: j.nameEn },
      level: LEVEL_LABELS[j.level],
      province: { zh: j.province, en: j.provinceEn },
      years: plan.meta.years,
    })),
    themes: atlas.themes.map((t) => ({ id: t.id, zh: t.nameZh, en: t.nameEn })),
    metrics: indicators.metrics.map((m) => ({ id: m.id, zh: m.nameZh, en: m.nameEn })),
    defaults: {
      plans: atlas.plans.slice(0, DEFAULT_PLAN_COUNT).map((p) => p.plan.meta.id),
      themes: DEFAULT_THEMES.filter((t) => themes.includes(t)).length ? DEFAULT_THEMES.filter((t) => themes.includes(t)) : themes.slice(0, 2),
    },
  };
}

export function composePlanData(atlas: Atlas, indicators: IndicatorSet, analysis: TextAnalysis, planId: string): ComposePlanData {
  const ap = planById(atlas.plans, planId);
  if (!ap) throw new Error(`compose data: unknown plan id "${planId}"`);
  const metricTheme = new Map(indicators.metrics.map((m) => [m.id, m.theme]));
  const figures = setByPlan(indicators).indicators.get(planId) ?? [];
  const onTheme = new Map(atlas.themes.map((t) => [t.id, new Set(themePassages(ap, t.id).map((s) => s.sentenceId))]));
  const used = new Set<string>([...onTheme.values()].flatMap((s) => [...s]).concat(figures.map((f) => f.sentence)));
  const sentences: ComposeSentence[] = ap.plan.paragraphs.flatMap((p) =>
    p.sentences.filter((s) => used.has(s.id)).map((s) => ({ id: s.id, paragraph: p.id, part: p.part, text: s.text })),
  );
  const indexOf = new Map(sentences.map((s, i) => [s.id, i]));
  const terms = analysis.terms.get(planId) ?? [];
  const programmes = programmesOfPlan(atlas, analysis, planId);
  const keys = programmes.map((p) => p.key);

  const themes: Record<string, ComposeTheme> = {};
  for (const t of atlas.themes) {
    const c = cell(atlas, planId, t.id);
    const on = sentences.flatMap((s, i) => (onTheme.get(t.id)!.has(s.id) ? [i] : []));
    const texts = on.map((i) => sentences[i].text);
    const joined = texts.join('\n');
    const keyCounts = keys.length && texts.length ? countKeys(countingText(texts), keys) : [];
    themes[t.id] = {
      share: Math.round(c.share * 1e6) / 1e6,
      paragraphs: c.paragraphs,
      chars: c.chars,
      mentioned: c.mentioned,
      on,
      figures: figures
        .filter((f) => metricTheme.get(f.metric) === t.id)
        .map((f) => ({
          metric: f.metric,
          value: f.value,
          unit: f.unit,
          comparator: f.comparator,
          aspirational: f.aspirational,
          kind: f.kind,
          year: f.year,
          sentence: indexOf.get(f.sentence)!,
          ...(f.basis === 'change' ? { change: { base: changeBase(f.quote, f.value, f.year) } } : {}),
        })),
      terms: texts.length
        ? terms
            .map((d) => ({ term: d.term, count: countOccurrences(joined, d.term) }))
            .filter((d) => d.count > 0)
            .slice(0, TERMS_PER_THEME)
        : [],
      programmes: programmes.flatMap((p, i) => ((keyCounts[i] ?? 0) > 0 ? [{ key: p.key, name: p.name, count: keyCounts[i] }] : [])),
    };
  }
  return { plan: planId, sentences, themes };
}

const CHANGE_MARKERS = new RegExp(CHANGE_MARKER.source, 'g');

/**
 * The year a change is measured against, from its sentence: the last comparison before the figure
 * (同比, 比上年, 上年同期 → the year before the figure's; 比2015年, 与2015年相比 → 2015), else the first
 * after it; null when the sentence names none.
 */
export function changeBase(quote: string, value: number, year: number): number | null {
  const text = normaliseText(quote);
  const number = String(Math.abs(value)).replace('.', '\\.');
  const at = new RegExp(`(?<![\\d.])${number}(?![\\d])`).exec(text)?.index ?? text.length;
  const marker = [...text.slice(0, at).matchAll(CHANGE_MARKERS)].at(-1)?.[0] ?? [...text.slice(at).matchAll(CHANGE_MARKERS)][0]?.[0];
  if (!marker) return null;
  const stated = /(?:19|20)\d{2}/.exec(marker);
  return stated ? Number(stated[0]) : year - 1;
}

/**
 * /analysis/: distinctive terms, named programmes, similarity and commitment strength, with the
 * method's parameters. With many plans the per-plan parts come in pages of plans (plan-pages.ts):
 * /analysis/ holds the method, the charts and the first page of plans, /analysis/<n>/ the n-th.
 */
import { analysisPageView, type AnalysisPageView } from '../compare/analysis-views.ts';
import { DEFAULT_KEYNESS_OPTIONS, type KeynessOptions } from '../compare/distinctive-terms.ts';
import { MIN_MARKED_SHARE } from '../compare/named-programmes.ts';
import { DEFAULT_PASSAGE_PAIR_OPTIONS, type PassagePairOptions } from '../compare/passage-pairs.ts';
import { planPageCount, planPageHref, planPageRange, planPageSlice } from '../plan-pages.ts';
import { chartOf, type ViewChart, type ViewInputs } from './inputs.ts';
import type { PagerView } from './pager.ts';
import { planListPager } from './plan-lists.ts';

type Plans = AnalysisPageView['plans'];
type SharedRow = AnalysisPageView['sharedProgrammes'][number];

export interface AnalysisRouteView<C extends ViewChart = ViewChart> {
  title: string;
  page: number;
  pager: PagerView | null;
  /** Positions of the plans this page shows, when plans come in pages. */
  range: { start: number; end: number } | null;
  /** The first page: the method and the charts are shown there only. */
  first: boolean;
  /** With one page of plans the charts are drawn here; with pages, each is a link to its chart page (their SVG alone is about 0.9 MB). */
  chartsInline: boolean;
  analysisHref: string;
  /** The method's parameters, as the text states them. */
  keyness: KeynessOptions;
  pairOptions: PassagePairOptions;
  minMarkedShare: number;
  /** How many terms each plan's list shows. */
  termsShown: number;
  plans: (Omit<Plans[number], 'terms'> & { href: string; terms: (Plans[number]['terms'][number] & { href: string; title: string })[] })[];
  sharedProgrammes: (SharedRow & { href: string })[];
  /** Shared programmes with a gloss, for the glossary list. */
  glossed: (SharedRow & { glossary: NonNullable<SharedRow['glossary']> })[];
  ownProgrammes: (AnalysisPageView['ownProgrammes'][number] & { href: string; namesText: string })[];
  themes: (AnalysisPageView['themes'][number] & { href: string })[];
  lexicon: AnalysisPageView['lexicon'];
  charts: { terms: C; programmes: C; similarity: C; commitment: C };
  downloads: { termsJson: string; programmesJson: string; programmesCsv: string; similarityJson: string };
}

export function analysisRouteView<C extends ViewChart>(inputs: ViewInputs<C>, page = 1): AnalysisRouteView<C> {
  const { atlas, urls } = inputs;
  const pageCount = planPageCount(atlas.plans.length);
  if (!Number.isInteger(page) || page < 1 || page > pageCount) throw new Error(`analysis: no page ${page} (pages 1–${pageCount})`);
  const pagePlans = planPageSlice(atlas.plans, page);
  const view = analysisPageView(atlas, inputs.analysis, inputs.glossary, pagePlans.map((p) => p.plan.meta.id));
  const search = (q: string) => urls.search({ q });
  const shared = view.sharedProgrammes.map((row) => ({ ...row, href: search(row.name) }));
  return {
    title: pageCount > 1 ? `文本分析 Text analysis · 第${page}页 Page ${page}` : '文本分析 Text analysis',
    page,
    pager: planListPager(inputs, { kind: 'analysis' }, page),
    range: pageCount > 1 ? planPageRange(page, atlas.plans.length) : null,
    first: page === 1,
    chartsInline: pageCount === 1,
    analysisHref: urls.analysis,
    keyness: DEFAULT_KEYNESS_OPTIONS,
    pairOptions: DEFAULT_PASSAGE_PAIR_OPTIONS,
    minMarkedShare: MIN_MARKED_SHARE,
    termsShown: view.plans[0]?.terms.length ?? 0,
    plans: view.plans.map((p) => ({
      ...p,
      href: urls.plan(p.planId),
      terms: p.terms.map((t) => ({ ...t, href: search(t.term), title: `本计划 ${t.count} 次，其余计划 ${t.otherCount} 次 · ${t.count} here, ${t.otherCount} elsewhere` })),
    })),
    sharedProgrammes: shared,
    glossed: shared.flatMap((row) => (row.glossary ? [{ ...row, glossary: row.glossary }] : [])),
    ownProgrammes: view.ownProgrammes.map((p) => ({ ...p, href: urls.plan(p.planId), namesText: p.names.map((n) => `${n.name} ${n.count}`).join('、') || '—' })),
    themes: view.themes.map((t) => ({ ...t, href: `${urls.theme(t.themeId)}#passage-pairs` })),
    lexicon: view.lexicon,
    charts: {
      terms: chartOf(inputs, 'analysis-distinctive-terms'),
      programmes: chartOf(inputs, 'analysis-programmes'),
      similarity: chartOf(inputs, 'analysis-similarity'),
      commitment: chartOf(inputs, 'analysis-commitment'),
    },
    downloads: { termsJson: urls.data('terms.json'), programmesJson: urls.data('programmes.json'), programmesCsv: urls.data('programmes.csv'), similarityJson: urls.data('similarity.json') },
  };
}

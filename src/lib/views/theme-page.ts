/** /themes/<id>/ and its later pages: the theme's weight in each plan, its chart, metrics, columns and passage pairs. */
import { themeCompareHref } from './compose-links.ts';
import { themeAcrossPlansId } from '../charts/theme-across-plans.ts';
import { themePairsView, type PassageSide } from '../compare/analysis-views.ts';
import { formatPercent } from '../format.ts';
import { SIMILARITY_BANDS, similarityBand } from '../compare/similarity-bands.ts';
import type { Label } from '../labels.ts';
import type { Theme } from '../types.ts';
import { themeView, type ThemeColumn } from '../views.ts';
import { chartOf, type ViewChart, type ViewInputs } from './inputs.ts';
import type { PagerView } from './pager.ts';
import { planListPager } from './plan-lists.ts';
import { planPageRange } from '../plan-pages.ts';
import { themeMetricsView, type ThemeMetricsView } from './theme-metrics.ts';

const NOT_MENTIONED = '未提及 not mentioned';

/**
 * Paragraphs a plan's column shows when plans come in pages; the rest are linked in the plan. A
 * page of 20 plans with every paragraph ran past 0.3 MB of text on the largest themes, and its size
 * followed the longest plans on it.
 */
export const THEME_PARAGRAPHS_SHOWN = 8;

/** A pair's score in words, e.g. 0.42 → 有共同说法 · some shared wording. */
function bandLabel(score: number): { zh: string; en: string } {
  const band = similarityBand(score);
  return { zh: band.shortZh, en: band.shortEn };
}

export interface ThemePairsSectionView {
  themeId: string;
  theme: Label;
  /** The theme's English name as it reads mid-sentence. */
  themeEnLower: string;
  methodHref: string;
  /** Each band of similarity in words, for the key above the pairs. */
  bands: { range: string; zh: string; en: string }[];
  pairs: { similarity: string; band: { zh: string; en: string }; sides: (PassageSide & { href: string })[] }[];
}

export interface ThemePageView<C extends ViewChart = ViewChart> {
  title: string;
  theme: Theme;
  keywords: string;
  compareHref: string;
  /** A composed comparison of the plans on this page that give the theme most weight. */
  composeHref: string;
  aboutHref: string;
  pager: PagerView | null;
  /** Shown in the weights table's caption when plans come in pages. */
  range: { start: number; end: number } | null;
  columns: (Omit<ThemeColumn, 'paragraphs'> & {
    /** Share of the plan on the theme, or "not mentioned". */
    shareText: string;
    /** Said when the column has no paragraph on the theme. */
    emptyNote: string;
    paragraphs: (ThemeColumn['paragraphs'][number] & { href: string; section?: string })[];
    /** When plans come in pages and the plan has more than THEME_PARAGRAPHS_SHOWN paragraphs on the theme: how many more, and the first of them in the plan. */
    more: { count: number; href: string } | null;
    /** Paragraphs on the theme in the plan (shown or not). */
    paragraphCount: number;
  })[];
  acrossChart: C;
  metrics: ThemeMetricsView<C> | null;
  pairs: ThemePairsSectionView;
}

export function themePageView<C extends ViewChart>(inputs: ViewInputs<C>, themeId: string, page: number): ThemePageView<C> {
  const { atlas, urls } = inputs;
  const { theme, columns, pageCount } = themeView(atlas, themeId, page);
  const pagePlans = new Set(columns.map((c) => c.card.id));
  const pairs = themePairsView(atlas, inputs.analysis, themeId);
  return {
    title: pageCount > 1 ? `${theme.nameZh} ${theme.nameEn} · 第${page}页 Page ${page}` : `${theme.nameZh} ${theme.nameEn}`,
    theme,
    keywords: theme.keywords.map((k) => k.term).join('、'),
    compareHref: urls.compare,
    composeHref: themeCompareHref(urls.compare, theme.id, columns.map((c) => ({ id: c.card.id, share: c.cell.share }))),
    aboutHref: urls.about,
    pager: planListPager(inputs, { kind: 'theme', themeId: theme.id }, page),
    range: pageCount > 1 ? planPageRange(page, atlas.plans.length) : null,
    columns: columns.map((c) => ({
      ...c,
      shareText: c.cell.mentioned ? formatPercent(c.cell.share) : NOT_MENTIONED,
      emptyNote: c.cell.mentioned
        ? '仅零星提及，无以此为主题的段落。 Mentioned only in passing; no paragraph is about it.'
        : '该计划未提及此主题。 This plan does not mention the theme.',
      paragraphs: (pageCount > 1 ? c.paragraphs.slice(0, THEME_PARAGRAPHS_SHOWN) : c.paragraphs).map((p) => ({ ...p, href: urls.plan(c.card.id, p.id), section: p.sectionPath.at(-1) })),
      paragraphCount: c.paragraphs.length,
      more:
        pageCount > 1 && c.paragraphs.length > THEME_PARAGRAPHS_SHOWN
          ? { count: c.paragraphs.length - THEME_PARAGRAPHS_SHOWN, href: urls.plan(c.card.id, c.paragraphs[THEME_PARAGRAPHS_SHOWN].id) }
          : null,
    })),
    acrossChart: chartOf(inputs, themeAcrossPlansId(theme.id)),
    metrics: themeMetricsView(inputs, theme.id, 'theme', pagePlans, page),
    pairs: {
      themeId: pairs.themeId,
      theme: pairs.theme,
      themeEnLower: pairs.theme.en.toLowerCase(),
      methodHref: `${urls.analysis}#similarity`,
      bands: SIMILARITY_BANDS.map((b) => ({ range: b.range, zh: b.shortZh, en: b.shortEn })),
      pairs: pairs.pairs.map((pair) => ({
        similarity: pair.similarity.toFixed(2),
        band: bandLabel(pair.similarity),
        sides: [pair.a, pair.b].map((side) => ({ ...side, href: urls.plan(side.planId, side.sentenceId) })),
      })),
    },
  };
}

/**
 * The overview page: the heatmap, a card per plan and an entry per theme. With many plans the
 * cards come in pages of plans (plan-pages.ts): / holds the first, /page/<n>/ the n-th.
 */
import { formatInteger } from '../format.ts';
import { planPageCount, planPageSlice } from '../plan-pages.ts';
import type { PagerView } from './pager.ts';
import { planListPager } from './plan-lists.ts';
import { planCard, type PlanCard } from '../views.ts';
import { chartOf, type ViewChart, type ViewInputs } from './inputs.ts';

export interface PlanCardView extends PlanCard {
  href: string;
  /** "12,345 字 · 67 段". */
  length: string;
}

export interface HomeView<C extends ViewChart = ViewChart> {
  title: string;
  /** The first page: the heatmap and the themes are shown there only. */
  first: boolean;
  pager: PagerView | null;
  /** Heading of the list of plans. */
  plansHeading: { zh: string; en: string };
  homeHref: string;
  heatmap: C;
  compareHref: string;
  cards: PlanCardView[];
  themes: { href: string; nameZh: string; nameEn: string; descriptionZh: string }[];
}

export function planCardView(card: PlanCard, planUrl: (id: string) => string): PlanCardView {
  return { ...card, href: planUrl(card.id), length: `${formatInteger(card.chars)} 字 · ${card.paragraphs} 段` };
}

export function homeView<C extends ViewChart>(inputs: ViewInputs<C>, page = 1): HomeView<C> {
  const { atlas, urls } = inputs;
  const n = atlas.plans.length;
  const pageCount = planPageCount(n);
  if (!Number.isInteger(page) || page < 1 || page > pageCount) throw new Error(`overview: no page ${page} (pages 1–${pageCount})`);
  const plans = planPageSlice(atlas.plans, page);
  const pager = planListPager(inputs, { kind: 'home' }, page);
  return {
    title: pageCount > 1 ? `总览 Overview · 第${page}页 Page ${page}` : '总览 Overview',
    first: page === 1,
    pager,
    plansHeading: pager
      ? { zh: `计划（第 ${pager.start}–${pager.end} 份，共 ${n} 份）`, en: `The plans (${pager.start}–${pager.end} of ${n})` }
      : { zh: n === 5 ? '五份计划' : `${n} 份计划`, en: 'The plans' },
    homeHref: urls.home,
    heatmap: chartOf(inputs, 'plan-theme-heatmap'),
    compareHref: urls.compare,
    cards: plans.map((p) => planCardView(planCard(p), (id) => urls.plan(id))),
    themes: atlas.themes.map((t) => ({ href: urls.theme(t.id), nameZh: t.nameZh, nameEn: t.nameEn, descriptionZh: t.descriptionZh })),
  };
}

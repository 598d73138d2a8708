/** The overview page: the heatmap, a card per plan and an entry per theme. */
import { formatInteger } from '../format.ts';
import { planCard, type PlanCard } from '../views.ts';
import { chartOf, type ViewChart, type ViewInputs } from './inputs.ts';

export interface PlanCardView extends PlanCard {
  href: string;
  /** "12,345 字 · 67 段". */
  length: string;
}

export interface HomeView<C extends ViewChart = ViewChart> {
  heatmap: C;
  compareHref: string;
  cards: PlanCardView[];
  themes: { href: string; nameZh: string; nameEn: string; descriptionZh: string }[];
}

export function planCardView(card: PlanCard, planUrl: (id: string) => string): PlanCardView {
  return { ...card, href: planUrl(card.id), length: `${formatInteger(card.chars)} 字 · ${card.paragraphs} 段` };
}

export function homeView<C extends ViewChart>(inputs: ViewInputs<C>): HomeView<C> {
  const { atlas, urls } = inputs;
  return {
    heatmap: chartOf(inputs, 'plan-theme-heatmap'),
    compareHref: urls.compare,
    cards: atlas.plans.map((p) => planCardView(planCard(p), (id) => urls.plan(id))),
    themes: atlas.themes.map((t) => ({ href: urls.theme(t.id), nameZh: t.nameZh, nameEn: t.nameEn, descriptionZh: t.descriptionZh })),
  };
}

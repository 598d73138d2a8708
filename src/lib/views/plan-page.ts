/** /plans/<id>/: the plan's text with theme chips, its profile, figures, distinctive terms and named programmes. */
import { planProfileId } from '../charts/plan-profile.ts';
import { planAnalysisView, type ProgrammeView, type TermView } from '../compare/analysis-views.ts';
import { formatPercent } from '../format.ts';
import { planFigures, type CommitmentView, type PlanFigureRow } from '../indicators/indicator-views.ts';
import { planView, type HeadingView, type ParagraphView, type PlanView, type ThemeChip } from '../views.ts';
import { chartOf, type ViewChart, type ViewInputs } from './inputs.ts';

export interface PlanFiguresSectionView {
  planId: string;
  indicatorsHref: string;
  sides: { id: 'targets' | 'actuals'; zh: string; en: string; rows: PlanFigureRow[] }[];
  commitments: CommitmentView[];
  /** Chinese names of the vocabulary's metrics the plan states no figure for, joined; '' when none. */
  notStated: string;
}

export interface PlanDistinctiveView {
  planId: string;
  termsMethodHref: string;
  programmesHref: string;
  terms: (TermView & { href: string; title: string })[];
  /** Programmes other plans use too, with links to them. */
  shared: (Omit<ProgrammeView, 'sharedWith'> & { href: string; moreHref: string; sharedWith: (ProgrammeView['sharedWith'][number] & { href: string })[] })[];
  /** Programmes found in this plan only. */
  own: (ProgrammeView & { href: string })[];
  hasProgrammes: boolean;
}

/** A theme chip with its link and the evidence in words (title and the folded list). */
export interface ChipView extends ThemeChip {
  href: string;
  title: string;
  evidenceText: string;
}

export interface PlanPageView<C extends ViewChart = ViewChart> extends Omit<PlanView, 'profile' | 'blocks'> {
  homeHref: string;
  seedHref: string;
  jsonHref: string;
  profile: (PlanView['profile'][number] & { href: string; shareText: string })[];
  blocks: (HeadingView | (Omit<ParagraphView, 'chips'> & { chips: ChipView[] }))[];
  profileChart: C;
  figures: PlanFiguresSectionView;
  distinctive: PlanDistinctiveView;
}

const evidence = (c: ThemeChip, headingNote: string) => c.evidence.map((e) => `${e.term}×${e.count}${e.source === 'heading' ? headingNote : ''}`).join('、');

export function planPageView<C extends ViewChart>(inputs: ViewInputs<C>, planId: string): PlanPageView<C> {
  const { atlas, urls, themeHref } = inputs;
  const view = planView(atlas, planId);
  const id = view.card.id;
  const figures = planFigures(inputs.indicators, id, urls.plan);
  const analysis = planAnalysisView(atlas, inputs.analysis, inputs.glossary, id);
  const search = (q: string) => urls.search({ q });
  return {
    ...view,
    homeHref: urls.home,
    seedHref: urls.seed(view.seed),
    jsonHref: urls.data(`plans/${id}.json`),
    profile: view.profile.map((p) => ({ ...p, href: themeHref(p.theme, id), shareText: p.mentioned ? formatPercent(p.share) : '未提及 not mentioned' })),
    blocks: view.blocks.map((b) =>
      b.kind === 'heading'
        ? b
        : {
            ...b,
            chips: b.chips.map((c) => ({
              ...c,
              href: themeHref(c.theme, id),
              title: `依据 Evidence: ${evidence(c, '（标题）')}`,
              evidenceText: evidence(c, '（标题 heading）'),
            })),
          },
    ),
    profileChart: chartOf(inputs, planProfileId(id)),
    figures: {
      planId: id,
      indicatorsHref: urls.indicators,
      sides: [
        { id: 'targets', zh: '目标', en: 'Targets', rows: figures.targets },
        { id: 'actuals', zh: '实绩', en: 'Achieved', rows: figures.actuals },
      ],
      commitments: figures.commitments,
      notStated: figures.notStated.map((m) => m.nameZh).join('、'),
    },
    distinctive: {
      planId: id,
      termsMethodHref: `${urls.analysis}#terms`,
      programmesHref: `${urls.analysis}#programmes`,
      terms: analysis.terms.map((t) => ({
        ...t,
        href: search(t.term),
        title: `本计划 ${t.count} 次，其余计划 ${t.otherCount} 次 · ${t.count} here, ${t.otherCount} in other plans · G² ${t.g2}`,
      })),
      shared: analysis.programmes
        .filter((p) => p.plans >= 2)
        .map((p) => ({ ...p, href: search(p.name), moreHref: search(p.name), sharedWith: p.sharedWith.map((s) => ({ ...s, href: urls.plan(s.planId) })) })),
      own: analysis.programmes.filter((p) => p.plans < 2).map((p) => ({ ...p, href: search(p.name) })),
      hasProgrammes: analysis.programmes.length > 0,
    },
  };
}

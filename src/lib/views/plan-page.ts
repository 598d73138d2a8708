/** /plans/<id>/: the plan's text with theme chips, its profile, figures, distinctive terms and named programmes. */
import { findPlan } from '../atlas-index.ts';
import { planProfileId } from '../charts/plan-profile.ts';
import { planAnalysisView, type ProgrammeView, type TermView } from '../compare/analysis-views.ts';
import { formatPercent } from '../format.ts';
import { planFigures, type CommitmentView, type PlanFigureRow, type UnreadView } from '../indicators/indicator-views.ts';
import { planView, type HeadingView, type ParagraphView, type PlanView, type ThemeChip } from '../views.ts';
import { chartOf, type ViewChart, type ViewInputs } from './inputs.ts';
import { figuresReading, type FigureTrust, type FiguresReading } from './figures-reading.ts';

export interface PlanFiguresSectionView {
  planId: string;
  indicatorsHref: string;
  sides: { id: 'targets' | 'actuals'; zh: string; en: string; rows: PlanFigureRow[] }[];
  commitments: CommitmentView[];
  /** Chinese names of the vocabulary's metrics the plan states no figure for, joined; '' when none. */
  notStated: string;
  /** Sentences left for the reader to check ("未读出，请核对 · Not read, please check"). */
  unread: UnreadView[];
  /** Whether a person checked these figures against the text, or else how well the program reads texts it was not tuned on. */
  reading: FiguresReading;
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

/** Bilingual labels of the fields a published page states about itself (front matter `source`). */
export const SOURCE_FIELD_LABELS: Record<string, { zh: string; en: string }> = {
  indexNumber: { zh: '索引号', en: 'Index number' },
  documentNumber: { zh: '发文字号', en: 'Document number' },
  issuerAsPublished: { zh: '发布机构（原文）', en: 'Issuer as published' },
  sourceLine: { zh: '信息来源', en: 'Source as stated' },
  siteOwner: { zh: '网站主办', en: 'Site run by' },
  written: { zh: '成文日期', en: 'Date written' },
};

/** One source field under its label; a field without a label keeps its name. */
export interface SourceFieldView {
  key: string;
  zh: string;
  en: string;
  value: string;
}

export function sourceFields(source: Record<string, string>): SourceFieldView[] {
  const known = Object.keys(SOURCE_FIELD_LABELS);
  const rank = (k: string) => (known.includes(k) ? known.indexOf(k) : known.length);
  return Object.entries(source)
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([key, value]) => ({ key, zh: SOURCE_FIELD_LABELS[key]?.zh ?? key, en: SOURCE_FIELD_LABELS[key]?.en ?? key, value }));
}

export interface PlanPageView<C extends ViewChart = ViewChart> extends Omit<PlanView, 'profile' | 'blocks'> {
  homeHref: string;
  /** The government's page the text was published on, where the front matter knows it. */
  sourceUrl: string | null;
  /** The source fields under readable bilingual labels. */
  sourceFields: SourceFieldView[];
  seedHref: string;
  jsonHref: string;
  profile: (PlanView['profile'][number] & { href: string; shareText: string })[];
  blocks: (HeadingView | (Omit<ParagraphView, 'chips'> & { chips: ChipView[] }))[];
  profileChart: C;
  figures: PlanFiguresSectionView;
  distinctive: PlanDistinctiveView;
}

/**
 * The evidence in words, each term once: its count in the text, and a note where (also) a heading
 * names it — 宣传×1（另见标题）, 农村×1（标题）.
 */
export function evidenceText(c: Pick<ThemeChip, 'evidence'>, notes: { heading: string; alsoHeading: string }): string {
  const terms = new Map<string, { text: number; heading: number }>();
  for (const e of c.evidence) {
    const t = terms.get(e.term) ?? { text: 0, heading: 0 };
    t[e.source === 'heading' ? 'heading' : 'text'] += e.count;
    terms.set(e.term, t);
  }
  return [...terms]
    .map(([term, n]) => (n.text > 0 ? `${term}×${n.text}${n.heading > 0 ? notes.alsoHeading : ''}` : `${term}×${n.heading}${notes.heading}`))
    .join('、');
}

export function planPageView<C extends ViewChart>(inputs: ViewInputs<C>, planId: string, trust: FigureTrust): PlanPageView<C> {
  const { atlas, urls, themeHref } = inputs;
  const view = planView(atlas, planId);
  const id = view.card.id;
  const figures = planFigures(inputs.indicators, id, urls.plan);
  const analysis = planAnalysisView(atlas, inputs.analysis, inputs.glossary, id);
  const search = (q: string) => urls.search({ q });
  const { meta } = findPlan(atlas, id).plan;
  return {
    ...view,
    homeHref: urls.home,
    sourceUrl: meta.sourceUrl ?? null,
    sourceFields: sourceFields(view.source),
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
              title: `依据 Evidence: ${evidenceText(c, { heading: '（标题）', alsoHeading: '（另见标题）' })}`,
              evidenceText: evidenceText(c, { heading: '（标题 heading）', alsoHeading: '（另见标题 also in a heading）' }),
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
      unread: figures.unread,
      reading: figuresReading(trust.checks.get(id), trust.accuracy, `${urls.about}#accuracy`),
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

/** /indicators/ and its later pages: every metric × one page of plans, then their other quantified commitments. */
import type { IndicatorSet } from '../indicators/indicator-set.ts';
import { setByPlan } from '../indicators/set-by-plan.ts';
import { commitmentView, indicatorTable, type CommitmentView, type PlanColumn, type ThemeGroup } from '../indicators/indicator-views.ts';
import { planPageCount, planPageSlice } from '../plan-pages.ts';
import type { ViewChart, ViewInputs } from './inputs.ts';
import type { PagerView } from './pager.ts';
import { planListPager } from './plan-lists.ts';
import { themeMetricsView, type ThemeMetricsView } from './theme-metrics.ts';
import { figuresReading, type FiguresReading, type FigureTrust } from './figures-reading.ts';

export interface IndicatorsPageView<C extends ViewChart = ViewChart> {
  title: string;
  metricCount: number;
  counts: { targets: number; actuals: number; commitments: number };
  downloads: { indicatorsCsv: string; indicatorsJson: string; commitmentsJson: string };
  pager: PagerView | null;
  /** The themes with metrics, for the jump list, each with its number of metrics. */
  groups: (Pick<ThemeGroup, 'theme' | 'name'> & { metrics: number })[];
  sections: ThemeMetricsView<C>[];
  commitments: { plan: PlanColumn; items: CommitmentView[] }[];
  /** How many of all the plans had their figures checked by a person, and how well the program reads the others. */
  reading: Extract<FiguresReading, { checked: false }> & { checkedPlans: number; plans: number };
}

const countsOf = new WeakMap<IndicatorSet, IndicatorsPageView['counts']>();

/** The whole set's counts, once per set: every page of plans prints them. */
function figureCounts(set: IndicatorSet): IndicatorsPageView['counts'] {
  let counts = countsOf.get(set);
  if (!counts) {
    counts = { targets: 0, actuals: 0, commitments: set.commitments.length };
    for (const f of set.indicators) if (f.kind === 'target') counts.targets++;
    else if (f.kind === 'actual') counts.actuals++;
    countsOf.set(set, counts);
  }
  return counts;
}

export function indicatorsPageView<C extends ViewChart>(inputs: ViewInputs<C>, page: number, trust: FigureTrust): IndicatorsPageView<C> {
  const { atlas, indicators: set, urls } = inputs;
  const pageCount = planPageCount(atlas.plans.length);
  if (!Number.isInteger(page) || page < 1 || page > pageCount) throw new Error(`indicators: no page ${page} (pages 1–${pageCount})`);
  const pagePlans = new Set(planPageSlice(atlas.plans, page).map((p) => p.plan.meta.id));
  const table = indicatorTable(atlas, set, urls.plan, pagePlans);
  const machine = figuresReading(undefined, trust.accuracy, `${urls.about}#accuracy`) as Extract<FiguresReading, { checked: false }>;
  const reading = { ...machine, checkedPlans: atlas.plans.filter((p) => trust.checks.has(p.plan.meta.id)).length, plans: atlas.plans.length };
  return {
    reading,
    title: pageCount > 1 ? `指标：目标与实绩 Targets and achievements · 第${page}页 Page ${page}` : '指标：目标与实绩 Targets and achievements',
    metricCount: set.metrics.length,
    counts: figureCounts(set),
    downloads: { indicatorsCsv: urls.data('indicators.csv'), indicatorsJson: urls.data('indicators.json'), commitmentsJson: urls.data('commitments.json') },
    pager: planListPager(inputs, { kind: 'indicators' }, page),
    groups: table.groups.map((g) => ({ theme: g.theme, name: g.name, metrics: g.rows.length })),
    // The groups are the themes with metrics, so every section has rows.
    sections: table.groups.map((g) => themeMetricsView(inputs, g.theme, 'indicators', pagePlans, page)!),
    commitments: table.plans.map((p) => ({ plan: p, items: (setByPlan(set).commitments.get(p.id) ?? []).map((c) => commitmentView(c, urls.plan)) })),
  };
}

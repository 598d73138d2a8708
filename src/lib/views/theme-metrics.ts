/** A theme's metrics across a page of plans: the figures table and the metric dot plots under it. */
import { metricChartId } from '../charts/metric-dot-plot.ts';
import { themeMetrics, type MetricRow, type PlanColumn } from '../indicators/indicator-views.ts';
import { UNIT_LABELS } from '../indicators/units.ts';
import type { Label } from '../labels.ts';
import { planPageCount } from '../plan-pages.ts';
import { findTheme } from '../views.ts';
import type { ViewChart, ViewInputs } from './inputs.ts';

export interface ThemeMetricsView<C extends ViewChart = ViewChart> {
  themeId: string;
  /** On a theme page the section is titled "指标"; on /indicators/ by the theme's name. */
  variant: 'theme' | 'indicators';
  sectionId: string;
  headingId: string;
  theme: Label;
  /** The same page of plans on /indicators/, at this theme's section. */
  allMetricsHref: string;
  plans: PlanColumn[];
  rows: (MetricRow & { unitLabel: string; rowId?: string })[];
  charts: { chart: C; headingId: string }[];
  /**
   * With one page of plans the dot plots are drawn here; with pages, each is a link to its chart
   * page (drawn, with their data tables, they were 0.4 MB of a page of /indicators/, and they draw
   * the first 40 plans, not this page's).
   */
  chartsInline: boolean;
  /**
   * False on a theme page when plans come in pages: the same table for the same plans is on that
   * page of /indicators/ (allMetricsHref), so the theme page links it instead of repeating it.
   */
  tableInline: boolean;
}

/** Null when the vocabulary has no metric for the theme (the section is left out). */
export function themeMetricsView<C extends ViewChart>(
  inputs: ViewInputs<C>,
  themeId: string,
  variant: 'theme' | 'indicators',
  planIds: ReadonlySet<string>,
  page: number,
): ThemeMetricsView<C> | null {
  const { atlas, indicators, urls } = inputs;
  const theme = findTheme(atlas, themeId);
  const { plans, rows } = themeMetrics(atlas, indicators, themeId, urls.plan, planIds);
  if (rows.length === 0) return null;
  const sectionId = variant === 'theme' ? 'metrics' : `theme-${themeId}`;
  // A metric has a dot plot only when some plan states a level figure for it.
  const charts = rows.flatMap((r) => inputs.charts.get(metricChartId(r.metric.id)) ?? []);
  return {
    themeId,
    variant,
    sectionId,
    headingId: `${sectionId}-heading`,
    theme: { zh: theme.nameZh, en: theme.nameEn },
    allMetricsHref: `${urls.indicatorsPage(page)}#theme-${themeId}`,
    plans,
    rows: rows.map((row) => ({
      ...row,
      unitLabel: UNIT_LABELS[row.unit]?.zh ?? row.unit,
      rowId: variant === 'indicators' ? `metric-${row.metric.id}` : undefined,
    })),
    charts: charts.map((chart) => ({ chart, headingId: `${sectionId}-chart-${chart.def.id}` })),
    chartsInline: planPageCount(atlas.plans.length) === 1,
    tableInline: variant === 'indicators' || planPageCount(atlas.plans.length) === 1,
  };
}


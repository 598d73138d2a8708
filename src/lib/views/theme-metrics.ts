/** A theme's metrics across a page of plans: the figures table and the metric dot plots under it. */
import { metricChartId } from '../charts/metric-dot-plot.ts';
import { themeMetrics, type MetricRow, type PlanColumn } from '../indicators/indicator-views.ts';
import { UNIT_LABELS } from '../indicators/units.ts';
import type { Label } from '../labels.ts';
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
  };
}


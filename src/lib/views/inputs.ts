/** What the route view models are computed from: the build's analyses, its URLs and its rendered charts. */
import type { Atlas } from '../atlas.ts';
import type { ChartDefinition } from '../charts/chart.ts';
import type { ChartLinks } from '../charts/chart-page.ts';
import type { Glossary } from '../compare/glossary.ts';
import type { TextAnalysis } from '../compare/text-analysis.ts';
import type { IndicatorSet } from '../indicators/indicator-set.ts';
import type { ThemeHref } from '../plan-pages.ts';
import type { SiteUrls } from '../urls.ts';
import type { TableView } from './data-table.ts';

/** A chart as the views pass it on: built and rendered once per build (src/data/charts.ts). */
export interface ViewChart {
  def: ChartDefinition<any>;
  rendered: { html: string };
  page: { links: ChartLinks };
  table: TableView;
}

export interface ViewInputs<C extends ViewChart = ViewChart> {
  atlas: Atlas;
  indicators: IndicatorSet;
  analysis: TextAnalysis;
  glossary: Glossary;
  urls: SiteUrls;
  /** Links to the theme page (and page of plans) holding a plan's column. */
  themeHref: ThemeHref;
  /** Every chart of the build, by id. */
  charts: ReadonlyMap<string, C>;
}

/** The chart of an id; fails on an unknown id. */
export function chartOf<C extends ViewChart>(inputs: Pick<ViewInputs<C>, 'charts'>, id: string): C {
  const found = inputs.charts.get(id);
  if (!found) throw new Error(`unknown chart id "${id}"`);
  return found;
}

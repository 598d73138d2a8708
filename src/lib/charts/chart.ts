/** What every chart on the site is: data rows, how to draw them, and how to describe and cite them. */
import type { PlotOptions } from '@observablehq/plot';

export interface ChartColumn {
  key: string;
  labelZh: string;
  labelEn: string;
  /** How a value is shown in the table; the CSV keeps the raw value. */
  kind?: 'text' | 'integer' | 'percent' | 'number';
}

export interface ChartContext {
  /** Link for a plan (and paragraph), a theme column, etc. Charts link marks to their sources. */
  planUrl: (planId: string, paragraphId?: string) => string;
  themeUrl: (themeId: string, planId?: string) => string;
  /** Lay out for a narrow column (about 360 px: phones, narrow embeds). Only charts marked `responsive` read it. */
  narrow?: boolean;
}

/** A family of charts, for grouping in the gallery (e.g. "one chart per theme"). */
export interface ChartGroup {
  id: string;
  zh: string;
  en: string;
}

export interface ChartDefinition<Row extends Record<string, unknown> = Record<string, unknown>> {
  /** Stable public id (ASCII slug): /charts/<id>/, /embed/<id>/, /data/charts/<id>.svg|csv. */
  id: string;
  titleZh: string;
  titleEn: string;
  /** What it shows, how it was computed, from which plans. */
  descriptionZh: string;
  descriptionEn: string;
  /** Plan ids the data comes from. */
  sources: string[];
  /** Gallery section; charts without one are listed under "other charts". */
  group?: ChartGroup;
  /** plot() draws a second layout for narrow columns when context.narrow is set; pages show whichever fits. */
  responsive?: boolean;
  columns: ChartColumn[];
  /** Exactly the rows drawn; the CSV download is these rows. */
  rows: Row[];
  /** rows → Plot options; the same function serves build-time SVG and any browser rendering. */
  plot: (rows: Row[], context: ChartContext) => PlotOptions;
}

/** Chart ids are lowercase ASCII slugs: they become URL path segments and file names. */
export const CHART_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Named programmes used by two or more plans × plans: how often each plan names each. */
import * as Plot from '@observablehq/plot';
import type { Atlas } from '../atlas.ts';
import type { TextAnalysis } from '../compare/text-analysis.ts';
import { ANALYSIS_GROUP } from './analysis-group.ts';
import { planLabels } from './kit/labels.ts';
import { blueBins, EMPTY_FILL } from './kit/palette.ts';
import { plansDrawn } from './plans-drawn.ts';
import type { ChartDefinition } from './chart.ts';

/** Rows of the chart at most: with hundreds of plans, the most widely used programmes. */
export const PROGRAMMES_IN_CHART = 60;
/**
 * Cells of the chart at most (programmes × plans drawn): 60 programmes up to 20 plans, 30 with 40.
 * Each cell is a row of its data table too; at 60 × 40 the chart page was 0.9 MB.
 */
export const PROGRAMME_CELLS_IN_CHART = 1200;

/** How many programmes the chart shows when it draws this many plans. */
export function programmesInChart(plansDrawn: number): number {
  return Math.min(PROGRAMMES_IN_CHART, Math.floor(PROGRAMME_CELLS_IN_CHART / Math.max(1, plansDrawn)));
}
const THRESHOLDS = [2, 3, 5];

export interface ProgrammeRow extends Record<string, unknown> {
  programme: string;
  plans: number;
  plan: string;
  planLabel: string;
  count: number;
  /** Whether this plan marks the term as a name (quotes it, or uses it as numbered shorthand). */
  marked: boolean;
}

export function analysisProgrammes(atlas: Atlas, analysis: TextAnalysis): ChartDefinition<ProgrammeRow> {
  const labels = planLabels(atlas);
  const drawn = plansDrawn(analysis.plans);
  const shared = analysis.programmes.filter((p) => p.plans >= 2).slice(0, programmesInChart(drawn.ids.length));
  const rows = shared.flatMap((p) =>
    drawn.ids.map((plan) => ({ programme: p.name, plans: p.plans, plan, planLabel: labels.get(plan)!, count: p.counts[plan] ?? 0, marked: p.markedBy.includes(plan) })),
  );
  const colour = blueBins(THRESHOLDS);
  return {
    id: 'analysis-programmes',
    titleZh: '多地共有的具名工作',
    titleEn: 'Named programmes shared by plans',
    descriptionZh:
      '计划用引号标出（或以“三线一单”式数字缩略语写出）的名称，凡两份及以上计划用到的，按用到的计划数排列。格中数字为该名称在该计划全文（含标题）中出现的次数，无论是否加引号；空白格表示未出现。大多数出现不加引号的普通词（如“蓝天”）不计入。' + drawn.noteZh,
    descriptionEn:
      'Names the plans put in quotation marks (or write as numbered shorthand like 三线一单) that two or more plans use, most widely used first. Each number is how often the plan uses the name anywhere in its text and headings, quoted or not; blank means never. Ordinary words that are mostly written without quotation marks (such as 蓝天) are left out.' + drawn.noteEn,
    sources: drawn.ids,
    group: ANALYSIS_GROUP,
    columns: [
      { key: 'programme', labelZh: '名称', labelEn: 'Programme', kind: 'text' },
      { key: 'plans', labelZh: '用到的计划数', labelEn: 'Plans using it', kind: 'integer' },
      { key: 'plan', labelZh: '计划', labelEn: 'Plan', kind: 'text' },
      { key: 'planLabel', labelZh: '地区', labelEn: 'Jurisdiction', kind: 'text' },
      { key: 'count', labelZh: '次数', labelEn: 'Count', kind: 'integer' },
      { key: 'marked', labelZh: '本计划加引号', labelEn: 'Quoted here', kind: 'text' },
    ],
    rows,
    plot: (data, context) => {
      const plans = [...new Map(data.map((d) => [d.planLabel, true])).keys()];
      const programmes = [...new Map(data.map((d) => [d.programme, true])).keys()];
      const used = data.filter((d) => d.count > 0);
      return {
        width: Math.max(560, 200 + 160 * plans.length),
        height: 70 + 24 * programmes.length + 20,
        marginTop: 60,
        marginLeft: 200,
        x: { axis: 'top', label: null, domain: plans, tickRotate: plans.length > 6 ? -30 : 0 },
        y: { label: null, domain: programmes },
        color: { type: 'threshold', domain: THRESHOLDS, range: colour.colours, label: '次数 Count', legend: true },
        marks: [
          Plot.cell(data, { x: 'planLabel', y: 'programme', fill: EMPTY_FILL, inset: 1, ariaHidden: 'true' }),
          Plot.cell(used, {
            x: 'planLabel',
            y: 'programme',
            fill: 'count',
            inset: 1,
            href: (d: ProgrammeRow) => context.planUrl(d.plan),
            title: (d: ProgrammeRow) => `${d.planLabel}: ${d.programme} × ${d.count}${d.marked ? '' : '（未加引号 not quoted）'}`,
          }),
          Plot.text(used, { x: 'planLabel', y: 'programme', text: 'count', fill: (d: ProgrammeRow) => colour.text(d.count), ariaHidden: 'true' }),
        ],
      };
    },
  };
}

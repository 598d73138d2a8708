/** Plan × theme heatmap: the share of each plan's text that is about each theme. */
import * as Plot from '@observablehq/plot';
import type { Atlas } from '../atlas.ts';
import type { ChartDefinition } from './chart.ts';

export interface HeatmapRow extends Record<string, unknown> {
  plan: string;
  planLabel: string;
  theme: string;
  themeLabel: string;
  share: number;
  paragraphs: number;
  mentioned: boolean;
}

export function planThemeHeatmap(atlas: Atlas): ChartDefinition<HeatmapRow> {
  const planLabel = new Map(atlas.plans.map((p) => [p.plan.meta.id, `${p.jurisdiction.nameZh} ${p.jurisdiction.nameEn}`]));
  const themeLabel = new Map(atlas.themes.map((t) => [t.id, `${t.nameZh} ${t.nameEn}`]));
  const rows: HeatmapRow[] = atlas.matrix.map((c) => ({
    plan: c.plan,
    planLabel: planLabel.get(c.plan)!,
    theme: c.theme,
    themeLabel: themeLabel.get(c.theme)!,
    share: c.share,
    paragraphs: c.paragraphs,
    mentioned: c.mentioned,
  }));
  return {
    id: 'plan-theme-heatmap',
    titleZh: '各地工作计划的主题分布',
    titleEn: 'Themes across plans',
    descriptionZh:
      '每格为该计划中涉及该主题的句子字数占全文字数的比例。句子按主题关键词归类（见“方法”页），一句可属多个主题，故各行之和可超过100%。灰色斜线格表示全文未出现该主题的任何关键词。',
    descriptionEn:
      "Each cell is the share of a plan's characters in sentences about the theme. Sentences are tagged by the theme's keywords (see About); a sentence can belong to several themes, so a row can add up to more than 100%. Hatched grey cells: no keyword of the theme occurs anywhere in the plan.",
    sources: atlas.plans.map((p) => p.plan.meta.id),
    columns: [
      { key: 'plan', labelZh: '计划', labelEn: 'Plan', kind: 'text' },
      { key: 'planLabel', labelZh: '地区', labelEn: 'Jurisdiction', kind: 'text' },
      { key: 'theme', labelZh: '主题', labelEn: 'Theme', kind: 'text' },
      { key: 'themeLabel', labelZh: '主题名称', labelEn: 'Theme name', kind: 'text' },
      { key: 'share', labelZh: '占比', labelEn: 'Share', kind: 'percent' },
      { key: 'paragraphs', labelZh: '段落数', labelEn: 'Paragraphs', kind: 'integer' },
      { key: 'mentioned', labelZh: '是否提及', labelEn: 'Mentioned', kind: 'text' },
    ],
    rows,
    plot: (data, context) => ({
      marginLeft: 150,
      marginBottom: 90,
      width: 760,
      height: 60 + 34 * new Set(data.map((d) => d.plan)).size + 90,
      x: { label: null, tickRotate: -40, domain: [...new Map(data.map((d) => [d.themeLabel, true])).keys()] },
      y: { label: null, domain: [...new Map(data.map((d) => [d.planLabel, true])).keys()] },
      // Cividis reads in order for colour-blind readers and in greyscale.
      // Quantized (not continuous) so the legend is drawn with rects: no canvas at build time.
      color: { type: 'quantize', n: 6, scheme: 'cividis', domain: [0, Math.max(0.3, ...data.map((d) => d.share))], label: '占比 Share', legend: true, tickFormat: '.0%' },
      marks: [
        Plot.cell(data, {
          x: 'themeLabel',
          y: 'planLabel',
          fill: (d: HeatmapRow) => (d.mentioned ? d.share : null),
          inset: 1,
          href: (d: HeatmapRow) => context.themeUrl(d.theme, d.plan),
          title: (d: HeatmapRow) => `${d.planLabel} · ${d.themeLabel}: ${d.mentioned ? `${(d.share * 100).toFixed(1)}%` : '未提及 not mentioned'}`,
        }),
        Plot.text(data, {
          x: 'themeLabel',
          y: 'planLabel',
          text: (d: HeatmapRow) => (d.mentioned ? `${Math.round(d.share * 100)}` : '—'),
          fill: (d: HeatmapRow) => (d.mentioned && d.share > 0.18 ? 'black' : 'white'),
          fontSize: 11,
        }),
      ],
    }),
  };
}

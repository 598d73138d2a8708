/** How alike two plans are on each theme: cosine of TF-IDF vectors of character bigrams, pair × theme. */
import * as Plot from '@observablehq/plot';
import type { Atlas } from '../atlas.ts';
import { ALL_TEXT, SIMILAR_PAIRS_FOLLOWED, type TextAnalysis } from '../compare/text-analysis.ts';
import { ANALYSIS_GROUP } from './analysis-group.ts';
import { roundTo } from './kit/formats.ts';
import { ALL_TEXT_LABEL, planLabels } from './kit/labels.ts';
import { ABSENT_TEXT, blueBins, EMPTY_FILL } from './kit/palette.ts';
import type { ChartDefinition } from './chart.ts';

/** Pairs of plans drawn at most: with many plans, the most similar pairs over the whole text. */
export const PAIRS_IN_CHART = SIMILAR_PAIRS_FOLLOWED;
const THRESHOLDS = [0.2, 0.3, 0.4, 0.5, 0.6];

export interface SimilarityRow extends Record<string, unknown> {
  a: string;
  b: string;
  pairLabel: string;
  theme: string;
  themeLabel: string;
  /** 0–1, or null when either plan says nothing on the theme. */
  similarity: number | null;
}

export function analysisSimilarity(atlas: Atlas, analysis: TextAnalysis): ChartDefinition<SimilarityRow> {
  const labels = planLabels(atlas);
  const themeLabel = new Map([...atlas.themes.map((t) => [t.id, `${t.nameZh} ${t.nameEn}`] as const), [ALL_TEXT, ALL_TEXT_LABEL]]);
  // The most similar pairs over the whole text (the analysis follows them on every theme), in plan order.
  const { pairs: kept, byTheme } = analysis.similarPairs;
  const themes = [ALL_TEXT, ...atlas.themes.map((t) => t.id)];
  const rows = themes.flatMap((theme) =>
    kept.map(([i, j], slot) => {
      const [a, b] = [analysis.plans[i], analysis.plans[j]];
      const similarity = byTheme.get(theme)![slot];
      return {
        a,
        b,
        pairLabel: `${labels.get(a)} — ${labels.get(b)}`,
        theme,
        themeLabel: themeLabel.get(theme)!,
        similarity: similarity === null ? null : roundTo(similarity, 3),
      };
    }),
  );
  const colour = blueBins(THRESHOLDS);
  return {
    id: 'analysis-similarity',
    titleZh: '计划之间的文本相似度（按主题）',
    titleEn: 'How alike plans are, theme by theme',
    descriptionZh:
      '每格为两份计划在该主题上的文本相似度：把各计划中属于该主题的句子合在一起，按汉字二元组计算TF-IDF向量（逆文档频率取自全部计划的全部句子），取两向量夹角余弦（0为毫无共同用语，1为用语分布完全相同）。第一列为全文。灰色“—”表示其中一份计划未涉及该主题。' +
      (analysis.plans.length * (analysis.plans.length - 1) / 2 > PAIRS_IN_CHART ? `只画全文最相似的${PAIRS_IN_CHART}对计划。` : ''),
    descriptionEn:
      "Each cell is how alike two plans' texts on a theme are: the sentences of each plan about the theme, as TF-IDF vectors of character bigrams (IDF over every sentence of every plan), compared by cosine (0: no wording in common, 1: the same distribution of wording). The first column is the whole text. Grey “—”: one of the plans says nothing on the theme." +
      (analysis.plans.length * (analysis.plans.length - 1) / 2 > PAIRS_IN_CHART ? ` Only the ${PAIRS_IN_CHART} most similar pairs over the whole text are drawn.` : ''),
    // The plans of the pairs drawn, in plan order (with five plans, every plan).
    sources: [...new Set(kept.flatMap(([i, j]) => [i, j]))].sort((x, y) => x - y).map((i) => analysis.plans[i]),
    group: ANALYSIS_GROUP,
    columns: [
      { key: 'a', labelZh: '计划甲', labelEn: 'Plan A', kind: 'text' },
      { key: 'b', labelZh: '计划乙', labelEn: 'Plan B', kind: 'text' },
      { key: 'pairLabel', labelZh: '地区', labelEn: 'Jurisdictions', kind: 'text' },
      { key: 'theme', labelZh: '主题', labelEn: 'Theme', kind: 'text' },
      { key: 'themeLabel', labelZh: '主题名称', labelEn: 'Theme name', kind: 'text' },
      { key: 'similarity', labelZh: '相似度', labelEn: 'Similarity', kind: 'number' },
    ],
    rows,
    plot: (data, context) => {
      const pairs = [...new Map(data.map((d) => [d.pairLabel, true])).keys()];
      const themeLabels = [...new Map(data.map((d) => [d.themeLabel, true])).keys()];
      const known = data.filter((d) => d.similarity !== null);
      const text = (d: SimilarityRow) => (d.similarity === null ? '—' : d.similarity.toFixed(2).replace(/^0/, ''));
      return {
        width: 300 + 52 * themeLabels.length,
        height: 110 + 28 * pairs.length + 20,
        marginTop: 110,
        marginLeft: 300,
        x: { axis: 'top', label: null, domain: themeLabels, tickRotate: -40 },
        y: { label: null, domain: pairs },
        color: { type: 'threshold', domain: THRESHOLDS, range: colour.colours, label: '余弦相似度 Cosine similarity', legend: true },
        marks: [
          Plot.cell(data, { x: 'themeLabel', y: 'pairLabel', fill: EMPTY_FILL, inset: 1, ariaHidden: 'true' }),
          Plot.cell(known, {
            x: 'themeLabel',
            y: 'pairLabel',
            fill: 'similarity',
            inset: 1,
            href: (d: SimilarityRow) => (d.theme === ALL_TEXT ? null : context.themeUrl(d.theme)),
            title: (d: SimilarityRow) => `${d.pairLabel} · ${d.themeLabel}: ${text(d)}`,
          }),
          Plot.text(data, {
            x: 'themeLabel',
            y: 'pairLabel',
            text,
            fill: (d: SimilarityRow) => (d.similarity === null ? ABSENT_TEXT : colour.text(d.similarity)),
            fontSize: 11,
            ariaHidden: 'true',
          }),
        ],
      };
    },
  };
}

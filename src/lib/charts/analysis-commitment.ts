/** Commitment strength, plan × theme: the share of commitment terms that are binding (确保, 严格 …). */
import * as Plot from '@observablehq/plot';
import type { Atlas } from '../atlas.ts';
import { ALL_TEXT, type TextAnalysis } from '../compare/text-analysis.ts';
import { ANALYSIS_GROUP } from './analysis-group.ts';
import { roundTo } from './kit/formats.ts';
import { ALL_TEXT_LABEL, planLabels } from './kit/labels.ts';
import { ABSENT_TEXT, blueBins, EMPTY_FILL } from './kit/palette.ts';
import { plansDrawn } from './plans-drawn.ts';
import type { ChartColumn, ChartDefinition } from './chart.ts';

const THRESHOLDS = [0.05, 0.1, 0.15, 0.2, 0.3];
/** Cells with fewer commitment terms than this are drawn grey: a share of three terms says little. */
export const MIN_TERMS_FOR_SHARE = 5;

export interface CommitmentRow extends Record<string, unknown> {
  plan: string;
  planLabel: string;
  theme: string;
  themeLabel: string;
  chars: number;
  total: number;
  strongShare: number | null;
  /** Commitment terms per 1,000 Han characters. */
  perThousand: number | null;
  /** One count per lexicon level, keyed by its id. */
  [level: string]: unknown;
}

export function analysisCommitment(atlas: Atlas, analysis: TextAnalysis): ChartDefinition<CommitmentRow> {
  const labels = planLabels(atlas);
  const drawn = plansDrawn(analysis.plans);
  const { levels } = analysis.lexicon;
  const strongest = levels[0];
  const themeLabel = new Map([...atlas.themes.map((t) => [t.id, `${t.nameZh} ${t.nameEn}`] as const), [ALL_TEXT, ALL_TEXT_LABEL]]);
  const themeOrder = [ALL_TEXT, ...atlas.themes.map((t) => t.id)];
  const cells = new Map(analysis.commitment.map((x) => [`${x.plan}\u0000${x.theme}`, x]));
  const rows: CommitmentRow[] = drawn.ids.flatMap((plan) =>
    themeOrder.map((theme) => {
      const c = cells.get(`${plan}\u0000${theme}`)!;
      return {
        plan,
        planLabel: labels.get(plan)!,
        theme,
        themeLabel: themeLabel.get(theme)!,
        chars: c.chars,
        ...Object.fromEntries(levels.map((l) => [l.id, c.counts[l.id]])),
        total: c.total,
        strongShare: c.strongShare === null ? null : roundTo(c.strongShare, 3),
        perThousand: c.chars > 0 ? Math.round((c.total / c.chars) * 10000) / 10 : null,
      };
    }),
  );
  const colour = blueBins(THRESHOLDS);
  const levelColumns: ChartColumn[] = levels.map((l) => ({ key: l.id, labelZh: `${l.nameZh}词次`, labelEn: `${l.nameEn} terms`, kind: 'integer' }));
  const lists = levels.map((l) => `${l.nameZh}（${l.terms.slice(0, 4).join('、')}等）`).join('、');
  const listsEn = levels.map((l) => `${l.nameEn.toLowerCase()} (${l.terms.slice(0, 4).join(', ')} …)`).join(', ');
  return {
    id: 'analysis-commitment',
    titleZh: '承诺强度：约束性用语的比重',
    titleEn: 'Commitment strength: the share of binding terms',
    descriptionZh: `把表示承诺强度的词分为${lists}，在各计划属于该主题的句子中计数（第一列为全文）。每格为${strongest.nameZh}词占全部承诺用语的比例；用语少于${MIN_TERMS_FOR_SHARE}处的格为灰色，只列次数。完整词表见“文本分析”页。` + drawn.noteZh,
    descriptionEn: `Commitment terms in three levels — ${listsEn} — counted in each plan's sentences on the theme (first column: whole text). Each cell is the share of ${strongest.nameEn.toLowerCase()} terms among all commitment terms; cells with fewer than ${MIN_TERMS_FOR_SHARE} terms are grey and show the count only. The full word lists are on the Analysis page.` + drawn.noteEn,
    sources: drawn.ids,
    group: ANALYSIS_GROUP,
    columns: [
      { key: 'plan', labelZh: '计划', labelEn: 'Plan', kind: 'text' },
      { key: 'planLabel', labelZh: '地区', labelEn: 'Jurisdiction', kind: 'text' },
      { key: 'theme', labelZh: '主题', labelEn: 'Theme', kind: 'text' },
      { key: 'themeLabel', labelZh: '主题名称', labelEn: 'Theme name', kind: 'text' },
      { key: 'chars', labelZh: '汉字数', labelEn: 'Characters', kind: 'integer' },
      ...levelColumns,
      { key: 'total', labelZh: '承诺用语合计', labelEn: 'All commitment terms', kind: 'integer' },
      { key: 'perThousand', labelZh: '每千字', labelEn: 'Per 1,000 characters', kind: 'number' },
      { key: 'strongShare', labelZh: `${strongest.nameZh}占比`, labelEn: `${strongest.nameEn} share`, kind: 'percent' },
    ],
    rows,
    plot: (data, context) => {
      const plans = [...new Map(data.map((d) => [d.planLabel, true])).keys()];
      const themeLabels = [...new Map(data.map((d) => [d.themeLabel, true])).keys()];
      const enough = (d: CommitmentRow) => d.strongShare !== null && d.total >= MIN_TERMS_FOR_SHARE;
      const text = (d: CommitmentRow) => (enough(d) ? `${Math.round(d.strongShare! * 100)}%` : d.total > 0 ? `(${d.total})` : '—');
      return {
        width: 200 + 52 * themeLabels.length,
        height: 110 + 30 * plans.length + 20,
        marginTop: 110,
        marginLeft: 200,
        x: { axis: 'top', label: null, domain: themeLabels, tickRotate: -40 },
        y: { label: null, domain: plans },
        color: { type: 'threshold', domain: THRESHOLDS, range: colour.colours, label: `${strongest.nameZh}占比 ${strongest.nameEn} share`, legend: true, tickFormat: '.0%' },
        marks: [
          Plot.cell(data, { x: 'themeLabel', y: 'planLabel', fill: EMPTY_FILL, inset: 1, ariaHidden: 'true' }),
          Plot.cell(data.filter(enough), {
            x: 'themeLabel',
            y: 'planLabel',
            fill: 'strongShare',
            inset: 1,
            href: (d: CommitmentRow) => (d.theme === ALL_TEXT ? context.planUrl(d.plan) : context.themeUrl(d.theme, d.plan)),
            title: (d: CommitmentRow) => `${d.planLabel} · ${d.themeLabel}: ${levels.map((l) => `${l.nameZh} ${d[l.id]}`).join('，')}`,
          }),
          Plot.text(data, {
            x: 'themeLabel',
            y: 'planLabel',
            text,
            fill: (d: CommitmentRow) => (enough(d) ? colour.text(d.strongShare!) : ABSENT_TEXT),
            fontSize: 11,
            ariaHidden: 'true',
          }),
        ],
      };
    },
  };
}

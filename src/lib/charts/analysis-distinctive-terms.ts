/** The ten most distinctive terms of each plan, as a grid: a column per plan, best first. */
import * as Plot from '@observablehq/plot';
import type { Atlas } from '../atlas.ts';
import type { TextAnalysis } from '../compare/text-analysis.ts';
import { ANALYSIS_GROUP } from './analysis-group.ts';
import { roundTo } from './kit/formats.ts';
import { planLabels } from './kit/labels.ts';
import { blueBins } from './kit/palette.ts';
import { plansDrawn } from './plans-drawn.ts';
import type { ChartDefinition } from './chart.ts';

export const TERMS_PER_PLAN = 10;
/** Log Ratio bins: 2ⁿ times more frequent than in the other plans. */
const THRESHOLDS = [2, 3, 4, 5];

export interface DistinctiveTermRow extends Record<string, unknown> {
  plan: string;
  planLabel: string;
  rank: number;
  term: string;
  count: number;
  otherCount: number;
  otherPlans: number;
  logRatio: number;
  g2: number;
}

export function analysisDistinctiveTerms(atlas: Atlas, analysis: TextAnalysis): ChartDefinition<DistinctiveTermRow> {
  const labels = planLabels(atlas);
  const drawn = plansDrawn(analysis.plans);
  const rows = drawn.ids.flatMap((plan) =>
    (analysis.terms.get(plan) ?? []).slice(0, TERMS_PER_PLAN).map((t, i) => ({
      plan,
      planLabel: labels.get(plan)!,
      rank: i + 1,
      term: t.term,
      count: t.count,
      otherCount: t.otherCount,
      otherPlans: t.otherDocuments,
      logRatio: roundTo(t.logRatio, 2),
      g2: Math.round(t.g2 * 10) / 10,
    })),
  );
  const colour = blueBins(THRESHOLDS);
  return {
    id: 'analysis-distinctive-terms',
    titleZh: '各计划的特色词',
    titleEn: 'Distinctive terms of each plan',
    descriptionZh: `每列为一份计划相对其余计划最突出的${TERMS_PER_PLAN}个词（2—6个汉字的字串，长串吸收其组成部分）。显著性用对数似然比G²检验（p<0.01，至少出现3次），排序依据对数比（本计划相对其余计划的使用频率之比，取以2为底的对数）并兼顾词中最罕见汉字的罕见程度。格中为词及其在本计划中的出现次数，颜色越深，该词在本计划中相对越多。` + drawn.noteZh,
    descriptionEn: `Each column lists the ${TERMS_PER_PLAN} terms one plan uses most distinctively against all the others (strings of 2–6 Chinese characters; longer strings absorb their parts). Significance by log-likelihood G² (p < 0.01, at least 3 occurrences); order by Log Ratio (log₂ of how many times more often the plan uses the term) plus the rarity of the term's rarest character. Each cell shows the term and its count in the plan; darker means relatively more frequent here.` + drawn.noteEn,
    sources: drawn.ids,
    group: ANALYSIS_GROUP,
    columns: [
      { key: 'plan', labelZh: '计划', labelEn: 'Plan', kind: 'text' },
      { key: 'planLabel', labelZh: '地区', labelEn: 'Jurisdiction', kind: 'text' },
      { key: 'rank', labelZh: '名次', labelEn: 'Rank', kind: 'integer' },
      { key: 'term', labelZh: '词', labelEn: 'Term', kind: 'text' },
      { key: 'count', labelZh: '本计划次数', labelEn: 'Count here', kind: 'integer' },
      { key: 'otherCount', labelZh: '其余计划次数', labelEn: 'Count elsewhere', kind: 'integer' },
      { key: 'otherPlans', labelZh: '使用该词的其余计划数', labelEn: 'Other plans using it', kind: 'integer' },
      { key: 'logRatio', labelZh: '对数比', labelEn: 'Log Ratio', kind: 'number' },
      { key: 'g2', labelZh: 'G²', labelEn: 'G²', kind: 'number' },
    ],
    rows,
    plot: (data, context) => {
      const plans = [...new Map(data.map((d) => [d.planLabel, true])).keys()];
      return {
        width: Math.max(640, 40 + 150 * plans.length),
        height: 60 + 30 * TERMS_PER_PLAN + 30,
        marginTop: 40,
        marginLeft: 40,
        x: { axis: 'top', label: null, domain: plans },
        y: { label: '名次 Rank', domain: Array.from({ length: TERMS_PER_PLAN }, (_, i) => i + 1) },
        color: { type: 'threshold', domain: THRESHOLDS, range: colour.colours, label: '对数比 Log Ratio', legend: true },
        marks: [
          Plot.cell(data, {
            x: 'planLabel',
            y: 'rank',
            fill: 'logRatio',
            inset: 1,
            href: (d: DistinctiveTermRow) => context.planUrl(d.plan),
            title: (d: DistinctiveTermRow) => `${d.planLabel}: ${d.term} — 本计划 ${d.count} 次 here, 其余计划 ${d.otherCount} 次 elsewhere`,
          }),
          Plot.text(data, {
            x: 'planLabel',
            y: 'rank',
            text: (d: DistinctiveTermRow) => `${d.term} ${d.count}`,
            fill: (d: DistinctiveTermRow) => colour.text(d.logRatio),
            fontSize: 12,
            ariaHidden: 'true',
          }),
        ],
      };
    },
  };
}

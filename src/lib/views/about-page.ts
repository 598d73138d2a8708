/** /about/: the method's thresholds and the keyword table of every theme. */
import { PARAGRAPH_THRESHOLD, SECONDARY_RATIO, SENTENCE_THRESHOLD } from '../themes.ts';
import type { Method } from '../content/method.ts';
import type { ViewInputs } from './inputs.ts';
import { SIMILARITY_BANDS } from '../compare/similarity-bands.ts';

export interface AboutView {
  sentenceThreshold: number;
  paragraphThreshold: number;
  /** The secondary-theme ratio in per cent. */
  secondaryPercent: number;
  indicatorsHref: string;
  themesJson: string;
  themes: { id: string; href: string; nameZh: string; nameEn: string; keywords: string; excluded: string }[];
  method: { version: string; licence: Method['licence']; measured: string; dataHref: string };
  /** The measured accuracy, one row per measure, ready to show. */
  accuracy: { zh: string; en: string; seeds: string; measuringHalf: string }[];
  /** What a similarity score means, from high to low. */
  similarityBands: { range: string; zh: string; en: string }[];
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function aboutView(inputs: Pick<ViewInputs, 'atlas' | 'urls'>, method: Method): AboutView {
  const { atlas, urls } = inputs;
  const { figures, themes } = method.accuracy;
  return {
    method: { version: method.version, licence: method.licence, measured: method.accuracy.measured, dataHref: urls.data('') },
    accuracy: [
      { zh: '数值读取 准确率', en: 'Figures: precision', seeds: `${pct(figures.seeds.precision)}（${figures.seeds.correct}/${figures.seeds.extracted}）`, measuringHalf: `${pct(figures.measuringHalf.precision)}（${figures.measuringHalf.correct}/${figures.measuringHalf.extracted}）` },
      { zh: '数值读取 召回率', en: 'Figures: recall', seeds: `${pct(figures.seeds.recall)}（${figures.seeds.correct}/${figures.seeds.expected}）`, measuringHalf: `${pct(figures.measuringHalf.recall)}（${figures.measuringHalf.correct}/${figures.measuringHalf.expected}）` },
      { zh: '主题标注 符合人工标注', en: 'Themes: agree with the hand annotation', seeds: `${pct(themes.seeds.right / themes.seeds.total)}（${themes.seeds.right}/${themes.seeds.total}）`, measuringHalf: `${pct(themes.measuringHalf.right / themes.measuringHalf.total)}（${themes.measuringHalf.right}/${themes.measuringHalf.total}）` },
    ],
    similarityBands: SIMILARITY_BANDS.map(({ range, zh, en }) => ({ range, zh, en })),
    sentenceThreshold: SENTENCE_THRESHOLD,
    paragraphThreshold: PARAGRAPH_THRESHOLD,
    secondaryPercent: SECONDARY_RATIO * 100,
    indicatorsHref: urls.indicators,
    themesJson: urls.data('themes.json'),
    themes: atlas.themes.map((t) => ({
      id: t.id,
      href: urls.theme(t.id),
      nameZh: t.nameZh,
      nameEn: t.nameEn,
      keywords: t.keywords.map((k) => `${k.term}（${k.weight}）`).join('、'),
      excluded: (t.exclude ?? []).join('、') || '—',
    })),
  };
}

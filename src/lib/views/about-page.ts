/** /about/: the method's thresholds and the keyword table of every theme. */
import { PARAGRAPH_THRESHOLD, SECONDARY_RATIO, SENTENCE_THRESHOLD } from '../themes.ts';
import type { ViewInputs } from './inputs.ts';

export interface AboutView {
  sentenceThreshold: number;
  paragraphThreshold: number;
  /** The secondary-theme ratio in per cent. */
  secondaryPercent: number;
  indicatorsHref: string;
  themesJson: string;
  themes: { id: string; href: string; nameZh: string; nameEn: string; keywords: string; excluded: string }[];
}

export function aboutView(inputs: Pick<ViewInputs, 'atlas' | 'urls'>): AboutView {
  const { atlas, urls } = inputs;
  return {
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

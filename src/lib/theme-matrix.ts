/** Plan × theme cross-tabulation: how much of each plan's text is about each theme. */
import { paragraphThemes, type TaggedParagraph } from './themes.ts';
import type { ParsedPlan, Theme } from './types.ts';

export interface MatrixCell {
  plan: string;
  theme: string;
  /** Paragraphs whose primary or secondary theme this is. */
  paragraphs: number;
  /** Sentences tagged with the theme, by their own keywords or their paragraph's primary theme. */
  sentences: number;
  /** Characters of those sentences. */
  chars: number;
  /** chars / all characters of the plan's paragraphs, 0–1. */
  share: number;
  /** False when no keyword of the theme occurs anywhere in the plan: "not mentioned", not "small". */
  mentioned: boolean;
}

/** Characters that carry text: whitespace does not count. */
export function textLength(text: string): number {
  return text.replace(/\s+/g, '').length;
}

export function themeMatrix(
  plans: { plan: ParsedPlan; tags: Map<string, TaggedParagraph> }[],
  themes: Theme[],
): MatrixCell[] {
  const cells: MatrixCell[] = [];
  for (const { plan, tags } of plans) {
    const total = plan.paragraphs.reduce((n, p) => n + textLength(p.text), 0);
    for (const theme of themes) {
      let paragraphs = 0;
      let sentences = 0;
      let chars = 0;
      let mentioned = false;
      for (const p of plan.paragraphs) {
        const tagged = tags.get(p.id)!;
        if (paragraphThemes(tagged).includes(theme.id)) paragraphs++;
        if (tagged.scores.some((s) => s.theme === theme.id && s.evidence.some((e) => e.source === 'text'))) mentioned = true;
        p.sentences.forEach((s, i) => {
          const st = tagged.sentences[i];
          if (st.themes.includes(theme.id) || st.inherited === theme.id) {
            sentences++;
            chars += textLength(s.text);
          }
        });
      }
      cells.push({ plan: plan.meta.id, theme: theme.id, paragraphs, sentences, chars, share: total ? chars / total : 0, mentioned });
    }
  }
  return cells;
}

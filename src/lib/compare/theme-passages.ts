/** The sentences of each plan that are about a theme: the same rule as the plan × theme matrix. */
import type { AtlasPlan } from '../atlas.ts';

export interface Passage {
  plan: string;
  paragraphId: string;
  sentenceId: string;
  text: string;
  part: 'review' | 'plan';
}

/** Sentences tagged with the theme by their own keywords or by their paragraph's primary theme. */
export function themePassages(atlasPlan: AtlasPlan, themeId: string): Passage[] {
  const out: Passage[] = [];
  for (const p of atlasPlan.plan.paragraphs) {
    const tagged = atlasPlan.tags.get(p.id)!;
    p.sentences.forEach((s, i) => {
      const st = tagged.sentences[i];
      if (st.themes.includes(themeId) || st.inherited === themeId) {
        out.push({ plan: atlasPlan.plan.meta.id, paragraphId: p.id, sentenceId: s.id, text: s.text, part: p.part });
      }
    });
  }
  return out;
}

/** Every sentence of the plan, as passages. */
export function allPassages(atlasPlan: AtlasPlan): Passage[] {
  return atlasPlan.plan.paragraphs.flatMap((p) =>
    p.sentences.map((s) => ({ plan: atlasPlan.plan.meta.id, paragraphId: p.id, sentenceId: s.id, text: s.text, part: p.part })),
  );
}

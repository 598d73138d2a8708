/** The open data files: plain objects with stable field order, ready for JSON or CSV. */
import type { Atlas } from './atlas.ts';
import { findPlan } from './atlas-index.ts';
import { planCard } from './views.ts';

export function plansData(atlas: Atlas) {
  return atlas.plans.map((ap) => {
    const c = planCard(ap);
    const j = ap.jurisdiction;
    return {
      id: c.id,
      title: c.title,
      jurisdiction: { id: j.id, nameZh: j.nameZh, nameEn: j.nameEn, level: j.level, province: j.province, provinceEn: j.provinceEn, parentCity: j.parentCity ?? null, lon: j.lon ?? null, lat: j.lat ?? null },
      years: ap.plan.meta.years,
      kind: ap.plan.meta.kind,
      issuer: c.issuer,
      published: c.published,
      seed: ap.plan.meta.seed,
      paragraphs: c.paragraphs,
      chars: c.chars,
    };
  });
}

export function themesData(atlas: Atlas) {
  return atlas.themes.map((t) => ({
    id: t.id,
    nameZh: t.nameZh,
    nameEn: t.nameEn,
    descriptionZh: t.descriptionZh,
    descriptionEn: t.descriptionEn,
    keywords: t.keywords,
    exclude: t.exclude ?? [],
  }));
}

export const MATRIX_COLUMNS = ['plan', 'theme', 'paragraphs', 'sentences', 'chars', 'share', 'mentioned'] as const;

export function matrixData(atlas: Atlas) {
  return atlas.matrix.map((c) => ({
    plan: c.plan,
    theme: c.theme,
    paragraphs: c.paragraphs,
    sentences: c.sentences,
    chars: c.chars,
    share: Math.round(c.share * 1e6) / 1e6,
    mentioned: c.mentioned,
  }));
}

/** /data/plans/<id>.json: every paragraph with its sentences (the ids indicators.csv cites), themes, and the sentences left for checking. */
/** `figuresChecked`: the day a person checked the plan's figures (content/figure-checks.json), null when nobody has. */
export function planData<U>(atlas: Atlas, planId: string, unread: U[] = [], figuresChecked: string | null = null) {
  const ap = findPlan(atlas, planId);
  return {
    plan: planId,
    figuresChecked,
    paragraphs: ap.plan.paragraphs.map((p) => {
      const t = ap.tags.get(p.id)!;
      return {
        id: p.id,
        section: p.sectionPath,
        kind: p.part,
        text: p.text,
        sentences: p.sentences.map((s) => ({ id: s.id, text: s.text })),
        themes: (t.primary ? [t.primary, ...t.secondary] : []).map((id) => ({
          theme: id,
          primary: id === t.primary,
          evidence: t.scores.find((s) => s.theme === id)!.evidence,
        })),
      };
    }),
    unread,
  };
}

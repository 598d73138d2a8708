import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../scripts/load-content.ts';
import { textLength } from '../../src/lib/theme-matrix.ts';

const atlas = loadAtlas();

describe('themeMatrix on the five plans', () => {
  it('has one cell per plan and theme', () => {
    expect(atlas.matrix.length).toBe(atlas.plans.length * atlas.themes.length);
  });
  it('counts characters of tagged sentences and divides by the plan length', () => {
    for (const ap of atlas.plans) {
      const total = ap.plan.paragraphs.reduce((n, p) => n + textLength(p.text), 0);
      for (const c of atlas.matrix.filter((c) => c.plan === ap.plan.meta.id)) {
        expect(c.share).toBeCloseTo(c.chars / total, 10);
        expect(c.chars).toBeLessThanOrEqual(total);
      }
    }
  });
  it('tells "not mentioned" apart from a small share', () => {
    const notMentioned = atlas.matrix.filter((c) => !c.mentioned);
    for (const c of notMentioned) {
      const ap = atlas.plans.find((p) => p.plan.meta.id === c.plan)!;
      const theme = atlas.themes.find((t) => t.id === c.theme)!;
      const text = ap.plan.paragraphs.map((p) => p.text).join('\n').toLowerCase();
      for (const k of theme.keywords) {
        const hit = text.includes(k.term.toLowerCase()) && !(theme.exclude ?? []).some((e) => e.includes(k.term));
        expect(hit, `${c.plan} ${c.theme}: ${k.term}`).toBe(false);
      }
    }
    // Marine is only in the coastal county's plan among the five: it cannot be "mentioned" everywhere.
    expect(atlas.matrix.some((c) => c.theme === 'marine' && !c.mentioned)).toBe(true);
    expect(atlas.matrix.find((c) => c.plan === 'ninghai-2021' && c.theme === 'marine')!.mentioned).toBe(true);
  });
  it('gives every required theme a mention in every plan', () => {
    for (const theme of ['air', 'water', 'soil', 'waste', 'inspection']) {
      for (const ap of atlas.plans) expect(atlas.matrix.find((c) => c.plan === ap.plan.meta.id && c.theme === theme)!.mentioned).toBe(true);
    }
  });
});

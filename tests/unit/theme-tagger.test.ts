import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, loadAtlas } from '../../scripts/load-content.ts';
import { paragraphThemes } from '../../src/lib/themes.ts';

interface Expectation {
  plan: string;
  paragraph: string;
  primary?: string;
  includes?: string[];
  excludes?: string[];
  why: string;
}

const fixture = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/theme-paragraphs.json'), 'utf8')) as { paragraphs: Expectation[] };
const atlas = loadAtlas();
const REQUIRED = ['air', 'water', 'soil', 'waste', 'inspection', 'party'];

describe('theme tagger on the hand-checked fixture', () => {
  it('covers every plan with at least five paragraphs and every required theme', () => {
    for (const ap of atlas.plans) {
      expect(fixture.paragraphs.filter((e) => e.plan === ap.plan.meta.id).length, ap.plan.meta.id).toBeGreaterThanOrEqual(5);
    }
    for (const theme of REQUIRED) expect(fixture.paragraphs.some((e) => e.primary === theme), theme).toBe(true);
  });

  it.each(fixture.paragraphs.map((e) => [`${e.plan} ${e.paragraph} (${e.why})`, e] as const))('%s', (_, e) => {
    const ap = atlas.plans.find((p) => p.plan.meta.id === e.plan)!;
    const tagged = ap.tags.get(e.paragraph);
    expect(tagged, `paragraph ${e.paragraph} exists`).toBeDefined();
    const themes = paragraphThemes(tagged!);
    if (e.primary) expect(tagged!.primary).toBe(e.primary);
    for (const t of e.includes ?? []) expect(themes).toContain(t);
    for (const t of e.excludes ?? []) expect(themes).not.toContain(t);
  });

  it('gives every tag its evidence: a keyword of that theme found in the text or a heading', () => {
    for (const ap of atlas.plans) {
      for (const p of ap.plan.paragraphs) {
        const tagged = ap.tags.get(p.id)!;
        for (const id of paragraphThemes(tagged)) {
          const score = tagged.scores.find((s) => s.theme === id)!;
          const keywords = new Set(atlas.themes.find((t) => t.id === id)!.keywords.map((k) => k.term));
          expect(score.evidence.length).toBeGreaterThan(0);
          for (const ev of score.evidence) {
            expect(keywords.has(ev.term)).toBe(true);
            const where = ev.source === 'text' ? p.text : p.sectionPath.join(' ');
            expect(where.toLowerCase()).toContain(ev.term.toLowerCase());
          }
        }
      }
    }
  });
});

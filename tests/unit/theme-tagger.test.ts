import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, loadAtlas } from '../../scripts/load-content.ts';
import { buildLexicons, paragraphThemes, tagPlan, type Evidence } from '../../src/lib/themes.ts';

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

describe('tags in the atlas', () => {
  it('are what the tagger gives each plan, with each piece of evidence and list of themes kept once', () => {
    const lexicons = buildLexicons(atlas.themes);
    const seen = new Map<string, Evidence>();
    let shared = 0;
    for (const ap of atlas.plans) {
      expect(ap.tags).toEqual(tagPlan(ap.plan, lexicons));
      for (const tagged of ap.tags.values())
        for (const e of tagged.scores.flatMap((s) => s.evidence)) {
          const key = `${e.term} ${e.count} ${e.source}`;
          if (seen.has(key)) {
            expect(e).toBe(seen.get(key));
            shared++;
          } else seen.set(key, e);
          expect(Object.isFrozen(e)).toBe(true);
        }
    }
    expect(shared).toBeGreaterThan(seen.size);
  });
});

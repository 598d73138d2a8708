// Commitment strength: the published word lists validate, terms are counted once per stretch of
// text, and on the five plans the counts equal a plain count of the lexicon terms.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../scripts/load-content.ts';
import { parseCommitmentLexicon } from '../../src/lib/compare/commitment-lexicon.ts';
import { ALL_TEXT, commitmentStrength } from '../../src/lib/compare/commitment-strength.ts';
import { textAnalysis } from '../../src/lib/compare/text-analysis.ts';
import { allPassages, themePassages } from '../../src/lib/compare/theme-passages.ts';

const atlas = loadAtlas();
const analysis = textAnalysis(atlas);
const COMMITMENT_LEXICON = atlas.commitmentLexicon;
const published = JSON.parse(readFileSync(new URL('../../content/lexicons/commitment-verbs.json', import.meta.url), 'utf8'));

describe('the commitment lexicon', () => {
  it('is the published file, strongest level first', () => {
    expect(COMMITMENT_LEXICON).toEqual(published);
    expect(COMMITMENT_LEXICON.levels.map((l) => l.id)).toEqual(['binding', 'action', 'exploratory']);
    for (const term of ['确保', '坚决', '严格']) expect(COMMITMENT_LEXICON.levels[0].terms).toContain(term);
    for (const term of ['推进', '加强']) expect(COMMITMENT_LEXICON.levels[1].terms).toContain(term);
    for (const term of ['探索', '鼓励', '力争']) expect(COMMITMENT_LEXICON.levels[2].terms).toContain(term);
  });

  it('rejects a term in two levels, naming the file and the field', () => {
    const bad = structuredClone(published);
    bad.levels[2].terms.push('确保');
    expect(() => parseCommitmentLexicon(bad)).toThrow(/content\/lexicons\/commitment-verbs\.json: levels\.2\.terms\.\d+: "确保" is also in level binding/);
    const empty = structuredClone(published);
    empty.levels[0].terms = [];
    expect(() => parseCommitmentLexicon(empty, 'x.json')).toThrow(/x\.json: levels\.0\.terms/);
  });
});

describe('counting commitment terms', () => {
  it('counts a stretch of text once, the longer or earlier term winning', () => {
    const [cell] = commitmentStrength([{ plan: 'p', theme: 't', texts: ['确保完成任务，力争取得突破，严格落实。'] }], COMMITMENT_LEXICON);
    expect(cell.counts).toEqual({ binding: 2, action: 1, exploratory: 1 });
    expect(cell.terms).toEqual({ 确保: 1, 力争: 1, 严格: 1, 落实: 1 });
    expect(cell.strongShare).toBeCloseTo(0.5, 10);
  });

  it('has no share without any term', () => {
    const [cell] = commitmentStrength([{ plan: 'p', theme: 't', texts: ['天气晴朗。'] }], COMMITMENT_LEXICON);
    expect(cell.total).toBe(0);
    expect(cell.strongShare).toBeNull();
  });
});

describe('commitment strength of the five plans', () => {
  const allTerms = COMMITMENT_LEXICON.levels.flatMap((l) => l.terms);
  /** Occurrences of each term, dropping a match that overlaps an earlier-kept longer or leftward one. */
  function plainCount(texts: string[]): number {
    let n = 0;
    for (const text of texts) {
      const taken = new Array<boolean>(text.length).fill(false);
      const hits = allTerms.flatMap((t) => [...text.matchAll(new RegExp(t, 'g'))].map((m) => ({ start: m.index!, end: m.index! + t.length })));
      hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      for (const h of hits) {
        if (taken.slice(h.start, h.end).some(Boolean)) continue;
        taken.fill(true, h.start, h.end);
        n++;
      }
    }
    return n;
  }

  it('counts in every plan and theme what a plain search of the theme sentences finds', () => {
    for (const ap of atlas.plans) {
      const id = ap.plan.meta.id;
      for (const theme of analysis.themes) {
        const cell = analysis.commitment.find((c) => c.plan === id && c.theme === theme)!;
        const texts = (theme === ALL_TEXT ? allPassages(ap) : themePassages(ap, theme)).map((s) => s.text);
        expect(cell.total, `${id} ${theme}`).toBe(plainCount(texts));
        expect(Object.values(cell.counts).reduce((a, b) => a + b, 0)).toBe(cell.total);
      }
    }
  });

  it('finds binding, action and exploratory terms in every plan', () => {
    for (const id of analysis.plans) {
      const all = analysis.commitment.find((c) => c.plan === id && c.theme === ALL_TEXT)!;
      for (const level of COMMITMENT_LEXICON.levels) expect(all.counts[level.id], `${id} ${level.id}`).toBeGreaterThan(0);
    }
  });
});

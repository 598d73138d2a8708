import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, seedSentencesFrom } from '../../bench/corpus.ts';
import { loadAtlas } from '../../scripts/load-content.ts';

const atlas = loadAtlas();
const sentences = seedSentencesFrom(atlas);
const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'corpus-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('generateCorpus', () => {
  it('writes the same bytes for the same n, sentences and seed', () => {
    const a = generateCorpus(6, sentences, { outDir: tmp() });
    const b = generateCorpus(6, sentences, { outDir: tmp() });
    expect(a.files.map((f) => readFileSync(f, 'utf8'))).toEqual(b.files.map((f) => readFileSync(f, 'utf8')));
    const c = generateCorpus(6, sentences, { outDir: tmp(), seed: 7 });
    expect(c.files.map((f) => readFileSync(f, 'utf8'))).not.toEqual(a.files.map((f) => readFileSync(f, 'utf8')));
  });

  it('writes plans that load like content/plans, with review and plan parts, made of seed sentences', () => {
    const corpus = generateCorpus(9, sentences, { outDir: tmp() });
    expect(corpus.files).toHaveLength(9);
    const synthetic = loadAtlas(undefined, corpus.dir);
    expect(synthetic.plans).toHaveLength(9);
    const parts = new Set(synthetic.plans.flatMap((p) => p.plan.paragraphs.map((q) => q.part)));
    expect([...parts].sort()).toEqual(['plan', 'review']);
    const known = [...new Set(sentences.map((s) => s.replace(/\s+/g, ' ').trim()))];
    /** Whether a paragraph is seed sentences end to end. */
    const madeOfSeeds = (text: string) => {
      const reachable = new Uint8Array(text.length + 1);
      reachable[0] = 1;
      for (let i = 0; i < text.length; i++) if (reachable[i]) for (const s of known) if (text.startsWith(s, i)) reachable[i + s.length] = 1;
      return reachable[text.length] === 1;
    };
    for (const { plan } of synthetic.plans) {
      expect(plan.paragraphs.length).toBeGreaterThan(5);
      for (const p of plan.paragraphs) expect(madeOfSeeds(p.text), p.text).toBe(true);
    }
    expect(madeOfSeeds('这不是种子里的句子。')).toBe(false);
  });

  it('refuses a bad n or too few sentences', () => {
    expect(() => generateCorpus(0, sentences, { outDir: tmp() })).toThrow(/positive integer/);
    expect(() => generateCorpus(3, ['太短'], { outDir: tmp() })).toThrow(/at least 20/);
  });
});

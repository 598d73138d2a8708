// The extractor against the hand-checked fixture of every vocabulary figure in the five plans,
// and against two constructed plans it was not written for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, loadAtlas, loadMetrics, splitFrontMatter } from '../../scripts/load-content.ts';
import { buildIndicatorSet, type IndicatorSet } from '../../src/lib/indicators/indicator-set.ts';
import { compileMetrics } from '../../src/lib/indicators/metric-matcher.ts';
import { extractCommitments } from '../../src/lib/indicators/commitments.ts';
import { extractIndicators } from '../../src/lib/indicators/extract-indicators.ts';
import { planSchema } from '../../src/lib/content/schemas.ts';
import { parseFigureChecks } from '../../src/lib/content/figure-checks.ts';
import { parsePlan } from '../../src/lib/structure.ts';
import type { Atlas } from '../../src/lib/atlas.ts';
import { formatScore, scoreCommitments, scoreFigures, type ExpectedCommitment, type ExpectedFigure } from '../fixtures/indicators/score.ts';

const FIXTURES = join(ROOT, 'tests/fixtures/indicators');
const readJson = <T>(name: string): T => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as T;

let atlas: Atlas;
let set: IndicatorSet;
beforeAll(() => {
  atlas = loadAtlas();
  set = buildIndicatorSet(atlas, loadMetrics());
});

describe('vocabulary figures in the five plans (hand-checked fixture)', () => {
  it('reaches precision and recall of at least 0.95', () => {
    const score = scoreFigures(set.indicators, readJson<ExpectedFigure[]>('seed-figures.json'));
    console.log(formatScore('seed figures', score));
    if (score.wrong.length) console.log(`wrong:\n  ${score.wrong.join('\n  ')}`);
    if (score.missed.length) console.log(`missed:\n  ${score.missed.join('\n  ')}`);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('a plan content/figure-checks.json lists as checked by hand reads exactly the hand-checked figures', () => {
    const expected = readJson<ExpectedFigure[]>('seed-figures.json');
    const listed = JSON.parse(readFileSync(join(ROOT, 'content/figure-checks.json'), 'utf8'));
    const checked = [...parseFigureChecks(listed, atlas.plans.map((p) => p.plan.meta.id)).keys()];
    expect(checked.length).toBeGreaterThan(0);
    for (const id of checked) {
      const score = scoreFigures(set.indicators.filter((f) => f.plan === id), expected.filter((e) => e.plan === id));
      expect(score.wrong, id).toEqual([]);
      expect(score.missed, id).toEqual([]);
    }
  });

  it('quotes the sentence each figure came from, by its id, in a paragraph of the right part', () => {
    for (const f of set.indicators) {
      const plan = atlas.plans.find((p) => p.plan.meta.id === f.plan)!.plan;
      const paragraph = plan.paragraphs.find((p) => p.id === f.paragraph)!;
      const sentence = paragraph.sentences.find((s) => s.id === f.sentence)!;
      expect(sentence.text).toBe(f.quote);
      expect(paragraph.part).toBe(f.part);
      // The number itself is in the sentence as published (35 in 35微克/立方米, 2.5 in 下降2.5%).
      expect(f.quote.normalize('NFKC')).toContain(String(Math.abs(f.value)));
    }
  });

  it('never mixes parts: review figures are achievements, and a figure in a plan part is a target unless it reports an earlier year', () => {
    for (const f of set.indicators) {
      if (f.part === 'review') expect(f.kind).toBe('actual');
      if (f.kind === 'actual' && f.part === 'plan') expect(f.year).toBeLessThan(Math.max(...atlas.plans.find((p) => p.plan.meta.id === f.plan)!.plan.meta.years));
    }
    expect(set.indicators.some((f) => f.kind === 'target')).toBe(true);
    expect(set.indicators.some((f) => f.kind === 'actual')).toBe(true);
  });

  it('keeps 百分点 apart from % and uses only the normalised units', () => {
    const units = new Set(set.indicators.map((f) => f.unit));
    expect([...units].every((u) => ['%', '百分点', 'μg/m³', '天'].includes(u))).toBe(true);
    for (const f of set.indicators.filter((x) => x.unit === '百分点')) {
      expect(f.basis).toBe('change');
      expect(f.quote).toContain('百分点');
    }
  });
});

describe('other commitments in the five plans (hand-checked fixture)', () => {
  it('finds the quantified commitments outside the vocabulary', () => {
    const score = scoreCommitments(set.commitments, readJson<ExpectedCommitment[]>('seed-commitments.json'));
    console.log(formatScore('seed commitments', score));
    if (score.wrong.length) console.log(`wrong:\n  ${score.wrong.join('\n  ')}`);
    if (score.missed.length) console.log(`missed:\n  ${score.missed.join('\n  ')}`);
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('never repeats a vocabulary figure as a commitment', () => {
    const figureSentences = new Set(set.indicators.map((f) => `${f.sentence} ${Math.abs(f.value)} ${f.unit}`));
    for (const c of set.commitments) expect(figureSentences.has(`${c.sentence} ${c.value} ${c.unit}`)).toBe(false);
  });
});

describe('plans the rules were not written for (constructed texts, see the fixture README)', () => {
  const compiled = () => compileMetrics(loadMetrics());
  it.each([
    ['heldout-plan.md', 'heldout-expected.json'],
    ['heldout-plan-2.md', 'heldout-2-expected.json'],
  ])('%s', (file, expectedFile) => {
    const { data, body } = splitFrontMatter(readFileSync(join(FIXTURES, file), 'utf8'), file);
    const plan = parsePlan(planSchema.parse(data), body);
    const expected = readJson<{ figures: ExpectedFigure[]; commitments: ExpectedCommitment[] }>(expectedFile);
    const figures = scoreFigures(extractIndicators(plan, compiled()), expected.figures);
    const commitments = scoreCommitments(extractCommitments(plan, compiled()), expected.commitments);
    console.log(formatScore(`${file} figures`, figures));
    console.log(formatScore(`${file} commitments`, commitments));
    if (figures.wrong.length + figures.missed.length) console.log(`wrong:\n  ${figures.wrong.join('\n  ')}\nmissed:\n  ${figures.missed.join('\n  ')}`);
    expect(figures.precision).toBeGreaterThanOrEqual(0.9);
    expect(figures.recall).toBeGreaterThanOrEqual(0.9);
    expect(commitments.recall).toBe(1);
    expect(commitments.precision).toBe(1);
  });
});

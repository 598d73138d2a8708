/**
 * The accuracy the method page states, measured: figure extraction on the five plans' hand-checked
 * figures and on the real-text corpus's measuring half; theme tagging on the hand-checked paragraphs
 * of the five plans and on the annotated passages of the measuring half.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, loadAtlas, loadMetrics } from '../../../scripts/load-content.ts';
import { readContentOrThrow } from '../../../scripts/read-content.ts';
import { buildIndicatorSet } from '../../../src/lib/indicators/indicator-set.ts';
import { paragraphThemes } from '../../../src/lib/themes.ts';
import { scoreFigures, type ExpectedFigure } from '../../fixtures/indicators/score.ts';
import { annotations, halves, scoreText, sumScores } from '../../fixtures/real-texts/score-real.ts';

interface ThemeExpectation {
  plan: string;
  paragraph: string;
  primary?: string;
  includes?: string[];
  excludes?: string[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function measureAccuracy() {
  const atlas = loadAtlas();
  const set = buildIndicatorSet(atlas, loadMetrics());
  const seedFigures = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/indicators/seed-figures.json'), 'utf8')) as ExpectedFigure[];
  const seeds = scoreFigures(set.indicators, seedFigures);

  const themeFixture = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/theme-paragraphs.json'), 'utf8')) as { paragraphs: ThemeExpectation[] };
  const themeRight = themeFixture.paragraphs.filter((e) => {
    const tagged = atlas.plans.find((p) => p.plan.meta.id === e.plan)?.tags.get(e.paragraph);
    if (!tagged) return false;
    const themes = paragraphThemes(tagged);
    return (!e.primary || tagged.primary === e.primary) && (e.includes ?? []).every((t) => themes.includes(t)) && !(e.excludes ?? []).some((t) => themes.includes(t));
  }).length;

  const content = readContentOrThrow();
  const byId = new Map(annotations().map((a) => [a.id, a] as const));
  const measure = sumScores(halves.measure.map((id) => scoreText(byId.get(id)!, content)));

  return {
    figures: {
      seeds: { precision: round(seeds.precision), recall: round(seeds.recall), correct: seeds.correct, extracted: seeds.extracted, expected: seeds.expected },
      measuringHalf: { texts: measure.texts, precision: round(measure.precision), recall: round(measure.recall), correct: measure.correct, extracted: measure.extracted, expected: measure.expected, unread: measure.unread },
    },
    themes: {
      seeds: { right: themeRight, total: themeFixture.paragraphs.length },
      measuringHalf: { texts: measure.texts, right: measure.themes.right, total: measure.themes.total },
    },
  };
}

// The analysis charts and open data files carry exactly what the analysis computed.
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { loadAtlas, loadGlossary } from '../../scripts/load-content.ts';
import { TERMS_PER_PLAN } from '../../src/lib/charts/analysis-distinctive-terms.ts';
import { PROGRAMMES_IN_CHART } from '../../src/lib/charts/analysis-programmes.ts';
import { chartRegistry } from '../../src/lib/charts/registry.ts';
import { programmesCsvColumns, programmesCsvRows, programmesData, similarityData, similarityNeighboursData, termsData } from '../../src/lib/compare/analysis-data.ts';
import { indexGlossary } from '../../src/lib/compare/glossary.ts';
import { textAnalysis } from '../../src/lib/compare/text-analysis.ts';
import { toCsv } from '../../src/lib/csv.ts';

const atlas = loadAtlas();
const analysis = textAnalysis(atlas);
const glossary = indexGlossary(loadGlossary());
const charts = new Map(chartRegistry(atlas).map((c) => [c.id, c]));

describe('analysis charts', () => {
  it('are registered, in the text-analysis group', () => {
    for (const id of ['analysis-distinctive-terms', 'analysis-programmes', 'analysis-similarity', 'analysis-commitment']) {
      expect(charts.get(id)?.group?.id, id).toBe('text-analysis');
      expect(charts.get(id)!.rows.length, id).toBeGreaterThan(0);
    }
  });

  it('distinctive terms: each plan’s top terms in order', () => {
    const rows = charts.get('analysis-distinctive-terms')!.rows;
    for (const plan of analysis.plans) {
      expect(rows.filter((r) => r.plan === plan).map((r) => r.term)).toEqual(analysis.terms.get(plan)!.slice(0, TERMS_PER_PLAN).map((t) => t.term));
    }
  });

  it('programmes: one row per plan for every programme in two or more plans, with its count', () => {
    const rows = charts.get('analysis-programmes')!.rows;
    const shared = analysis.programmes.filter((p) => p.plans >= 2);
    expect(shared.length, 'the five plans share fewer programmes than the chart can show').toBeLessThanOrEqual(PROGRAMMES_IN_CHART);
    expect(rows.length).toBe(shared.length * analysis.plans.length);
    for (const p of shared) for (const plan of analysis.plans) expect(rows.find((r) => r.programme === p.name && r.plan === plan)!.count).toBe(p.counts[plan] ?? 0);
  });

  it('similarity and commitment: a row per pair (or plan) and theme, whole text included', () => {
    const n = analysis.plans.length;
    expect(charts.get('analysis-similarity')!.rows.length).toBe(((n * (n - 1)) / 2) * analysis.themes.length);
    expect(charts.get('analysis-commitment')!.rows.length).toBe(n * analysis.themes.length);
  });
});

describe('open data', () => {
  it('terms.json lists every plan with all its terms', () => {
    const data = termsData(analysis);
    expect(data.plans.map((p) => p.plan)).toEqual(analysis.plans);
    for (const p of data.plans) expect(p.terms.map((t) => [t.term, t.count, t.otherCount])).toEqual(analysis.terms.get(p.plan)!.map((t) => [t.term, t.count, t.otherCount]));
  });

  it('programmes.csv has a count column per plan equal to programmes.json', () => {
    const json = programmesData(analysis, glossary);
    const csv = csvParse(toCsv(programmesCsvRows(analysis, glossary), programmesCsvColumns(analysis)));
    expect(csv.columns).toEqual(['name', 'key', 'english', 'plans', 'total', 'markedBy', ...analysis.plans]);
    expect(csv.length).toBe(json.programmes.length);
    json.programmes.forEach((p, i) => {
      expect(csv[i].key).toBe(p.key);
      for (const plan of analysis.plans) expect(Number(csv[i][plan])).toBe(p.counts[plan]);
      expect(Number(csv[i].total)).toBe(Object.values(p.counts).reduce((a, b) => a + b, 0));
    });
    expect(json.programmes.find((p) => p.key === '三线一单')?.english).toMatch(/Three lines, one list/);
  });

  it('similarity.json has every theme’s file of nearest plans and its passage pairs', () => {
    const data = similarityData(analysis);
    expect(data.themes.map((t) => t.theme)).toEqual(analysis.themes);
    for (const t of data.themes) {
      expect(t.neighbours).toBe(`similarity/${t.theme}.json`);
      const file = similarityNeighboursData(analysis, t.theme);
      const m = analysis.similarity.find((x) => x.theme === t.theme)!;
      expect(file.k).toBe(m.k);
      expect(file.plans.map((p) => p.plan)).toEqual(analysis.plans);
      file.plans.forEach((p, i) => {
        expect(p.neighbours.map((x) => x.plan)).toEqual(m.neighbours[i].map((x) => analysis.plans[x.index]));
        p.neighbours.forEach((x, r) => expect(x.similarity).toBeCloseTo(m.neighbours[i][r].similarity, 3));
      });
      expect(t.passagePairs.map((p) => [p.a.sentence, p.b.sentence])).toEqual((analysis.passagePairs.get(t.theme) ?? []).map((p) => [p.a.sentenceId, p.b.sentenceId]));
    }
    // Five plans, k = 4: every other plan with text on the theme is listed.
    expect(similarityNeighboursData(analysis, 'all').plans.every((p) => p.neighbours.length === analysis.plans.length - 1)).toBe(true);
  });

});

// /data/ and the method page: every open file is listed with fields that are the files' real fields,
// the method states its version, licence and measured accuracy, and similarity scores have words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlas, loadMetrics, ROOT } from '../../scripts/load-content.ts';
import { parseMethod } from '../../src/lib/content/method.ts';
import { indicatorsData } from '../../src/lib/indicators/indicator-data.ts';
import { buildIndicatorSet } from '../../src/lib/indicators/indicator-set.ts';
import { matrixData, planData, plansData, themesData } from '../../src/lib/open-data.ts';
import { siteUrls } from '../../src/lib/urls.ts';
import { aboutView } from '../../src/lib/views/about-page.ts';
import { similarityBand } from '../../src/lib/compare/similarity-bands.ts';
import { dataPageView } from '../../src/lib/views/data-page.ts';

const method = parseMethod(JSON.parse(readFileSync(join(ROOT, 'content/method.json'), 'utf8')));
const atlas = loadAtlas();
const set = buildIndicatorSet(atlas, loadMetrics());
const urls = siteUrls('/');
const view = dataPageView({ atlas, urls, charts: new Map() }, method, { version: '0.1.0', date: '2026-12-03', origin: 'https://atlas.example.org/' });
const fieldsOf = (path: string) => view.files.find((f) => f.path === path)!.fields.map((f) => f.name);

describe('the data page', () => {
  it('documents the real fields of each file, in order', () => {
    expect(fieldsOf('plans.json')).toEqual(Object.keys(plansData(atlas)[0]));
    expect(fieldsOf('themes.json')).toEqual(Object.keys(themesData(atlas)[0]));
    expect(fieldsOf('matrix.json')).toEqual(Object.keys(matrixData(atlas)[0]));
    const ind = indicatorsData(set);
    expect(fieldsOf('indicators.csv')).toEqual(Object.keys(ind.indicators[0]));
    expect(fieldsOf('indicators.json').filter((n) => n.startsWith('indicators[].')).map((n) => n.slice(13))).toEqual(Object.keys(ind.indicators[0]));
    const plan = planData(atlas, 'shaoxing-2020');
    expect(fieldsOf('plans/<id>.json').filter((n) => !n.includes('.'))).toEqual(Object.keys(plan).filter((k) => k !== 'paragraphs'));
    expect(fieldsOf('plans/<id>.json').filter((n) => n.startsWith('paragraphs[].')).map((n) => n.slice(13))).toEqual(Object.keys(plan.paragraphs[0]));
  });

  it('links every plan’s JSON, gives every number field a unit or none, and states licence, version, date and a citation', () => {
    expect(view.files.find((f) => f.path === 'plans/<id>.json')!.links.map((l) => l.href)).toEqual(atlas.plans.map((p) => `/data/plans/${p.plan.meta.id}.json`));
    for (const file of view.files) for (const fd of file.fields) if (fd.type === 'number') expect(fd.unit, `${file.path} ${fd.name}`).not.toBe('');
    expect(view.licence.id).toBe('CC-BY-4.0');
    expect(view.citation.gbt7714).toContain('版本 0.1.0');
    expect(view.citation.gbt7714).toContain('https://atlas.example.org/data/');
    expect(view.citation.apa).toContain('(Version 0.1.0) [Data set]');
  });
});

describe('the method page', () => {
  it('states version, licence and the measured accuracy from content/method.json', () => {
    const about = aboutView({ atlas, urls }, method);
    expect(about.method.version).toBe(method.version);
    expect(about.accuracy).toHaveLength(3);
    expect(about.accuracy[0].measuringHalf).toContain(`${method.accuracy.figures.measuringHalf.correct}/${method.accuracy.figures.measuringHalf.extracted}`);
  });

  it('puts similarity scores in words: 0.34–0.44 is not "nearly the same"', () => {
    expect(similarityBand(0.34).en).toBe('Related topic, different wording');
    expect(similarityBand(0.44).en).toBe('Some shared wording: several terms in common');
    expect(similarityBand(0.85).en).toMatch(/^Nearly the same/);
    expect(similarityBand(1).zh).toMatch(/^几乎相同/);
  });
});

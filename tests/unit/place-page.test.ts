// A place over time: the five seeds have one plan per place, so a second year of Jiaxing is built
// in memory (not published content) to show the target for year N beside what the review of year N
// reports, across two documents.
import { describe, expect, it } from 'vitest';
import { readContentOrThrow } from '../../scripts/read-content.ts';
import { assembleAtlas } from '../../src/lib/atlas.ts';
import { buildIndicatorSet } from '../../src/lib/indicators/indicator-set.ts';
import { siteUrls } from '../../src/lib/urls.ts';
import { placeIds, placePageView, placeUrl, planPlaceLinkView } from '../../src/lib/views/place-page.ts';
import { withSecondJiaxingYear } from './support/second-year.ts';

const content = readContentOrThrow();
const urls = siteUrls('/');

function inputs(extra: boolean) {
  const atlas = assembleAtlas(extra ? withSecondJiaxingYear(content) : content);
  return { atlas, indicators: buildIndicatorSet(atlas, content.metrics), urls };
}

describe('a place with two plans', () => {
  const view = placePageView(inputs(true), 'jiaxing');

  it('lists both plans, earliest first, and the years they cover or report', () => {
    expect(view.plans.map((p) => [p.id, p.years])).toEqual([
      ['jiaxing-2020', '2019–2020'],
      ['jiaxing-2021', '2020–2021'],
    ]);
    expect(view.onePlan).toBe(false);
    expect(view.years).toEqual([2019, 2020, 2021]);
  });

  it("puts 2020's target (from the 2020 plan) beside what the 2021 document's review reports for 2020", () => {
    const pm25 = view.metrics.find((m) => m.id === 'pm25')!;
    const y2020 = pm25.years.find((c) => c.year === 2020)!;
    expect(y2020.targets.map((f) => f.source.plan)).toEqual(['jiaxing-2020']);
    expect(y2020.targets[0].text).toContain('35');
    expect(y2020.actuals.map((f) => f.source.plan)).toEqual(['jiaxing-2021', 'jiaxing-2021']);
    expect(y2020.actuals.map((f) => f.text).join(' ')).toContain('29');
    // 2019: achieved only (the 2020 document's review); 2021: target only.
    const y2019 = pm25.years.find((c) => c.year === 2019)!;
    const y2021 = pm25.years.find((c) => c.year === 2021)!;
    expect([y2019.targets.length, y2019.actuals.length > 0]).toEqual([0, true]);
    expect(y2021.targets.map((f) => f.text).join(' ')).toContain('28');
    expect(y2021.actuals).toEqual([]);
  });

  it('links every figure to its sentence in the plan that states it', () => {
    for (const m of view.metrics) for (const c of m.years) for (const f of [...c.targets, ...c.actuals]) {
      expect(f.href.startsWith(`/plans/${f.source.plan}/#`)).toBe(true);
    }
  });

  it('is linked from both plans, with the count', () => {
    const { atlas } = inputs(true);
    expect(planPlaceLinkView({ atlas, urls }, 'jiaxing-2021')).toEqual({ href: '/places/jiaxing/', name: { zh: '嘉兴市', en: 'Jiaxing' }, plans: 2 });
    expect(planPlaceLinkView({ atlas, urls }, 'jiaxing-2020').plans).toBe(2);
    expect(placeIds(atlas)).toContain('jiaxing');
  });
});

describe('a place with one plan', () => {
  it('says so, and still shows the years its plan states figures for', () => {
    const view = placePageView(inputs(false), 'jiaxing');
    expect(view.onePlan).toBe(true);
    expect(view.plans).toHaveLength(1);
    expect(view.years).toEqual([2019, 2020]);
    expect(view.metrics.length).toBeGreaterThan(0);
  });

  it('is an error for a jurisdiction without plans, and the URL keeps the base path', () => {
    expect(() => placePageView(inputs(false), 'nowhere')).toThrow(/no plan has the jurisdiction "nowhere"/);
    expect(placeUrl(siteUrls('/atlas/'), 'ninghai')).toBe('/atlas/places/ninghai/');
  });
});

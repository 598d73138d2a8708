// "Not read, please check": a plan whose enumeration lists three pollutants and two values
// (tests/fixtures/unread-plan) carries its unread sentence through the indicator set, the plan
// page's view and both open-data files; the five plans have none and keep their figures.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAtlas, loadMetrics } from '../../scripts/load-content.ts';
import type { Atlas } from '../../src/lib/atlas.ts';
import { indicatorsData, indicatorRows, UNREAD_COLUMNS, unreadRows } from '../../src/lib/indicators/indicator-data.ts';
import { buildIndicatorSet, type IndicatorSet } from '../../src/lib/indicators/indicator-set.ts';
import { planFigures, unreadReason } from '../../src/lib/indicators/indicator-views.ts';
import { planData } from '../../src/lib/open-data.ts';

const SENTENCE = '全市化学需氧量、氨氮、氮氧化物排放量分别削减3%、2.5%。';
const planUrl = (plan: string, paragraph?: string) => `/plans/${plan}/${paragraph ? `#${paragraph}` : ''}`;
let atlas: Atlas;
let set: IndicatorSet;
let seeds: IndicatorSet;
beforeAll(() => {
  atlas = loadAtlas(undefined, 'tests/fixtures/unread-plan/plans');
  set = buildIndicatorSet(atlas, loadMetrics());
  seeds = buildIndicatorSet(loadAtlas(), loadMetrics());
});

describe('the unread list', () => {
  it('holds every metric of the enumeration whose lists differ in length, with its sentence, and reads none of them as a figure', () => {
    expect(set.unread.map((u) => u.metric)).toEqual(['cod-reduction', 'ammonia-nitrogen-reduction', 'nox-reduction']);
    for (const u of set.unread) {
      expect(u.quote).toBe(SENTENCE);
      expect(u.plan).toBe('shaoxing-2020');
      const paragraph = atlas.plans[0].plan.paragraphs.find((p) => p.id === u.paragraph)!;
      expect(paragraph.sentences.find((s) => s.id === u.sentence)?.text).toBe(SENTENCE);
      expect(u.reason).toBe('3 items listed, 2 values');
    }
    expect(set.indicators.some((f) => f.quote === SENTENCE)).toBe(false);
    expect(set.indicators.length).toBeGreaterThan(0);
  });

  it('is empty for the five plans', () => {
    expect(seeds.unread).toEqual([]);
  });

  it('reaches the plan page with the metric, the sentence, the reason in words and a link to the paragraph', () => {
    const view = planFigures(set, 'shaoxing-2020', planUrl);
    expect(view.unread).toHaveLength(3);
    const first = view.unread[0];
    expect(first.metric.id).toBe('cod-reduction');
    expect(first.quote).toBe(SENTENCE);
    expect(first.href).toBe(`/plans/shaoxing-2020/#${set.unread[0].paragraph}`);
    expect(first.reason.zh).toContain('列出3项、2个数值');
    expect(planFigures(seeds, 'shaoxing-2020', planUrl).unread).toEqual([]);
  });

  it('states every reason the extractor gives in Chinese and English', () => {
    expect(unreadReason('4 items listed, 3 values')).toEqual({ zh: '列出4项、3个数值，无法一一对应', en: '4 items listed, 3 values: they cannot be paired' });
    expect(unreadReason('the listed value does not fit the metric').zh).toBe('列出的数值与指标单位不符');
    expect(unreadReason('a number of its unit stands near the metric but could not be attached').zh).toBe('指标旁有同单位数值，但无法确定归属');
    expect(unreadReason("a figure of a place within the plan's own (蒙自市), not the place's").zh).toBe('辖区内某地（蒙自市）的数值，不是本地的指标');
    expect(unreadReason("a figure of a part of the place (县城) after another area's, not the place's").zh).toContain('局部地区（县城）');
    expect(unreadReason("a figure of some months, not the year's").zh).toBe('数值是某几个月的，不是全年的');
  });

  it('is published in /data/indicators.json beside the figures and in the plan’s own JSON', () => {
    const data = indicatorsData(set);
    expect(data.indicators).toEqual(indicatorRows(set));
    expect(data.unread).toHaveLength(3);
    for (const row of data.unread) expect(Object.keys(row)).toEqual([...UNREAD_COLUMNS]);
    const plan = planData(atlas, 'shaoxing-2020', unreadRows(set, 'shaoxing-2020'));
    expect(plan.unread).toEqual(data.unread);
    expect(unreadRows(set, 'jiaxing-2020')).toEqual([]);
  });

  it('the plan’s JSON lists each paragraph’s sentences under the ids indicators.csv cites', () => {
    const plan = planData(atlas, 'shaoxing-2020');
    const ids = new Set(plan.paragraphs.flatMap((p) => p.sentences.map((s) => s.id)));
    for (const f of set.indicators) expect(ids.has(f.sentence), f.sentence).toBe(true);
    for (const u of set.unread) expect(ids.has(u.sentence), u.sentence).toBe(true);
  });
});

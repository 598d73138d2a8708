// The composed comparison: its open data (per plan and theme) and its view model, computed from
// that data alone so the page at build time and the script in the browser show the same thing.
import { describe, expect, it } from 'vitest';
import { loadAtlas, loadMetrics } from '../../scripts/load-content.ts';
import { parseCompareSelection } from '../../src/lib/compare-selection.ts';
import { textAnalysis } from '../../src/lib/compare/text-analysis.ts';
import { themePassages } from '../../src/lib/compare/theme-passages.ts';
import { buildIndicatorSet } from '../../src/lib/indicators/indicator-set.ts';
import { siteUrls } from '../../src/lib/urls.ts';
import { cell } from '../../src/lib/views.ts';
import { changeBase, composeIndex, composePlanData, type ComposePlanData } from '../../src/lib/views/compose-data.ts';
import { planCompareWithView, themeCompareHref } from '../../src/lib/views/compose-links.ts';
import { changeLabel, composeView, figureText, findPlans } from '../../src/lib/views/compose-view.ts';

const atlas = loadAtlas();
const indicators = buildIndicatorSet(atlas, loadMetrics());
const analysis = textAnalysis(atlas);
const index = composeIndex(atlas, indicators);
const ids = atlas.plans.map((p) => p.plan.meta.id);
// Through JSON, as the browser receives it.
const data = new Map<string, ComposePlanData>(ids.map((id) => [id, JSON.parse(JSON.stringify(composePlanData(atlas, indicators, analysis, id)))]));
const context = { plans: index.plans.map((p) => p.id), themes: index.themes.map((t) => t.id), defaults: index.defaults };
const view = (q: string) => composeView(index, data, parseCompareSelection(q, context), '/atlas/');

describe('compose open data', () => {
  it('lists every plan and theme, and a default of three plans on air and water', () => {
    expect(index.plans.map((p) => p.id)).toEqual(ids);
    expect(index.defaults).toEqual({ plans: ids.slice(0, 3), themes: ['air', 'water'] });
  });

  it('holds, per theme, every sentence on it and the matrix cell', () => {
    for (const ap of atlas.plans) {
      const d = data.get(ap.plan.meta.id)!;
      for (const t of atlas.themes) {
        const expected = themePassages(ap, t.id).map((s) => s.text);
        expect(d.themes[t.id].on.map((i) => d.sentences[i].text)).toEqual(expected);
        expect(d.themes[t.id].mentioned).toBe(cell(atlas, ap.plan.meta.id, t.id).mentioned);
      }
    }
  });

  it('ties every figure to its own sentence', () => {
    for (const d of data.values()) {
      for (const t of Object.values(d.themes)) for (const f of t.figures) expect(d.sentences[f.sentence]).toBeDefined();
    }
    const all = [...data.values()].flatMap((d) => Object.values(d.themes).flatMap((t) => t.figures));
    expect(all.length).toBeGreaterThan(0);
  });
});

describe('composeView', () => {
  it('shows the chosen plans on the chosen themes, in the URL order', () => {
    const v = view(`?plans=${ids[3]},${ids[1]}&themes=water,air`);
    expect(v.plans.map((p) => p.id)).toEqual([ids[3], ids[1]]);
    expect(v.themes.map((t) => t.id)).toEqual(['air', 'water']);
    expect(v.href).toBe(`/atlas/compare/?plans=${ids[3]},${ids[1]}&themes=air,water`);
    for (const t of v.themes) {
      expect(t.shares.map((s) => s.plan)).toEqual([ids[3], ids[1]]);
      expect(t.sentences.map((s) => s.plan)).toEqual([ids[3], ids[1]]);
      for (const c of t.sentences) for (const s of c.items) expect(s.href).toMatch(new RegExp(`^/atlas/plans/${c.plan}/#p-`));
    }
  });

  it("shows a plan's sentences on a theme it mentions only in passing", () => {
    const passing = atlas.matrix.find((c) => c.mentioned && c.paragraphs === 0);
    expect(passing, 'a plan that mentions a theme only in passing').toBeDefined();
    const other = ids.find((id) => id !== passing!.plan)!;
    const v = view(`?plans=${passing!.plan},${other}&themes=${passing!.theme}`);
    const column = v.themes[0].sentences.find((s) => s.plan === passing!.plan)!;
    expect(column.items.length).toBeGreaterThan(0);
    expect(column.note).toContain('仅零星提及');
  });

  it('puts figures side by side with their sentences, one cell per plan', () => {
    const v = view(`?plans=${ids.join(',')}&themes=air`);
    const air = v.themes[0];
    expect(air.figures.length).toBeGreaterThan(0);
    for (const row of air.figures) {
      expect(row.cells).toHaveLength(v.plans.length);
      for (const c of row.cells) for (const it of c.items) expect(it.quote.length).toBeGreaterThan(0);
    }
  });

  it('aligns similar passages from two different chosen plans', () => {
    const v = view(`?plans=${ids.slice(0, 4).join(',')}&themes=air,water`);
    const pairs = v.themes.flatMap((t) => t.pairs);
    expect(pairs.length).toBeGreaterThan(0);
    for (const p of pairs) {
      expect(p.sides[0].plan).not.toBe(p.sides[1].plan);
      expect(v.plans.map((x) => x.id)).toContain(p.sides[0].plan);
    }
  });

  it('marks the named programmes every chosen plan shares', () => {
    const v = view(`?plans=${ids.slice(0, 2).join(',')}&themes=all`);
    for (const t of v.themes) for (const p of t.programmes) expect(p.shared).toBe(p.counts.every((c) => c > 0));
  });

  it('reports unknown ids in its notes and still draws the rest', () => {
    const v = view(`?plans=${ids[0]},no-such-plan,${ids[1]}&themes=air`);
    expect(v.plans).toHaveLength(2);
    expect(v.notes[0].kind).toBe('unknown-plan');
    expect(v.themes).toHaveLength(1);
  });

  it('writes figures as the plan does, a change signed', () => {
    expect(figureText({ value: 85, unit: '%', comparator: '≥', aspirational: false })).toBe('≥85%');
    expect(figureText({ value: 3, unit: '天', comparator: '=', aspirational: true })).toBe('力争 3天');
    expect(figureText({ value: -5.4, unit: '%', comparator: '=', aspirational: false, change: { base: 2018 } })).toBe('−5.4%');
    expect(figureText({ value: 24.7, unit: '百分点', comparator: '=', aspirational: false, change: { base: 2018 } })).toBe('+24.7百分点');
  });

  it('labels a change 同比 · year on year with its base year, never as a bare signed value', () => {
    // Jiaxing 2020's review: PM2.5 35 μg/m³ in 2019, 同比降低5.4%.
    const air = view('?plans=jiaxing-2020,shaoxing-2020&themes=air').themes[0];
    const items = air.figures.flatMap((f) => f.cells.flatMap((c) => c.items));
    const change = items.find((it) => it.text === '−5.4%')!;
    expect(change.change).toEqual({ label: { zh: '同比', en: 'year on year' }, base: '2018' });
    expect(change.year).toBe(2019);
    expect(items.filter((it) => /^[+−]/.test(it.text)).every((it) => it.change !== null)).toBe(true);
    expect(items.filter((it) => it.change === null).every((it) => !/^[+−]/.test(it.text))).toBe(true);
    expect(changeLabel({ year: 2020, change: { base: 2015 } })).toEqual({ label: { zh: '变化', en: 'change' }, base: '2015' });
    expect(changeLabel({ year: 2020 })).toBeNull();
  });

  it('reads the base year of a change from its sentence', () => {
    expect(changeBase('市区PM2.5年均浓度为35微克/立方米,同比降低5.4%', -5.4, 2019)).toBe(2018);
    expect(changeBase('PM2.5浓度比2015年下降18%', -18, 2020)).toBe(2015);
    expect(changeBase('下降18%(与2015年相比)', -18, 2020)).toBe(2015);
    expect(changeBase('较上年提高2个百分点,比2015年下降5%', 2, 2020)).toBe(2019);
    expect(changeBase('单位GDP能耗下降3%', -3, 2020)).toBeNull();
  });
});

describe('finding plans to add', () => {
  it('matches every word against place, province, level and years', () => {
    const first = index.plans[0];
    expect(findPlans(index, first.jurisdiction.zh).map((p) => p.id)).toContain(first.id);
    expect(findPlans(index, `${first.province.zh} ${first.years[0]}`).map((p) => p.id)).toContain(first.id);
    expect(findPlans(index, first.jurisdiction.en.toUpperCase()).map((p) => p.id)).toContain(first.id);
    expect(findPlans(index, first.jurisdiction.zh, [first.id]).map((p) => p.id)).not.toContain(first.id);
    expect(findPlans(index, '   ')).toEqual([]);
    expect(findPlans(index, 'county').every((p) => p.level.en === 'County')).toBe(true);
  });
});

describe('compare-with links', () => {
  const urls = siteUrls('/');
  it('offers, from a plan page, its nearest plans and those of its province and level', () => {
    for (const id of ids) {
      const v = planCompareWithView(atlas, analysis, urls, id);
      const nearest = v.groups.find((g) => g.id === 'nearest')!;
      expect(nearest.links.length).toBeGreaterThan(0);
      for (const g of v.groups) for (const l of g.links) expect(l.href).toMatch(new RegExp(`^/compare/\\?plans=${id},[a-z0-9-]+$`));
    }
    const zhejiang = atlas.plans.filter((p) => p.jurisdiction.province === atlas.plans.find((q) => q.plan.meta.id === 'shaoxing-2020')!.jurisdiction.province);
    const province = planCompareWithView(atlas, analysis, urls, 'shaoxing-2020').groups.find((g) => g.id === 'province');
    expect(province?.links.length ?? 0).toBe(Math.min(3, zhejiang.length - 1));
  });

  it('compares, from a theme page, the plans giving the theme most weight', () => {
    expect(themeCompareHref('/compare/', 'marine', [{ id: 'a', share: 0.01 }, { id: 'b', share: 0.2 }, { id: 'c', share: 0 }, { id: 'd', share: 0.05 }])).toBe('/compare/?plans=b,d,a&themes=marine');
  });
});

// The tile-grid maps and the place pages as built: a map per theme with its chart page, squares for
// the 31 provincial-level divisions and no boundary line, every plan a mark linking to the plan;
// /places/<id>/ for every jurisdiction with a plan, linked from its plan pages, honest about having
// one plan so far; keyboard reaches a map mark and following it lands on the plan.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from './support/axe.ts';
import { formatProblems } from './support/browser.ts';
import { parseFile } from './support/html.ts';
import { basePath, DIST } from './support/paths.ts';
import { useSite } from './support/site.ts';

const base = basePath();
const PLACES: Record<string, string> = { shaoxing: 'shaoxing-2020', jiaxing: 'jiaxing-2020', hengyang: 'hengyang-2021', 'inner-mongolia': 'inner-mongolia-2020', ninghai: 'ninghai-2021' };

function page(rel: string): Document {
  const file = path.join(DIST, rel, 'index.html');
  expect(existsSync(file), `${file} was not built`).toBe(true);
  return parseFile(file);
}

describe('tile maps, as built', () => {
  it('have a chart page with 31 squares, no boundary line, a mark per plan linking to it, and the note on why', () => {
    const doc = page('charts/tile-map-air');
    const main = doc.querySelector('svg.chart-main')!;
    expect(main.querySelectorAll('g[aria-label^="rect"] rect').length).toBe(31);
    expect(main.querySelector('line, polyline, polygon, g[aria-label^="geo"]')).toBeNull();
    const hrefs = [...main.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.sort()).toEqual(Object.values(PLACES).map((id) => `${base}plans/${id}/`).sort());
    expect(doc.body.textContent).toContain('标准地图');
    expect(doc.body.textContent).toContain('draws no boundary line');
    expect(doc.querySelectorAll('.data-table tbody tr').length).toBe(5);
    for (const f of ['data/charts/tile-map-air.svg', 'data/charts/tile-map-air.csv', 'embed/tile-map-air/index.html']) expect(existsSync(path.join(DIST, f)), f).toBe(true);
  });

  it('are in the gallery', () => {
    expect(page('charts').querySelector(`a[href="${base}charts/tile-map-water/"]`)).not.toBeNull();
  });
});

describe('place pages, as built', () => {
  it.each(Object.entries(PLACES))('/places/%s/ lists its plan, says it is the only one so far, and is linked from the plan page', (place, plan) => {
    const doc = page(`places/${place}`);
    expect(doc.querySelector(`[data-place-plans] a[href="${base}plans/${plan}/"]`)).not.toBeNull();
    expect(doc.querySelector('[data-one-plan]')?.textContent).toContain('One plan so far');
    const link = page(`plans/${plan}`).querySelector('[data-place-link] a');
    expect(link?.getAttribute('href')).toBe(`${base}places/${place}/`);
  });

  it("Jiaxing's page shows 2019's achievements and 2020's targets in their year columns", () => {
    const doc = page('places/jiaxing');
    const pm25 = doc.querySelector('[data-place-years] tr[data-metric="pm25"]')!;
    expect(pm25.querySelector('td[data-year="2019"][data-side="actual"] a')?.textContent).toContain('35');
    expect(pm25.querySelector('td[data-year="2020"][data-side="target"] a')?.textContent).toContain('35');
    expect(pm25.querySelector('td[data-year="2020"][data-side="actual"] a')).toBeNull();
  });
});

describe('in the browser', () => {
  const site = useSite();

  it('a place page loads cleanly and passes axe-core', async () => {
    const opened = await site.open('places/jiaxing/');
    try {
      expect(opened.problems, formatProblems(opened.problems)).toEqual([]);
      await expectNoSeriousViolations(opened.page);
    } finally {
      await opened.close();
    }
  });

  it('the map chart page passes axe-core, and a map mark is reached by keyboard and lands on its plan', async () => {
    const opened = await site.open('charts/tile-map-air/');
    try {
      const { page: p } = opened;
      expect(opened.problems, formatProblems(opened.problems)).toEqual([]);
      await expectNoSeriousViolations(p);
      const target = `${base}plans/hengyang-2021/`;
      let reached = false;
      for (let i = 0; i < 200 && !reached; i++) {
        await p.keyboard.press('Tab');
        reached = await p.evaluate((href) => document.activeElement?.closest('svg.chart-main') !== null && document.activeElement?.getAttribute('href') === href, target);
      }
      expect(reached, 'Tab never reached the Hengyang mark').toBe(true);
      await Promise.all([p.waitForURL(`**${target}`), p.keyboard.press('Enter')]);
      expect(new URL(p.url()).pathname).toBe(target);
    } finally {
      await opened.close();
    }
  });
});

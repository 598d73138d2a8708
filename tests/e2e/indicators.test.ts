// Gate: every vocabulary figure of the five plans (the hand-checked fixture) is on /indicators/,
// in its metric's row and its plan's column, on the right side (target or achieved), linked to its
// paragraph; no cell is blank; each metric has its chart; the data files hold the issue's fields;
// plan and theme pages show their figures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFigure } from '../../src/lib/indicators/format-figure.ts';
import type { ExpectedFigure } from '../fixtures/indicators/score.ts';
import { formatProblems, type OpenedPage } from './support/browser.ts';
import { ROOT } from './support/paths.ts';
import { useSite } from './support/site.ts';

const expected = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/indicators/seed-figures.json'), 'utf8')) as ExpectedFigure[];
const metricTheme = (id: string) => (JSON.parse(readFileSync(join(ROOT, 'content/metrics', `${id}.json`), 'utf8')) as { theme: string }).theme;
const ISSUE_FIELDS = ['plan', 'metric', 'value', 'unit', 'comparator', 'kind', 'year', 'scope', 'quote', 'paragraph'];

const site = useSite();
let page: OpenedPage;

beforeAll(async () => {
  page = await site.open('indicators/');
});

afterAll(async () => {
  await page?.close();
});

/** Links in one cell side: text and href. */
async function sideLinks(themeId: string, metric: string, plan: string, side: 'target' | 'actual') {
  return page.page.$$eval(`#theme-${themeId} tr#metric-${metric} td[data-plan="${plan}"] [data-side="${side}"] a`, (as) =>
    as.map((a) => ({ text: (a.textContent ?? '').trim(), href: a.getAttribute('href') ?? '' })),
  );
}

describe('/indicators/', () => {
  it('loads without errors', () => {
    expect(page.problems, formatProblems(page.problems)).toEqual([]);
  });

  it('shows every hand-checked figure in its metric row and plan column, linked to its paragraph', async () => {
    const missing: string[] = [];
    for (const f of expected) {
      const links = await sideLinks(metricTheme(f.metric), f.metric, f.plan, f.kind as 'target' | 'actual');
      const text = formatFigure({ comparator: f.comparator as '≥', value: f.value, unit: f.unit, basis: f.basis as 'level', aspirational: f.aspirational });
      if (!links.some((l) => l.text === text && new RegExp(`/plans/${f.plan}/#${f.paragraph}-s\\d+$`).test(l.href))) {
        missing.push(`${f.plan} ${f.metric} ${f.kind} ${text} #${f.paragraph} (cell has ${JSON.stringify(links)})`);
      }
    }
    expect(missing, missing.join('\n')).toEqual([]);
  });

  it('leads each figure link to a paragraph that states the number', async () => {
    const seen = new Set<string>();
    const other = await site.open(null);
    try {
      for (const f of expected) {
        const key = `${f.plan}#${f.paragraph}`;
        if (seen.has(key)) continue;
        seen.add(key);
        await other.page.goto(site.url(`plans/${f.plan}/`));
        // Every link to this paragraph's figures points at one of its sentences, which states the number.
        const hrefs = await page.page.$$eval(`a[href*="/plans/${f.plan}/#${f.paragraph}-s"]`, (as) => [...new Set(as.map((a) => a.getAttribute('href')!.split('#')[1]))]);
        expect(hrefs.length, `no figure links to a sentence of ${f.paragraph}`).toBeGreaterThan(0);
        const texts = await other.page.evaluate((ids) => ids.map((id) => document.getElementById(id)?.textContent ?? null), hrefs);
        for (const [i, text] of texts.entries()) expect(text, `no element #${hrefs[i]} on /plans/${f.plan}/`).not.toBeNull();
        const paragraph = await other.page.evaluate((id) => document.getElementById(id)?.textContent ?? '', f.paragraph);
        expect(paragraph.normalize('NFKC')).toContain(String(Math.abs(f.value)));
        expect(texts.join('').normalize('NFKC')).toContain(String(Math.abs(f.value)));
      }
    } finally {
      await other.close();
    }
  });

  it('never leaves a cell blank: a side without a figure says "not stated" or "no review part"', async () => {
    const sides = await page.page.$$eval('.metric-table td [data-side]', (els) =>
      els.map((el) => ({ links: el.querySelectorAll('a').length, text: (el.textContent ?? '').replace(/\s+/g, ' ').trim() })),
    );
    expect(sides.length).toBeGreaterThan(0);
    for (const s of sides) {
      if (s.links === 0) expect(s.text).toMatch(/未提及 not stated|无总结部分 no review part/);
    }
  });

  it('draws a chart per metric with figures, its marks linked to plan paragraphs', async () => {
    const rows = await page.page.$$eval('.metric-table tr[data-metric]', (trs) =>
      trs.map((tr) => ({ metric: tr.getAttribute('data-metric')!, links: tr.querySelectorAll('a[href*="#p-"]').length })),
    );
    const charts = await page.page.$$eval('figure.metric-chart', (figs) =>
      figs.map((f) => ({ svg: f.querySelectorAll('svg.chart-main > title').length, marks: [...f.querySelectorAll('svg a')].map((a) => a.getAttribute('href') ?? '') })),
    );
    expect(charts.length).toBe(rows.filter((r) => r.links > 0).length);
    for (const c of charts) {
      expect(c.svg).toBe(1);
      expect(c.marks.length).toBeGreaterThan(0);
      for (const href of c.marks) expect(href).toMatch(/\/plans\/[a-z0-9-]+\/#p-[\d-]+-s\d+$/);
    }
  });
});

describe('open data', () => {
  it('indicators.json and indicators.csv hold the issue’s fields for every figure', async () => {
    const { indicators: json, unread } = (await (await fetch(site.url('data/indicators.json'))).json()) as { indicators: Record<string, unknown>[]; unread: unknown[] };
    expect(Array.isArray(unread)).toBe(true);
    expect(json.length).toBeGreaterThanOrEqual(expected.length);
    for (const row of json) for (const field of ISSUE_FIELDS) expect(row, `field ${field}`).toHaveProperty(field);
    for (const f of expected) {
      expect(json.some((r) => r.plan === f.plan && r.metric === f.metric && r.value === f.value && r.unit === f.unit && r.paragraph === f.paragraph)).toBe(true);
    }
    const csv = await (await fetch(site.url('data/indicators.csv'))).text();
    const header = csv.split('\n')[0].split(',');
    expect(header.slice(0, ISSUE_FIELDS.length)).toEqual(ISSUE_FIELDS);
    expect(csv.trim().split('\n').length - 1).toBeGreaterThanOrEqual(json.length);
  });

  it('commitments.json lists the other commitments with what they count', async () => {
    const json = (await (await fetch(site.url('data/commitments.json'))).json()) as Record<string, unknown>[];
    expect(json.some((c) => c.plan === 'inner-mongolia-2020' && c.value === 1875 && c.unit === '个')).toBe(true);
    for (const c of json) for (const field of ['plan', 'value', 'unit', 'what', 'quote', 'paragraph']) expect(c).toHaveProperty(field);
  });
});

describe('plan and theme pages', () => {
  it('a plan page lists its figures and commitments, each linked to a sentence of its paragraph', async () => {
    const p = await site.open(('plans/hengyang-2021/'));
    try {
      const links = await p.page.$$eval('#figures a[href*="#p-"]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
      for (const f of expected.filter((x) => x.plan === 'hengyang-2021')) expect(links.some((h) => new RegExp(`#${f.paragraph}-s\\d+$`).test(h))).toBe(true);
      // Each link lands on an element of this page.
      const missing = await p.page.evaluate((hrefs) => hrefs.filter((h) => !document.getElementById(h.split('#')[1])), links);
      expect(missing).toEqual([]);
      const commitments = await p.page.$$eval('#figures [data-figures="commitments"] tbody tr', (trs) => trs.map((tr) => tr.textContent ?? ''));
      expect(commitments.some((t) => t.includes('70万立方米'))).toBe(true);
      // A plan a person checked says so, and when (content/figure-checks.json).
      expect(await p.page.textContent('#figures [data-figures-reading="checked"]')).toContain('逐条对照原文人工核对');
    } finally {
      await p.close();
    }
  });

  it('a theme page shows the metrics of its theme', async () => {
    const p = await site.open(('themes/water/'));
    try {
      const metrics = await p.page.$$eval('#metrics tr[data-metric]', (trs) => trs.map((tr) => tr.getAttribute('data-metric')));
      expect(metrics).toContain('surface-water-class-iii');
      expect(metrics).not.toContain('pm25');
      expect(p.problems, formatProblems(p.problems)).toEqual([]);
    } finally {
      await p.close();
    }
  });
});

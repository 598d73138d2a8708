/**
 * "Not read, please check" in a real build: a plan whose enumeration lists three pollutants and
 * two values (tests/fixtures/unread-plan) shows the sentence on its page, beside its figures, with
 * its metric and a link to the paragraph, and publishes it in its JSON and in indicators.json.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from './support/build.ts';
import { parseFile } from './support/html.ts';

const SENTENCE = '全市化学需氧量、氨氮、氮氧化物排放量分别削减3%、2.5%。';
const work = mkdtempSync(join(tmpdir(), 'atlas-unread-'));
const out = join(work, 'dist');
let build: BuildResult;

beforeAll(() => {
  build = buildSite({ outDir: out, env: { ATLAS_PLANS_DIR: 'tests/fixtures/unread-plan/plans' }, timeout: 300_000 });
}, 320_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const readJson = (rel: string) => JSON.parse(readFileSync(join(out, rel), 'utf8'));

describe('a plan with an enumeration whose lists differ in length', () => {
  it('builds', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  it('shows the sentence on the plan page as not read, with each metric and a link to its paragraph', () => {
    const page = join(out, 'plans/shaoxing-2020/index.html');
    expect(existsSync(page), page).toBe(true);
    const doc = parseFile(page);
    const table = doc.querySelector('#figures [data-figures="unread"]');
    expect(table, 'no unread table in #figures').not.toBeNull();
    expect(table!.querySelector('caption')?.textContent).toContain('未读出，请核对');
    expect(table!.querySelector('caption')?.textContent).toContain('Not read, please check');
    const rows = [...table!.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-metric'))).toEqual(['cod-reduction', 'ammonia-nitrogen-reduction', 'nox-reduction']);
    for (const row of rows) {
      const link = row.querySelector('td.quote a')!;
      expect(link.textContent).toBe(SENTENCE);
      const anchor = link.getAttribute('href')!.split('#')[1];
      expect(doc.getElementById(anchor)?.textContent, `#${anchor}`).toContain(SENTENCE);
    }
    expect(rows[0].querySelector('th')?.textContent).toContain('化学需氧量');
    // Not read means not shown as a figure either.
    expect([...doc.querySelectorAll('#figures [data-figures="targets"] td.quote')].some((td) => td.textContent === SENTENCE)).toBe(false);
  });

  it('says its figures are the program’s reading, not checked by hand, with the accuracy measured on real texts', () => {
    const method = JSON.parse(readFileSync('content/method.json', 'utf8'));
    const m = method.accuracy.figures.measuringHalf;
    const note = parseFile(join(out, 'plans/shaoxing-2020/index.html')).querySelector('#figures [data-figures-reading]')!;
    expect(note.getAttribute('data-figures-reading')).toBe('machine');
    expect(note.textContent).toContain('尚未人工核对');
    expect(note.textContent).toContain('have not been checked by hand');
    expect(note.textContent).toContain(`${(m.precision * 100).toFixed(1)}%`);
    expect(note.textContent).toContain(`${(m.recall * 100).toFixed(1)}%`);
    expect(note.querySelector('a')!.getAttribute('href')).toBe('/about/#accuracy');
    expect(readJson('data/plans/shaoxing-2020.json').figuresChecked).toBeNull();
    // The targets page, which sets every plan's figures side by side, says it too.
    const targets = parseFile(join(out, 'indicators/index.html')).querySelector('[data-figures-reading]')!;
    expect(targets.getAttribute('data-figures-reading')).toBe('machine');
    expect(targets.textContent).toMatch(/份计划中，0份的数值经人工逐条核对/);
    // So do the charts of its figures, in the picture an analyst downloads or embeds.
    const svg = readFileSync(join(out, 'data/charts/metric-pm25.svg'), 'utf8');
    expect(svg).toContain('图中1份计划有1份的数值由程序从原文读出，未经人工核对');
  });

  it('publishes it in the plan’s JSON and in indicators.json', () => {
    const plan = readJson('data/plans/shaoxing-2020.json');
    expect(plan.unread.map((u: { metric: string }) => u.metric)).toEqual(['cod-reduction', 'ammonia-nitrogen-reduction', 'nox-reduction']);
    const sentenceIds = new Set(plan.paragraphs.flatMap((p: { sentences: { id: string }[] }) => p.sentences.map((s) => s.id)));
    for (const u of plan.unread) expect(sentenceIds.has(u.sentence)).toBe(true);
    const all = readJson('data/indicators.json');
    expect(all.unread).toEqual(plan.unread);
    expect(all.unread[0]).toMatchObject({ plan: 'shaoxing-2020', quote: SENTENCE, reason: '3 items listed, 2 values' });
    for (const f of all.indicators) expect(sentenceIds.has(f.sentence), f.sentence).toBe(true);
  });
});

describe('a plan whose front matter knows the published page', () => {
  it('links to the government’s page first, and keeps the archived text', () => {
    const doc = parseFile(join(out, 'plans/shaoxing-2020/index.html'));
    const link = doc.querySelector('.plan-source a[data-source-url]');
    expect(link?.getAttribute('href')).toBe('https://sthjj.example.org/art/2021/1/13/shaoxing-2020.html');
    expect(doc.querySelector('.plan-source')?.textContent).toContain('原文网页');
    expect(doc.querySelector('.plan-source a[href$=".txt"]'), 'the archived .txt').not.toBeNull();
  });
});

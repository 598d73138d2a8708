/**
 * More plans than a page holds: the real build of a 45-plan synthetic corpus (the seeds' own
 * sentences) splits each theme page and the targets table into pages of plans; every link to a
 * plan's column — from plan pages, the compare table, the theme pages and the charts — lands on
 * the page that holds it, and every plan's targets appear on exactly one page of /indicators/.
 * The overview and /analysis/ come in the same pages, and the similarity data in one file of
 * nearest plans per theme.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, seedSentencesFrom } from '../../bench/corpus.ts';
import { loadAtlas } from '../../scripts/load-content.ts';
import { PLANS_PER_PAGE, planPageCount } from '../../src/lib/plan-pages.ts';
import { buildSite, type BuildResult } from './support/build.ts';
import { anchorsOf, parseFile, refsOf } from './support/html.ts';
import { listFiles } from './support/pages.ts';
import { basePath, ROOT } from './support/paths.ts';

const N = 2 * PLANS_PER_PAGE + 5;
const work = mkdtempSync(join(tmpdir(), 'atlas-pages-'));
const out = join(work, 'dist');
const base = basePath();

function htmlFiles(dir: string): string[] {
  return listFiles(dir)
    .filter((rel) => rel.endsWith('.html'))
    .map((rel) => join(dir, rel));
}

let build: BuildResult;

beforeAll(() => {
  const corpus = generateCorpus(N, seedSentencesFrom(loadAtlas()), { outDir: join(work, 'plans') });
  // Relative to the project, as the build reads the folder from there.
  build = buildSite({ outDir: out, env: { ATLAS_PLANS_DIR: relative(ROOT, corpus.dir) } });
}, 420_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe(`pages of plans with ${N} plans`, () => {
  it('builds one page per 20 plans for every theme', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    const pages = planPageCount(N);
    expect(pages).toBe(3);
    for (const theme of readdirSync(join(out, 'themes'))) {
      expect(existsSync(join(out, 'themes', theme, 'index.html')), theme).toBe(true);
      for (let p = 2; p <= pages; p++) expect(existsSync(join(out, 'themes', theme, String(p), 'index.html')), `${theme} page ${p}`).toBe(true);
      expect(existsSync(join(out, 'themes', theme, String(pages + 1))), `${theme} page ${pages + 1}`).toBe(false);
    }
  });

  it('every link to a plan’s column on a theme page finds that column', () => {
    const anchors = new Map<string, Set<string>>();
    const broken: string[] = [];
    let checked = 0;
    for (const file of htmlFiles(out)) {
      for (const ref of refsOf(parseFile(file))) {
        const theme = new RegExp(`^${base}themes/([a-z0-9-]+)/(?:(\\d+)/)?#(plan-.+)$`).exec(ref.value);
        const targets = new RegExp(`^${base}indicators/(?:(\\d+)/)?#(theme-.+)$`).exec(ref.value);
        if (!theme && !targets) continue;
        const target = theme ? join(out, 'themes', theme[1], theme[2] ?? '', 'index.html') : join(out, 'indicators', targets![1] ?? '', 'index.html');
        if (!anchors.has(target)) anchors.set(target, existsSync(target) ? anchorsOf(parseFile(target)) : new Set());
        checked++;
        if (!anchors.get(target)!.has(theme ? theme[3] : targets![2])) broken.push(`${file.slice(out.length)} → ${ref.value}`);
      }
    }
    expect(checked).toBeGreaterThan(N);
    expect(broken.slice(0, 20)).toEqual([]);
    // It parses every page of the site: on a loaded 2-core machine that ran past a minute.
  }, 420_000);

  it('shows every plan’s targets and commitments on exactly one page of /indicators/', () => {
    const pages = [join(out, 'indicators', 'index.html'), join(out, 'indicators', '2', 'index.html'), join(out, 'indicators', '3', 'index.html')];
    expect(existsSync(join(out, 'indicators', '4'))).toBe(false);
    const shown = pages.flatMap((file) => [...parseFile(file).querySelectorAll('[data-commitments]')].map((el) => el.getAttribute('data-commitments')));
    const plans = readdirSync(join(out, 'plans')).sort();
    expect([...shown].sort()).toEqual(plans);
    expect(new Set(shown).size).toBe(N);
    for (const file of pages) {
      const doc = parseFile(file);
      const columns = [...doc.querySelectorAll('table.metric-table')].map((t) => t.querySelectorAll('thead th').length - 1);
      expect(columns.length, file).toBeGreaterThan(0);
      for (const c of columns) expect(c, file).toBeLessThanOrEqual(PLANS_PER_PAGE);
    }
  });

  it('the overview and /analysis/ show every plan on exactly one of their pages, the charts (or links to them) on the first', () => {
    const plans = readdirSync(join(out, 'plans')).sort();
    const pagesOf = (first: string, later: (n: number) => string) => [join(out, first), join(out, later(2)), join(out, later(3))];
    const home = pagesOf('index.html', (n) => join('page', String(n), 'index.html'));
    const analysis = pagesOf(join('analysis', 'index.html'), (n) => join('analysis', String(n), 'index.html'));
    expect(existsSync(join(out, 'page', '4'))).toBe(false);
    expect(existsSync(join(out, 'analysis', '4'))).toBe(false);
    const planOf = (href: string | null) => /plans\/([^/]+)\/$/.exec(href ?? '')?.[1];
    const cards = home.flatMap((file) => [...parseFile(file).querySelectorAll('ul.cards li.card h3 a')].map((a) => planOf(a.getAttribute('href'))).filter(Boolean));
    expect([...cards].sort()).toEqual(plans);
    const terms = analysis.flatMap((file) => [...parseFile(file).querySelectorAll('.plan-terms h4 a')].map((a) => planOf(a.getAttribute('href'))));
    expect([...terms].sort()).toEqual(plans);
    for (const [i, file] of [...home, ...analysis].entries()) {
      const doc = parseFile(file);
      expect(doc.querySelectorAll('nav.plan-pages li').length, file).toBe(3);
      // The overview draws its heatmap on page 1; /analysis/ links its four charts there (drawn, they weigh 0.9 MB).
      expect(doc.querySelectorAll('.chart-block').length > 0, file).toBe(i === 0);
      expect(doc.querySelectorAll('p.chart-link a[href*="/charts/analysis-"]').length, file).toBe(i === 3 ? 4 : 0);
      for (const table of doc.querySelectorAll('table[data-programmes-matrix]')) expect(table.querySelectorAll('thead th').length, file).toBeLessThanOrEqual(PLANS_PER_PAGE + 3);
    }
  });

  it('without JavaScript every plan is reached from the overview: pagers, the list of every page, and the browse pages', () => {
    const plans = readdirSync(join(out, 'plans')).sort();
    const planOf = (href: string | null) => /plans\/([^/#]+)\/$/.exec(href ?? '')?.[1];
    const doc = (rel: string) => parseFile(join(out, rel, 'index.html'));
    // The overview's pager: next page, and the browse pages.
    const home = doc('');
    expect(home.querySelector('nav.plan-pages a[rel="next"]')?.getAttribute('href')).toBe(`${base}page/2/`);
    expect(home.querySelector('nav.plan-pages a[rel="prev"]')).toBeNull();
    expect([...home.querySelectorAll('nav.plan-pages a')].some((a) => a.getAttribute('href') === `${base}browse/`)).toBe(true);
    // Three pages are all linked, so there is no jump form; the list of every page exists all the same.
    expect(home.querySelector('form.plan-pages-jump')).toBeNull();
    const lists: [string, string[]][] = [
      ['page', [base, `${base}page/2/`, `${base}page/3/`]],
      ['analysis/pages', [`${base}analysis/`, `${base}analysis/2/`, `${base}analysis/3/`]],
      ['indicators/pages', [`${base}indicators/`, `${base}indicators/2/`, `${base}indicators/3/`]],
      ...readdirSync(join(out, 'themes')).map((t): [string, string[]] => [`themes/${t}/pages`, [`${base}themes/${t}/`, `${base}themes/${t}/2/`, `${base}themes/${t}/3/`]]),
    ];
    for (const [rel, hrefs] of lists) expect([...doc(rel).querySelectorAll('[data-pages-index] > li > a')].map((a) => a.getAttribute('href')), rel).toEqual(hrefs);
    // /browse/: every plan once under its province and once under its level.
    const browse = doc('browse');
    const facet = (name: string) =>
      [...browse.querySelectorAll(`a[href^="${base}browse/${name}/"]`)].flatMap((a) => {
        const rel = a.getAttribute('href')!.slice(base.length);
        return [...doc(rel).querySelectorAll('ul.browse-plans a')].map((x) => planOf(x.getAttribute('href')));
      });
    expect(facet('province').sort()).toEqual(plans);
    expect(facet('level').sort()).toEqual(plans);
    expect(new Set(facet('year'))).toEqual(new Set(plans));
  });

  it('pages of plans link what would grow with every plan: metric charts, a theme’s metrics table, long columns, the gallery, plan files', () => {
    const doc = (rel: string) => parseFile(join(out, rel, 'index.html'));
    for (const rel of ['indicators', 'indicators/2']) {
      const page = doc(rel);
      expect(page.querySelectorAll('figure.metric-chart').length, rel).toBe(0);
      expect(page.querySelectorAll('p.chart-link a[href*="/charts/metric-"]').length, rel).toBeGreaterThan(0);
    }
    for (const theme of readdirSync(join(out, 'themes'))) {
      const page = doc(`themes/${theme}/2`);
      expect(page.querySelectorAll('table.metric-table').length, theme).toBe(0);
      for (const column of page.querySelectorAll('section.column')) expect(column.querySelectorAll('.paragraph').length, theme).toBeLessThanOrEqual(8);
      for (const more of page.querySelectorAll('[data-more-paragraphs] a')) expect(more.getAttribute('href'), theme).toMatch(new RegExp(`^${base}plans/[^/]+/#p-`));
    }
    const gallery = doc('charts');
    expect(gallery.querySelectorAll('#group-plan-profiles li.card').length).toBe(40);
    expect(gallery.querySelector('#group-plan-profiles [data-gallery-more] a')?.getAttribute('href')).toBe(`${base}browse/`);
    const data = doc('data');
    expect([...data.querySelectorAll('a')].filter((a) => /\/data\/plans\/[^/]+\.json$/.test(a.getAttribute('href') ?? '')).length).toBe(40);
  });

  it('publishes similarity as each plan’s nearest plans, one file per theme, not a matrix', () => {
    const index = JSON.parse(readFileSync(join(out, 'data', 'similarity.json'), 'utf8'));
    expect(index.themes.every((t: { matrix?: unknown }) => t.matrix === undefined)).toBe(true);
    for (const t of index.themes as { theme: string; neighbours: string }[]) {
      const file = JSON.parse(readFileSync(join(out, 'data', t.neighbours), 'utf8'));
      expect(file.theme).toBe(t.theme);
      expect(file.plans.length).toBe(N);
      for (const p of file.plans) expect(p.neighbours.length).toBeLessThanOrEqual(file.k);
    }
  });
});

// The text analysis as built: /analysis/ with its four charts and tables, distinctive terms that
// link to a search for themselves, named programmes on plan pages, passage pairs on theme pages
// whose two links reach both source sentences, and the open data files.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from './support/axe.ts';
import { formatProblems } from './support/browser.ts';
import { parseFile } from './support/html.ts';
import { basePath, DIST } from './support/paths.ts';
import { useSite } from './support/site.ts';

const base = basePath();
const PLANS = ['shaoxing-2020', 'jiaxing-2020', 'hengyang-2021', 'inner-mongolia-2020', 'ninghai-2021'];
const THEMES = JSON.parse(readFileSync(path.join(DIST, 'data/themes.json'), 'utf8')).map((t: { id: string }) => t.id) as string[];

const parsed = new Map<string, Document>();
function page(rel: string): Document {
  const file = path.join(DIST, rel, 'index.html');
  expect(existsSync(file), `${file} was not built`).toBe(true);
  if (!parsed.has(file)) parsed.set(file, parseFile(file));
  return parsed.get(file)!;
}
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, '');

/** Every term link: its href is the search for exactly the term it shows. */
function checkTermLinks(doc: Document, selector: string): string[] {
  const links = [...doc.querySelectorAll(selector)];
  expect(links.length, selector).toBeGreaterThan(0);
  return links.map((a) => {
    const href = a.getAttribute('href')!;
    const url = new URL(href, 'http://site.test');
    expect(url.pathname).toBe(`${base}search/`);
    const shown = (a.firstChild?.textContent ?? '').trim();
    expect(url.searchParams.get('q'), href).toBe(shown);
    // Encoded, not raw: the query survives any server or copy-paste.
    expect(href).not.toMatch(/[\u4e00-\u9fff]/);
    return shown;
  });
}

describe('/analysis/', () => {
  const doc = page('analysis');

  it('shows the four analysis charts, each with its data table', () => {
    for (const id of ['analysis-distinctive-terms', 'analysis-programmes', 'analysis-similarity', 'analysis-commitment']) {
      const figure = doc.querySelector(`#chart-${id}`);
      expect(figure, id).not.toBeNull();
      expect(figure!.querySelector('svg'), `${id} svg`).not.toBeNull();
      expect(figure!.querySelectorAll('table tbody tr').length, `${id} table rows`).toBeGreaterThan(0);
    }
  });

  it('links each distinctive term to a search for it', () => {
    checkTermLinks(doc, '#terms .term-list a');
  });

  it('lists the programmes shared by plans with a count per plan, and the commitment word lists', () => {
    const rows = [...doc.querySelectorAll('[data-programmes-matrix] tbody tr')];
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const row of rows) {
      const cells = [...row.querySelectorAll('td.num')].slice(0, PLANS.length).map((td) => Number(td.textContent) || 0);
      expect(cells.filter((n) => n > 0).length, text(row)).toBeGreaterThanOrEqual(2);
    }
    const names = rows.map((r) => text(r.querySelector('th')));
    for (const name of ['无废城市', '三线一单', '最多跑一次']) expect(names).toContain(name);
    const lexicon = text(doc.querySelector('[data-lexicon]'));
    for (const term of ['确保', '坚决', '严格', '推进', '加强', '探索', '鼓励', '力争']) expect(lexicon).toContain(term);
  });
});

describe('plan pages', () => {
  it('show distinctive terms linking to searches and the named programmes', () => {
    for (const id of PLANS) {
      const doc = page(`plans/${id}`);
      const section = doc.querySelector(`[data-plan-distinctive="${id}"]`);
      expect(section, id).not.toBeNull();
      expect(section!.hasAttribute('hidden')).toBe(false);
      const terms = checkTermLinks(doc, `[data-plan-distinctive="${id}"] [data-terms] a`);
      if (id === 'hengyang-2021') expect(terms.some((t) => t.includes('铊'))).toBe(true);
      if (id === 'jiaxing-2020') expect(terms).toContain('第七诊所');
    }
    const shaoxing = page('plans/shaoxing-2020');
    expect(text(shaoxing.querySelector('[data-programmes]'))).toContain('无废城市');
  });
});

describe('theme pages', () => {
  it('link every passage pair to both source sentences, which are the quoted ones', () => {
    let pairs = 0;
    for (const theme of THEMES) {
      const doc = page(`themes/${theme}`);
      const section = doc.querySelector(`[data-theme-pairs="${theme}"]`);
      expect(section, theme).not.toBeNull();
      for (const pair of section!.querySelectorAll('[data-pair]')) {
        pairs++;
        const sides = [...pair.querySelectorAll('figure')];
        expect(sides.length).toBe(2);
        const plans = sides.map((side) => {
          const link = side.querySelector('a[data-source]')!;
          const m = new RegExp(`^${base}plans/([a-z0-9-]+)/#(p-[0-9-]+-s[0-9]+)$`).exec(link.getAttribute('href')!);
          expect(m, link.getAttribute('href')!).not.toBeNull();
          const target = page(`plans/${m![1]}`).getElementById(m![2]);
          expect(target, `${m![1]}#${m![2]}`).not.toBeNull();
          expect(text(target), `${m![1]}#${m![2]}`).toBe(text(side.querySelector('blockquote')));
          return m![1];
        });
        expect(plans[0]).not.toBe(plans[1]);
      }
    }
    expect(pairs).toBeGreaterThan(THEMES.length);
  });

  it('say what each pair score means, and call none below 0.80 "nearly the same"', () => {
    const bands = [
      { min: 0.8, zh: '几乎相同' },
      { min: 0.6, zh: '相近' },
      { min: 0.4, zh: '有共同说法' },
      { min: 0, zh: '话题相关' },
    ];
    let checked = 0;
    for (const theme of THEMES) {
      const section = page(`themes/${theme}`).querySelector(`[data-theme-pairs="${theme}"]`)!;
      expect(text(section.querySelector('h2')), theme).not.toMatch(/nearly the same/i);
      for (const line of section.querySelectorAll('[data-pair] [data-band]')) {
        const score = Number(/([01]\.[0-9]{2})/.exec(text(line))![1]);
        const band = bands.find((b) => score >= b.min)!;
        expect(line.querySelector('strong')?.textContent, `${theme} ${score}`).toBe(band.zh);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(THEMES.length);
  });
});

describe('open data', () => {
  const read = (f: string) => readFileSync(path.join(DIST, 'data', f), 'utf8');

  it('terms.json, programmes.json, programmes.csv and similarity.json are built and agree', () => {
    const terms = JSON.parse(read('terms.json'));
    expect(terms.plans.map((p: { plan: string }) => p.plan).sort()).toEqual([...PLANS].sort());
    const programmes = JSON.parse(read('programmes.json'));
    const csv = csvParse(read('programmes.csv'));
    expect(csv.length).toBe(programmes.programmes.length);
    for (const plan of PLANS) expect(csv.columns).toContain(plan);
    const row = csv.find((r) => r.key === '三线一单')!;
    const json = programmes.programmes.find((p: { key: string }) => p.key === '三线一单');
    for (const plan of PLANS) expect(Number(row[plan])).toBe(json.counts[plan]);
    const similarity = JSON.parse(read('similarity.json'));
    expect(similarity.themes.map((t: { theme: string }) => t.theme)).toEqual([...THEMES, 'all']);
    // Each plan's nearest plans, one file per theme; five plans: every other plan over the whole text.
    const all = JSON.parse(read(similarity.themes.at(-1).neighbours));
    expect(all.plans.map((p: { plan: string }) => p.plan).sort()).toEqual([...PLANS].sort());
    for (const p of all.plans) expect(p.neighbours.map((x: { plan: string }) => x.plan).sort()).toEqual(PLANS.filter((id) => id !== p.plan).sort());
  });
});

describe('in the browser', () => {
  const site = useSite();

  it('/analysis/ loads cleanly and passes axe-core', async () => {
    const opened = await site.open(('analysis/'));
    try {
      expect(opened.problems, formatProblems(opened.problems)).toEqual([]);
      await expectNoSeriousViolations(opened.page);
    } finally {
      await opened.close();
    }
  });

  it('following both links of a passage pair lands on the two source sentences', async () => {
    const opened = await site.open(('themes/water/'));
    try {
      const { page } = opened;
      for (const index of [0, 1]) {
        await page.goto(site.url('themes/water/'));
        const side = page.locator('[data-pair]').first().locator('figure').nth(index);
        const quote = ((await side.locator('blockquote').textContent()) ?? '').replace(/\s+/g, '');
        await side.locator('a[data-source]').click();
        await page.waitForLoadState('load');
        const target = await page.evaluate(() => {
          const el = document.querySelector(':target');
          return el ? { id: el.id, text: (el.textContent ?? '').replace(/\s+/g, '') } : null;
        });
        expect(target, `side ${index}: no :target after following the link`).not.toBeNull();
        expect(target!.id).toMatch(/^p-[0-9-]+-s[0-9]+$/);
        expect(target!.text).toBe(quote);
      }
      // Leaving a page cancels what it was still loading (net::ERR_ABORTED): not a fault of the page.
      const problems = opened.problems.filter((p) => !(p.kind === 'request-failed' && p.text.includes('ERR_ABORTED')));
      expect(problems, formatProblems(problems)).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

// Charts as citable objects, on the built site: every registered chart has its page, embed page,
// SVG/PNG/CSV downloads and both citations; the gallery lists them; charts show without
// JavaScript; an embed in an iframe on another origin ends up as tall as the chart; the PNG is a
// valid PNG at twice the chart's size that looks like the chart; browse pages ship little JS.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadAtlas, loadMetrics } from '../../scripts/load-content.ts';
import { buildIndicatorSet } from '../../src/lib/indicators/indicator-set.ts';
import { chartRegistry } from '../../src/lib/charts/registry.ts';
import { toCsv } from '../../src/lib/csv.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { formatProblems } from './support/browser.ts';
import { parseFile } from './support/html.ts';
import { basePath, DIST } from './support/paths.ts';
import { hostPage } from './support/host-page.ts';
import { useSite } from './support/site.ts';

const atlas = loadAtlas();
/** Every chart the site registers, the metric dot plots included. */
const charts = chartRegistry(atlas, buildIndicatorSet(atlas, loadMetrics()));
/** Where the build says the site lives: snippets and citations must use it. */
const SITE_BASE = new URL(basePath(), process.env.SITE_URL ?? 'https://eco-plan-atlas.example.org').href;
const distFile = (rel: string) => path.join(DIST, rel);

const site = useSite();

/** A textarea's text as a browser shows it (linkedom leaves its character references undecoded). */
function decodeText(raw: string): string {
  return raw.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
}


describe('every chart, as built', () => {
  it('the registry has charts', () => {
    expect(charts.length).toBeGreaterThan(0);
  });

  it.each(charts.map((c) => [c.id, c] as const))('%s: chart page, embed page, SVG, CSV and both citations', (id, def) => {
    const page = distFile(`charts/${id}/index.html`);
    const embed = distFile(`embed/${id}/index.html`);
    const svg = distFile(`data/charts/${id}.svg`);
    const csv = distFile(`data/charts/${id}.csv`);
    for (const f of [page, embed, svg, csv]) expect(existsSync(f), `${path.relative(DIST, f)} is missing`).toBe(true);

    const doc = parseFile(page);
    const absolutePage = new URL(`charts/${id}/`, SITE_BASE).href;
    expect(doc.querySelector('h1')?.textContent).toContain(def.titleZh);
    expect(doc.querySelector('svg.chart-main'), 'no inline chart').not.toBeNull();
    // The table holds exactly the rows drawn.
    expect(doc.querySelectorAll('.data-table tbody tr').length).toBe(def.rows.length);
    // Embed panel: iframe, picture and link, all absolute under the configured site URL.
    const snippets = [...doc.querySelectorAll('.snippet textarea, .snippet input')].map((e) => decodeText(e.textContent || e.getAttribute('value') || ''));
    expect(snippets[0]).toContain(`<iframe src="${new URL(`embed/${id}/`, SITE_BASE).href}"`);
    expect(snippets[0]).toContain(`<script async src="${new URL('embed.js', SITE_BASE).href}"></script>`);
    expect(snippets[1]).toContain(`<img src="${new URL(`data/charts/${id}.svg`, SITE_BASE).href}"`);
    expect(snippets[2]).toBe(absolutePage);
    // Citations: URL, title and every source plan's title in both styles.
    for (const style of ['apa', 'gbt7714']) {
      const text = doc.getElementById(`cite-${style}-${id}`)?.textContent ?? '';
      expect(text, `${style} citation`).toContain(absolutePage);
      expect(text).toContain(def.titleZh);
      for (const s of def.sources) expect(text).toContain(atlas.plans.find((p) => p.plan.meta.id === s)!.plan.meta.title);
      expect(doc.querySelector(`#cite-${style}-${id} time[data-access-style="${style}"]`), `${style}: access date`).not.toBeNull();
    }
    expect(doc.querySelector(`button[data-png-src$="/data/charts/${id}.svg"]`), 'PNG button').not.toBeNull();

    // Embed page: the chart, its title and a source line back to the chart page; no site chrome.
    const e = parseFile(embed);
    expect(e.querySelector('[data-embed-chart] svg.chart-main')).not.toBeNull();
    expect(e.querySelector('h1')?.textContent).toContain(def.titleZh);
    expect(e.querySelector(`.embed-source a[href="${absolutePage}"]`)).not.toBeNull();
    expect(e.querySelector('header, nav')).toBeNull();

    // Downloads: a standalone SVG and a CSV equal to the rows the registry computes from the content.
    const svgText = readFileSync(svg, 'utf8');
    expect(svgText).toMatch(/^<\?xml[^>]*>\n<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svgText).toContain(absolutePage);
    expect(readFileSync(csv, 'utf8')).toBe(toCsv(def.rows, def.columns.map((c) => c.key), { bom: true }));
  });

  it('the gallery links every chart page', () => {
    const gallery = parseFile(distFile('charts/index.html'));
    const hrefs = new Set([...gallery.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')));
    for (const c of charts) expect(hrefs.has(`${basePath()}charts/${c.id}/`), `gallery lacks ${c.id}`).toBe(true);
  });
});

describe('without JavaScript', () => {
  it('every chart page and embed page shows its chart (inline SVG); chart pages show the table too', async () => {
    const opened = await site.open(null, { javaScriptEnabled: false });
    try {
      const problems: string[] = [];
      for (const c of charts) {
        for (const p of [`charts/${c.id}/`, `embed/${c.id}/`]) {
          await opened.page.goto(site.url(p));
          const box = await opened.page.locator('svg.chart-main').first().boundingBox();
          if (!box || box.width < 100 || box.height < 50) problems.push(`${p}: chart not visible (${JSON.stringify(box)})`);
          if (p.startsWith('charts/') && !(await opened.page.locator('.data-table tbody tr').first().isVisible())) problems.push(`${p}: no visible table`);
          // Buttons that need a script stay out of the way.
          if (await opened.page.locator('button[data-png-src]:visible, button[data-copy-target]:visible').count()) problems.push(`${p}: a script-only button is visible`);
        }
      }
      expect(problems, problems.join('\n')).toEqual([]);
    } finally {
      await opened.close();
    }
    // Two pages for every chart, one after the other: 34 s on a quiet 2-core machine, past 60 s when it is shared.
  }, 180_000);
});

/** Heights (CSS px) of each embed iframe and of the embed inside it. */
async function frameHeights(page: Page): Promise<{ iframe: number; content: number; chartBottom: number; layout: string; scrolls: boolean }[]> {
  const out = [];
  for (const handle of await page.$$('iframe[data-eco-plan-atlas-embed]')) {
    const iframe = (await handle.boundingBox())?.height ?? 0;
    const frame = await handle.contentFrame();
    if (!frame) throw new Error('iframe without a frame');
    const inner = await frame.evaluate(() => {
      const root = document.querySelector('[data-embed-chart]')!;
      // The layout on show (a responsive chart carries a wide and a narrow one).
      const chart = [...document.querySelectorAll('svg.chart-main')].find((s) => s.getBoundingClientRect().height > 0)!;
      return {
        content: root.getBoundingClientRect().height,
        chartBottom: chart.getBoundingClientRect().bottom,
        layout: chart.closest('.chart-narrow') ? 'narrow' : 'wide',
        scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight + 1,
      };
    });
    out.push({ iframe, ...inner });
  }
  return out;
}

describe('embed in an iframe on another site', () => {
  it.each(['plan-theme-heatmap', 'theme-across-plans-water'])('%s: the iframe ends up as tall as the chart, at any width', async (id) => {
    // The snippet exactly as the chart page offers it, pointed at the test server instead of the public URL.
    const chartPage = parseFile(distFile(`charts/${id}/index.html`));
    const snippet = decodeText(chartPage.getElementById(`embed-iframe-${id}`)?.textContent ?? '').replaceAll(SITE_BASE, site.server.baseUrl);
    expect(snippet).toContain(site.server.baseUrl);
    const host = await hostPage(
      `<!doctype html><html><head><meta charset="utf-8"><title>Embedder</title></head><body>` +
        `<div id="wide" style="width:900px">${snippet}</div><div id="narrow" style="width:380px">${snippet}</div></body></html>`,
    );
    const opened = await site.open(host.url, { viewport: { width: 1000, height: 2000 } });
    try {
      const settled = async () => {
        await expect
          .poll(async () => (await frameHeights(opened.page)).every((f) => Math.abs(f.iframe - Math.ceil(f.content)) <= 1), { timeout: 10_000 })
          .toBe(true);
        return frameHeights(opened.page);
      };
      const [wide, narrow] = await settled();
      for (const f of [wide, narrow]) {
        expect(f.chartBottom, 'the chart is cut off').toBeLessThanOrEqual(f.iframe);
        expect(f.scrolls, 'the embed scrolls inside its iframe').toBe(false);
      }
      // A narrow column gets the narrow layout; each iframe took the height of what it shows.
      expect([wide.layout, narrow.layout]).toEqual(['wide', 'narrow']);
      // Resize the embedder's column: the chart scales down and the iframe follows it.
      await opened.page.evaluate(() => (document.getElementById('wide')!.style.width = '620px'));
      const [resized] = await settled();
      expect(resized.layout).toBe('wide');
      expect(resized.iframe).toBeLessThan(wide.iframe - 30);
      expect(opened.problems, formatProblems(opened.problems)).toEqual([]);
    } finally {
      await opened.close();
      await host.close();
    }
  });
});

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!png.subarray(0, 8).equals(signature)) throw new Error('not a PNG: bad signature');
  if (png.subarray(12, 16).toString('latin1') !== 'IHDR') throw new Error('not a PNG: no IHDR chunk first');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * Compare two PNGs (decoded by the browser) over a rectangle, in 4×4-pixel blocks so that
 * anti-aliasing noise at glyph edges averages out while a missing or different glyph does not.
 * Returns the share of blocks whose mean colour differs clearly, and the share of dark ("ink")
 * pixels of the first picture in the rectangle.
 */
async function regionDiff(b: Browser, a: Buffer, c: Buffer, rect: { x: number; y: number; width: number; height: number }): Promise<{ fraction: number; ink: number }> {
  const ctx = await b.newContext();
  try {
    const page = await ctx.newPage();
    return await page.evaluate(
      async ([a64, c64, r]) => {
        const pixels = async (b64: string) => {
          const img = new Image();
          img.src = `data:image/png;base64,${b64}`;
          await img.decode();
          const canvas = document.createElement('canvas');
          canvas.width = img.naturalWidth;
          canvas.height = img.naturalHeight;
          const g = canvas.getContext('2d')!;
          g.drawImage(img, 0, 0);
          return g.getImageData(r.x, r.y, r.width, r.height).data;
        };
        const [x, y] = [await pixels(a64), await pixels(c64)];
        const B = 4;
        let blocks = 0;
        let differing = 0;
        let ink = 0;
        for (let i = 0; i < x.length; i += 4) if (x[i] + x[i + 1] + x[i + 2] < 300) ink++;
        for (let by = 0; by + B <= r.height; by += B) {
          for (let bx = 0; bx + B <= r.width; bx += B) {
            let d = 0;
            for (let ch = 0; ch < 3; ch++) {
              let sx = 0;
              let sy = 0;
              for (let j = 0; j < B; j++) for (let k = 0; k < B; k++) {
                const at = ((by + j) * r.width + bx + k) * 4 + ch;
                sx += x[at];
                sy += y[at];
              }
              d += Math.abs(sx - sy) / (B * B);
            }
            blocks++;
            if (d > 150) differing++;
          }
        }
        return { fraction: differing / blocks, ink: ink / (x.length / 4) };
      },
      [a.toString('base64'), c.toString('base64'), rect] as [string, string, typeof rect],
    );
  } finally {
    await ctx.close();
  }
}

describe('PNG download', () => {
  it.each(['plan-theme-heatmap', 'plan-profile-ninghai-2021'])('%s: a valid PNG at 2× the chart, looking like the chart (Chinese included)', async (id) => {
    const svgText = readFileSync(distFile(`data/charts/${id}.svg`), 'utf8');
    const width = Number(/<svg[^>]*\swidth="(\d+(?:\.\d+)?)"/.exec(svgText)![1]);
    const height = Number(/<svg[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(svgText)![1]);
    const opened = await site.open((`charts/${id}/`), { acceptDownloads: true });
    try {
      const button = opened.page.locator('button[data-png-src]');
      await expect.poll(() => button.isVisible()).toBe(true);
      const [download] = await Promise.all([opened.page.waitForEvent('download'), button.click()]);
      expect(download.suggestedFilename()).toBe(`${id}.png`);
      const png = readFileSync((await download.path())!);
      expect(pngSize(png)).toEqual({ width: width * 2, height: height * 2 });
      expect(opened.problems, formatProblems(opened.problems)).toEqual([]);

      // The browser's own drawing of the same SVG at 2×: the PNG must match it, text and all.
      const ref = await site.browser.newContext({ deviceScaleFactor: 2, viewport: { width: width + 20, height: height + 20 } });
      try {
        const p = await ref.newPage();
        await p.goto(site.url(`data/charts/${id}.svg`));
        const cjk = await p.evaluate(() => document.fonts.check('16px "Noto Sans CJK SC"', '各地'));
        expect(cjk, 'no CJK font installed: Chinese would render as boxes (apt-get install fonts-noto-cjk)').toBe(true);
        const shot = await p.screenshot({ clip: { x: 0, y: 0, width, height } });
        const whole = await regionDiff(site.browser, png, shot, { x: 0, y: 0, width: width * 2, height: height * 2 });
        // The title, 中文 in 18px bold at the top left: where missing glyphs would show first.
        const title = await regionDiff(site.browser, png, shot, { x: 32, y: 28, width: 400, height: 44 });
        console.log(`${id}: PNG ${width * 2}×${height * 2}; 4×4 blocks differing from the browser's own rendering: ${(whole.fraction * 100).toFixed(2)}% overall, ${(title.fraction * 100).toFixed(2)}% in the title; title ink ${(title.ink * 100).toFixed(1)}%`);
        expect(whole.fraction).toBeLessThan(0.01);
        expect(title.ink, 'the title area of the PNG is blank').toBeGreaterThan(0.05);
        // Same glyphs in another CJK face (Noto Serif) differ in ~25% of these blocks; boxes would differ more.
        expect(title.fraction).toBeLessThan(0.05);
      } finally {
        await ref.close();
      }
    } finally {
      await opened.close();
    }
  });
});

describe('copy buttons and citations', () => {
  it("copy the citation with the reader's date of access", async () => {
    const id = 'plan-theme-heatmap';
    const opened = await site.open((`charts/${id}/`));
    try {
      await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
      await expect.poll(() => opened.page.locator(`#cite-gbt7714-${id} time`).getAttribute('datetime')).toBe(today);
      await opened.page.locator(`button[data-copy-target="cite-gbt7714-${id}"]`).click();
      const copied = await opened.page.evaluate(() => navigator.clipboard.readText());
      // The citation names the origin the page is served from (the static HTML keeps SITE_URL's).
      expect(copied).toContain(`[${today}]. ${site.server.url(`charts/${id}/`)}.`);
      expect(copied).not.toMatch(/\s{2,}/);
      await opened.page.locator(`button[data-copy-target="embed-iframe-${id}"]`).click();
      expect(await opened.page.evaluate(() => navigator.clipboard.readText())).toMatch(/^<iframe src=".*<\/script>$/s);
      await expect.poll(() => opened.page.locator('.copy-status').filter({ hasText: 'Copied' }).count()).toBeGreaterThan(0);
    } finally {
      await opened.close();
    }
  });
});

describe('accessibility', () => {
  const pages = ['charts/', ...charts.flatMap((c) => [`charts/${c.id}/`, `embed/${c.id}/`])];
  it.each(pages.map((p) => [p] as const))('axe-core: no serious violation on /%s, and nothing fails to load', async (p) => {
    const opened = await site.open((p));
    try {
      await expectNoSeriousViolations(opened.page, 3);
      expect(opened.problems, formatProblems(opened.problems)).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('JavaScript weight', () => {
  /**
   * gzip bytes of every script a page runs: inline module scripts (Astro inlines small ones) and
   * every script file it fetches, each gzipped on its own (level 9).
   */
  async function scriptBytes(urlPath: string): Promise<{ files: number; raw: number; gzip: number }> {
    const opened = await site.open(null);
    // Each body is read as its response arrives, its failure kept as a value: a script that
    // arrives while the page closes must fail this measure by name, not as a stray rejection.
    const bodies: Promise<Buffer | Error>[] = [];
    const onResponse = (r: Response): void => {
      if (r.request().resourceType() === 'script') bodies.push(r.body().catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))));
    };
    opened.page.on('response', onResponse);
    try {
      await opened.page.goto(site.url(urlPath), { waitUntil: 'networkidle' });
      const inline = await opened.page.evaluate(() => [...document.scripts].filter((s) => !s.src).map((s) => s.textContent ?? ''));
      // A script imported late (idle callbacks, on a loaded machine after the first quiet
      // moment) still counts: wait until a quiet network brings no new one.
      let counted = -1;
      while (counted !== bodies.length) {
        counted = bodies.length;
        await Promise.all(bodies);
        await opened.page.waitForLoadState('networkidle');
      }
      opened.page.off('response', onResponse);
      const read = await Promise.all(bodies);
      const unread = read.filter((b): b is Error => b instanceof Error);
      expect(unread.map((e) => e.message), `/${urlPath}: script bodies not read`).toEqual([]);
      const all = [...inline.map((t) => Buffer.from(t, 'utf8')), ...(read as Buffer[])];
      return { files: all.length, raw: all.reduce((n, b) => n + b.length, 0), gzip: all.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) };
    } finally {
      opened.page.off('response', onResponse);
      await opened.close();
    }
  }

  it('chart pages, embed pages and the gallery each ship at most 40 KB of gzipped JS (figures printed)', async () => {
    const pages = ['charts/', 'charts/plan-theme-heatmap/', 'embed/plan-theme-heatmap/', '', 'compare/'];
    const rows: string[] = [];
    for (const p of pages) {
      const { files, raw, gzip } = await scriptBytes(p);
      rows.push(`  /${p.padEnd(30)} ${String(files).padStart(2)} script(s)  ${(raw / 1024).toFixed(1).padStart(6)} KB raw  ${(gzip / 1024).toFixed(1).padStart(6)} KB gzip`);
      expect(gzip, `/${p}: ${gzip} bytes of gzipped JS`).toBeLessThanOrEqual(40 * 1024);
    }
    console.log(`JS shipped per page:\n${rows.join('\n')}`);
  });
});

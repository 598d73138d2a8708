// Links that work wherever the site is served: the built site (SITE_URL unset or set elsewhere)
// served on a local port gives embed snippets, the chart link and both citations on that port;
// the iframe snippet pasted into a page on ANOTHER origin (a second local port) renders the chart
// at its height; the embed page's own links and the PNG/SVG downloads name the served origin; and
// without JavaScript the page still carries SITE_URL's address as the fallback.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatProblems } from './support/browser.ts';
import { basePath } from './support/paths.ts';
import { hostPage } from './support/host-page.ts';
import { useSite } from './support/site.ts';

const site = useSite();
/** Where the build says the site lives (the no-JavaScript fallback). */
const CONFIGURED = new URL(basePath(), process.env.SITE_URL ?? 'https://eco-plan-atlas.example.org').href;
const IDS = ['metric-good-air-days', 'plan-theme-heatmap'];


/** What the chart page offers to copy, as the reader sees it after the scripts ran. */
async function offered(page: Page, id: string) {
  return page.evaluate((chart) => {
    const value = (sel: string) => (document.querySelector(sel) as HTMLTextAreaElement | HTMLInputElement).value;
    return {
      iframe: value(`#embed-iframe-${chart}`),
      img: value(`#embed-img-${chart}`),
      link: value(`#embed-link-${chart}`),
      apa: document.getElementById(`cite-apa-${chart}`)!.textContent ?? '',
      gbt: document.getElementById(`cite-gbt7714-${chart}`)!.textContent ?? '',
    };
  }, id);
}

describe('snippets and citations use the origin the page is served from', () => {
  it.each(IDS)('%s', async (id) => {
    const served = site.server.baseUrl;
    expect(served).not.toBe(CONFIGURED);
    const opened = await site.open(`charts/${id}/`);
    try {
      await expect.poll(async () => (await offered(opened.page, id)).link).toBe(`${served}charts/${id}/`);
      const o = await offered(opened.page, id);
      expect(o.iframe).toContain(`<iframe src="${served}embed/${id}/"`);
      expect(o.iframe).toContain(`<script async src="${served}embed.js"></script>`);
      expect(o.img).toContain(`src="${served}data/charts/${id}.svg"`);
      expect(o.img).toContain(`href="${served}charts/${id}/"`);
      for (const c of [o.apa, o.gbt]) expect(c).toContain(`${served}charts/${id}/`);
      for (const text of Object.values(o)) expect(text).not.toContain(CONFIGURED);
      // Every address offered opens.
      for (const url of [`${served}embed/${id}/`, `${served}embed.js`, `${served}data/charts/${id}.svg`, `${served}charts/${id}/`]) {
        expect((await fetch(url)).status, url).toBe(200);
      }
      expect(opened.problems, formatProblems(opened.problems)).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('without JavaScript the page carries the configured address', async () => {
    const opened = await site.open(`charts/${IDS[0]}/`, { javaScriptEnabled: false });
    try {
      expect(await opened.page.locator(`#embed-link-${IDS[0]}`).inputValue()).toBe(`${CONFIGURED}charts/${IDS[0]}/`);
    } finally {
      await opened.close();
    }
  });

  it('the SVG download names the served origin in its footer', async () => {
    const id = IDS[0];
    const opened = await site.open(`charts/${id}/`, { acceptDownloads: true });
    try {
      await expect.poll(async () => (await offered(opened.page, id)).link).toBe(`${site.server.baseUrl}charts/${id}/`);
      const [download] = await Promise.all([opened.page.waitForEvent('download'), opened.page.locator('a[data-svg-download]').click()]);
      const path = await download.path();
      const { readFileSync } = await import('node:fs');
      const svg = readFileSync(path!, 'utf8');
      expect(svg).toContain(`${site.server.baseUrl}charts/${id}/`);
      expect(svg).not.toContain(CONFIGURED);
      expect(svg).toContain('◇ 目标 Target');
    } finally {
      await opened.close();
    }
  });
});

describe('the snippet pasted into a page on another origin', () => {
  it.each(IDS)('%s: renders, at the height of the chart, with links back to the served site', async (id) => {
    const chartPage = await site.open(`charts/${id}/`);
    let snippet: string;
    try {
      await expect.poll(async () => (await offered(chartPage.page, id)).link).toBe(`${site.server.baseUrl}charts/${id}/`);
      snippet = (await offered(chartPage.page, id)).iframe;
    } finally {
      await chartPage.close();
    }
    const host = await hostPage(`<!doctype html><html><head><meta charset="utf-8"><title>Embedder</title></head><body><div style="width:760px">${snippet}</div></body></html>`);
    expect(new URL(host.url).origin).not.toBe(site.server.origin);
    const opened = await site.open(host.url, { viewport: { width: 1000, height: 1500 } });
    try {
      const measure = async () => {
        const handle = await opened.page.$('iframe[data-eco-plan-atlas-embed]');
        const frame = await handle!.contentFrame();
        const inner = await frame!.evaluate(() => {
          const root = document.querySelector('[data-embed-chart]')!;
          const chart = [...document.querySelectorAll('svg.chart-main')].find((s) => s.getBoundingClientRect().height > 0)!;
          const links = [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '').filter((h) => /^https?:/.test(h));
          return { content: root.getBoundingClientRect().height, chartBottom: chart.getBoundingClientRect().bottom, chartHeight: chart.getBoundingClientRect().height, links, text: root.textContent ?? '' };
        });
        return { iframe: (await handle!.boundingBox())?.height ?? 0, ...inner };
      };
      await expect.poll(async () => {
        const m = await measure();
        return m.chartHeight > 100 && Math.abs(m.iframe - Math.ceil(m.content)) <= 1;
      }, { timeout: 10_000 }).toBe(true);
      const m = await measure();
      expect(m.chartBottom, 'the chart is cut off').toBeLessThanOrEqual(m.iframe);
      // The embed's links (source line, marks) lead to the served site, not the placeholder.
      expect(m.links.length).toBeGreaterThan(0);
      for (const href of m.links) expect(href.startsWith(site.server.baseUrl), href).toBe(true);
      expect(opened.problems, formatProblems(opened.problems)).toEqual([]);
    } finally {
      await opened.close();
      await host.close();
    }
  });
});

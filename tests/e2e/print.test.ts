// Print as a report: every page type printed to PDF by Chromium (A4) leaves out the site chrome,
// prints folded data tables open, fits every table and chart within the page's width (the plan
// column of the targets table included), keeps chart titles with their charts, prints addresses
// after links that leave the site, and a theme page of the five plans prints in a few pages.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { representativePages } from './support/pages.ts';
import { useSite } from './support/site.ts';

const site = useSite();

/** A4 less the stylesheet's @page margins (12 mm each side), in CSS px at 96 per inch. */
const PRINT_WIDTH = Math.floor(((210 - 24) / 25.4) * 96);
/** Pages of a PDF, counted from its page objects. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

async function printed(page: Page): Promise<number> {
  return pageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false }));
}

/** What the page looks like laid out for print at the page's width. */
async function printLayout(page: Page) {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: PRINT_WIDTH, height: 1100 });
  return page.evaluate(() => {
    const W = document.documentElement.clientWidth;
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('class') ? `.${el.getAttribute('class')!.split(' ')[0]}` : ''}`;
    const tooWide = [...document.querySelectorAll('main table, main svg.chart-main, main img, main pre, main figure, main .table-wrap')]
      .filter((el) => shown(el) && (el.getBoundingClientRect().right > W + 1 || el.getBoundingClientRect().left < -1))
      .map((el) => `${name(el)} spans ${Math.round(el.getBoundingClientRect().left)}–${Math.round(el.getBoundingClientRect().right)} px of ${W}`);
    // Scroll boxes would cut a table on paper.
    const scrolled = [...document.querySelectorAll('main *')].filter((el) => el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll', 'hidden'].includes(getComputedStyle(el).overflowX) && shown(el)).map(name);
    const chrome = [...document.querySelectorAll('.site-header, .site-footer, .site-search, .site-nav, [data-search-box], button')].filter(shown).map(name);
    const hiddenTables = [...document.querySelectorAll('main table')].filter((t) => !shown(t)).map(name);
    const external = [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="http"]')].filter((a) => shown(a) && !a.querySelector('svg, img') && !a.closest('svg'));
    const unaddressed = external.filter((a) => !getComputedStyle(a, '::after').content.includes(a.getAttribute('href')!)).map((a) => a.getAttribute('href'));
    const figures = [...document.querySelectorAll('figure.chart-figure')].filter((f) => getComputedStyle(f).breakInside !== 'avoid').map(name);
    return { tooWide, scrolled, chrome, hiddenTables, unaddressed, figures, tables: document.querySelectorAll('main table').length };
  });
}

describe('every page type prints as a report', () => {
  const pages = representativePages().filter((p) => p.type !== '404');
  it('has page types to print', () => {
    expect(pages.length).toBeGreaterThan(8);
  });

  it.each(pages.map((p) => [p.type, p.path] as const))('%s (%s): no chrome, tables open and within the page, charts whole, addresses printed', async (_type, path) => {
    const opened = await site.open(path);
    try {
      const count = await printed(opened.page);
      expect(count).toBeGreaterThan(0);
      const layout = await printLayout(opened.page);
      expect(layout.chrome, 'site chrome prints').toEqual([]);
      expect(layout.tooWide, 'wider than the printed page').toEqual([]);
      expect(layout.scrolled, 'a scroll box cuts its content on paper').toEqual([]);
      expect(layout.hiddenTables, 'a data table prints folded').toEqual([]);
      expect(layout.unaddressed, 'a link leaves the site without its address on paper').toEqual([]);
      expect(layout.figures, 'a chart may be split from its title').toEqual([]);
      console.log(`${path || '/'}: ${count} A4 pages, ${layout.tables} tables`);
    } finally {
      await opened.close();
    }
  });
});

describe('the pages the report writer prints', () => {
  it('a theme page of the five plans prints in a few pages (it printed as 19–23)', async () => {
    const opened = await site.open('themes/water/');
    try {
      const count = await printed(opened.page);
      console.log(`themes/water/: ${count} A4 pages`);
      expect(count).toBeLessThanOrEqual(12);
    } finally {
      await opened.close();
    }
  });

  it('the chart gallery prints as a contact sheet, every chart with its title (it printed as 83 pages)', async () => {
    const opened = await site.open('charts/');
    try {
      const count = await printed(opened.page);
      console.log(`charts/: ${count} A4 pages`);
      expect(count).toBeLessThanOrEqual(12);
      await printLayout(opened.page);
      const cards = await opened.page.evaluate(() =>
        [...document.querySelectorAll('.chart-gallery .card')].map((card) => ({
          title: card.querySelector('.chart-thumb-title')?.getBoundingClientRect().height ?? 0,
          image: card.querySelector('img')?.getBoundingClientRect().width ?? 0,
        })),
      );
      expect(cards.length).toBeGreaterThan(20);
      for (const card of cards) {
        expect(card.title).toBeGreaterThan(0);
        expect(card.image).toBeGreaterThan(100);
      }
    } finally {
      await opened.close();
    }
  });

  it('the targets table keeps its right-hand plan column on A4', async () => {
    const opened = await site.open('indicators/');
    try {
      await printLayout(opened.page);
      const cut = await opened.page.evaluate(() => {
        const W = document.documentElement.clientWidth;
        return [...document.querySelectorAll('main table')].flatMap((t) => {
          const row = t.querySelector('thead tr') ?? t.querySelector('tr');
          const last = row?.lastElementChild;
          if (!last) return [];
          const r = last.getBoundingClientRect();
          return r.right > W + 1 || r.width < 20 ? [`${t.querySelector('caption')?.textContent?.slice(0, 40) ?? 'table'}: last column ${Math.round(r.left)}–${Math.round(r.right)} of ${W}`] : [];
        });
      });
      expect(cut).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

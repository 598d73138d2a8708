// What a chart page offers besides the chart: embed snippets, the loader they rely on, the
// view model with sources and citations, gallery groups, and readable, ordered colours.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadAtlas, loadMetrics, ROOT } from '../../scripts/load-content.ts';
import { buildIndicatorSet } from '../../src/lib/indicators/indicator-set.ts';
import { chartPageView, footerLines, type ChartSite } from '../../src/lib/charts/chart-page.ts';
import { groupCharts, OTHER_GROUP } from '../../src/lib/charts/chart-groups.ts';
import { EMBED_ATTRIBUTE, EMBED_HEIGHT_MESSAGE, EMBED_HEIGHT_REQUEST, escapeAttribute, iframeSnippet, imgSnippet, type EmbedSnippetInput } from '../../src/lib/charts/embed-snippets.ts';
import { HEATMAP_COLOURS } from '../../src/lib/charts/plan-theme-heatmap.ts';
import { BAR_FILL } from '../../src/lib/charts/kit/palette.ts';
import { shortPlaceZh, wrapWords } from '../../src/lib/charts/kit/labels.ts';
import { chartRegistry } from '../../src/lib/charts/registry.ts';
import { contrastRatio, relativeLuminance, textColourOn } from '../../src/lib/charts/kit/text-contrast.ts';
import { siteUrls } from '../../src/lib/urls.ts';

const atlas = loadAtlas();
const indicators = buildIndicatorSet(atlas, loadMetrics());
/** Every chart the site registers, the metric dot plots included. */
const charts = chartRegistry(atlas, indicators);
const body = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;

const snippet: EmbedSnippetInput = {
  chartId: 'plan-theme-heatmap',
  titleZh: '“各地”<计划> & 主题',
  titleEn: 'Themes "across" plans',
  embedUrl: 'https://example.org/atlas/embed/plan-theme-heatmap/',
  chartUrl: 'https://example.org/atlas/charts/plan-theme-heatmap/',
  svgUrl: 'https://example.org/atlas/data/charts/plan-theme-heatmap.svg',
  loaderUrl: 'https://example.org/atlas/embed.js',
  iframeHeight: 612.4,
  svgWidth: 792,
  svgHeight: 667,
  alt: 'A "quoted" <alt> & more',
};

describe('iframe snippet', () => {
  const d = body(iframeSnippet(snippet));
  const iframe = d.querySelector('iframe')!;
  it('points at the embed page, fills the width, starts at the given height and is marked for the loader', () => {
    expect(iframe.getAttribute('src')).toBe(snippet.embedUrl);
    expect(iframe.getAttribute('width')).toBe('100%');
    expect(iframe.getAttribute('height')).toBe('613');
    expect(iframe.getAttribute(EMBED_ATTRIBUTE)).toBe('plan-theme-heatmap');
    expect(iframe.getAttribute('loading')).toBe('lazy');
  });
  it('has a title (accessible name) that survives quotes and angle brackets', () => {
    expect(iframe.getAttribute('title')).toBe(`${snippet.titleZh} ${snippet.titleEn}`);
  });
  it('loads the loader script', () => {
    expect(d.querySelector('script[async]')?.getAttribute('src')).toBe(snippet.loaderUrl);
  });
});

describe('picture snippet', () => {
  const d = body(imgSnippet(snippet));
  it('shows the static SVG at its size, scaled down to fit, linked to the chart page', () => {
    const img = d.querySelector('a > img')!;
    expect(d.querySelector('a')?.getAttribute('href')).toBe(snippet.chartUrl);
    expect(img.getAttribute('src')).toBe(snippet.svgUrl);
    expect(img.getAttribute('alt')).toBe(snippet.alt);
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['792', '667']);
  });
  it('escapes attribute text', () => {
    expect(escapeAttribute('a"b<c>&d')).toBe('a&quot;b&lt;c&gt;&amp;d');
  });
});

describe('embed loader (public/embed.js)', () => {
  const loader = readFileSync(join(ROOT, 'public/embed.js'), 'utf8');
  it('speaks the same messages and attribute as the embed page and the snippet', () => {
    expect(loader).toContain(`'${EMBED_HEIGHT_MESSAGE}'`);
    expect(loader).toContain(`'${EMBED_HEIGHT_REQUEST}'`);
    expect(loader).toContain(`'${EMBED_ATTRIBUTE}'`);
  });
  it('checks where a message comes from before resizing', () => {
    expect(loader).toMatch(/contentWindow !== event\.source/);
    expect(loader).toMatch(/originOf\(frame\) !== event\.origin/);
  });
});

describe('chart page view', () => {
  const urls = siteUrls('/atlas/');
  const site: ChartSite = {
    nameZh: '生态环境工作计划对照',
    nameEn: 'Eco Plan Atlas',
    absolute: (path) => new URL(path, 'https://example.org').href,
    chart: urls.chart,
    embed: urls.embed,
    data: urls.data,
    plan: (id) => urls.plan(id),
    loader: '/atlas/embed.js',
  };
  const size = { svgWidth: 792, svgHeight: 667, embedHeight: 600 };

  it.each(charts.map((c) => [c.id, c] as const))('%s: absolute links under the base path, sources from the plans, both citations', (id, def) => {
    const view = chartPageView(def, atlas, site, size, '2025-06-05');
    expect(view.links).toEqual({
      page: `/atlas/charts/${id}/`,
      embed: `/atlas/embed/${id}/`,
      svg: `/atlas/data/charts/${id}.svg`,
      csv: `/atlas/data/charts/${id}.csv`,
      pngName: `${id}.png`,
    });
    expect(view.absolute.page).toBe(`https://example.org/atlas/charts/${id}/`);
    expect(view.sources.map((s) => s.id)).toEqual(def.sources);
    for (const s of view.sources) {
      const meta = atlas.plans.find((p) => p.plan.meta.id === s.id)!.plan.meta;
      expect([s.issuer, s.title, s.published]).toEqual([meta.issuer, meta.title, meta.published]);
    }
    for (const c of [view.citations.apa, view.citations.gbt7714]) {
      expect(c.text).toContain(view.absolute.page);
      expect(c.text).toContain(def.titleZh);
      for (const s of view.sources) expect(c.text).toContain(s.title);
    }
    expect(view.snippets.link).toBe(view.absolute.page);
    expect(view.snippets.iframe).toContain(`src="https://example.org/atlas/embed/${id}/"`);
    expect(view.snippets.iframe).toContain('src="https://example.org/atlas/embed.js"');
    expect(view.snippets.img).toContain(`src="https://example.org/atlas/data/charts/${id}.svg"`);
  });

  it('fails with the chart and the unknown plan id', () => {
    const def = { ...charts[0], sources: ['atlantis-2030'] };
    expect(() => chartPageView(def, atlas, site, size, '2025-06-05')).toThrow(/chart "plan-theme-heatmap": source "atlantis-2030" is not the id of a plan/);
  });

  it('writes a footer naming one plan by title, several by place', () => {
    const view = chartPageView(charts.find((c) => c.id === 'plan-profile-ninghai-2021')!, atlas, site, size, '2025-06-05');
    const one = footerLines(view.sources, site, 'https://example.org/atlas/charts/x/');
    expect(one[0]).toContain(`《${view.sources[0].title}》`);
    expect(one.at(-1)).toBe('生态环境工作计划对照 Eco Plan Atlas · https://example.org/atlas/charts/x/');
    const all = chartPageView(charts[0], atlas, site, size, '2025-06-05').sources;
    expect(footerLines(all, site, 'u')[0]).toBe(`数据来源：${atlas.plans.map((p) => p.jurisdiction.nameZh).join('、')}的生态环境工作计划`);
  });
});

describe('gallery groups', () => {
  it('keep registry order, group by family and put ungrouped charts under "other"', () => {
    const items = charts.map((def) => ({ def }));
    const groups = groupCharts(items);
    expect(groups.flatMap((g) => g.charts.map((c) => c.def.id)).sort()).toEqual(charts.map((c) => c.id).sort());
    expect(groups.map((g) => g.group.id).slice(0, 3)).toEqual(['overview', 'plan-profiles', 'themes-across-plans']);
    const loose = groupCharts([{ def: { ...charts[0], group: undefined } }]);
    expect(loose[0].group).toEqual(OTHER_GROUP);
  });
});

describe('colours', () => {
  it('picks black or white text, whichever contrasts more', () => {
    expect(textColourOn('#ffffff')).toBe('black');
    expect(textColourOn('#000000')).toBe('white');
    expect(textColourOn(BAR_FILL)).toBe('white');
    expect(() => textColourOn('not-a-colour')).toThrow(/"not-a-colour" is not a CSS colour/);
  });
  it('labels on every heatmap bin reach WCAG AA (4.5:1)', () => {
    for (const c of HEATMAP_COLOURS) expect(contrastRatio(c, textColourOn(c)), c).toBeGreaterThanOrEqual(4.5);
  });
  it('heatmap bins get lighter in order, each step clearly apart (readable in greyscale and by colour-blind readers)', () => {
    const l = HEATMAP_COLOURS.map(relativeLuminance);
    for (let i = 1; i < l.length; i++) {
      expect(l[i]).toBeGreaterThan(l[i - 1]);
      expect(contrastRatio(HEATMAP_COLOURS[i], HEATMAP_COLOURS[i - 1])).toBeGreaterThan(1.5);
    }
  });
  it('bars stand out from the white background (WCAG non-text contrast 3:1)', () => {
    expect(contrastRatio(BAR_FILL, 'white')).toBeGreaterThanOrEqual(3);
  });
});

describe('labels for narrow layouts', () => {
  it('shorten place names as people do, never below two characters', () => {
    expect(atlas.jurisdictions.map((j) => shortPlaceZh(j.nameZh))).toEqual(atlas.jurisdictions.map((j) => j.nameZh.replace(/(自治区|市|县)$/, '')));
    expect(shortPlaceZh('内蒙古自治区')).toBe('内蒙古');
    expect(shortPlaceZh('沙市')).toBe('沙市');
  });
  it('wrap English at spaces within the width, a long word on its own line', () => {
    expect(wrapWords('Inspection and enforcement', 16)).toBe('Inspection and\nenforcement');
    expect(wrapWords('Air', 16)).toBe('Air');
    expect(wrapWords('Internationalisation policy', 10)).toBe('Internationalisation\npolicy');
  });
});

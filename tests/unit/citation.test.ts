// Citations of a chart in APA 7 and GB/T 7714-2015, built from the real plans' metadata.
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../scripts/load-content.ts';
import { citeApa, citeGbt7714, formatAccessDate, localIsoDate, type CitationInput, type CitedSource } from '../../src/lib/citation.ts';

const atlas = loadAtlas();
const plan = (id: string): CitedSource => {
  const found = atlas.plans.find((p) => p.plan.meta.id === id);
  if (!found) throw new Error(`no plan ${id}`);
  return { issuer: found.plan.meta.issuer, title: found.plan.meta.title, published: found.plan.meta.published };
};
// Shaoxing states a publication date; Jiaxing's published text states none.
const shaoxing = plan('shaoxing-2020');
const jiaxing = plan('jiaxing-2020');

const input: CitationInput = {
  siteNameZh: '生态环境工作计划对照',
  siteNameEn: 'Eco Plan Atlas',
  titleZh: '各地工作计划的主题分布',
  titleEn: 'Themes across plans',
  url: 'https://example.org/atlas/charts/plan-theme-heatmap/',
  accessed: '2025-06-05',
  sources: [shaoxing, jiaxing],
};

describe('APA 7', () => {
  const c = citeApa(input);

  it('reads author. (n.d.). title [English title] [Chart; data from …]. Retrieved date, from URL', () => {
    expect(shaoxing.published).toMatch(/^\d{4}-/);
    expect(jiaxing.published).toBeNull();
    expect(c.text).toBe(
      `Eco Plan Atlas. (n.d.). 各地工作计划的主题分布 [Themes across plans] [Chart; data from ` +
        `${shaoxing.issuer} (${shaoxing.published!.slice(0, 4)}), ${shaoxing.title}; ${jiaxing.issuer} (n.d.), ${jiaxing.title}]. ` +
        `Retrieved June 5, 2025, from https://example.org/atlas/charts/plan-theme-heatmap/`,
    );
  });

  it('italicises the title and marks the access date for the reader-date script', () => {
    expect(c.parts.filter((p) => p.italic).map((p) => p.text)).toEqual(['各地工作计划的主题分布']);
    expect(c.parts.filter((p) => p.accessed).map((p) => p.text)).toEqual(['June 5, 2025']);
    expect(c.parts.map((p) => p.text).join('')).toBe(c.text);
    expect(c.accessed).toBe('2025-06-05');
  });

  it('leaves out the data note when there are no sources', () => {
    expect(citeApa({ ...input, sources: [] }).text).toContain('[Themes across plans] [Chart]. Retrieved');
  });
});

describe('GB/T 7714-2015', () => {
  const c = citeGbt7714(input);

  it('reads 责任者. 题名[EB/OL]. [引用日期]. URL. then the source plans', () => {
    expect(c.text).toBe(
      `生态环境工作计划对照. 各地工作计划的主题分布[EB/OL]. [2025-06-05]. https://example.org/atlas/charts/plan-theme-heatmap/. ` +
        `数据来源: ${shaoxing.issuer}. ${shaoxing.title}[EB/OL]. (${shaoxing.published}); ${jiaxing.issuer}. ${jiaxing.title}[EB/OL].`,
    );
  });

  it('marks the access date', () => {
    expect(c.parts.filter((p) => p.accessed).map((p) => p.text)).toEqual(['2025-06-05']);
    expect(c.parts.map((p) => p.text).join('')).toBe(c.text);
  });
});

describe('bad input', () => {
  it('refuses a relative URL', () => {
    expect(() => citeApa({ ...input, url: '/charts/x/' })).toThrow(/URL must be absolute/);
  });
  it('refuses an impossible or malformed date', () => {
    expect(() => citeGbt7714({ ...input, accessed: '2025-02-30' })).toThrow(/access date must be a date YYYY-MM-DD, got "2025-02-30"/);
    expect(() => formatAccessDate('apa', '5 June 2025')).toThrow(/YYYY-MM-DD/);
    expect(() => citeApa({ ...input, sources: [{ ...shaoxing, published: '2021-13-01' }] })).toThrow(/publication date of/);
  });
});

describe('access dates', () => {
  it('are written as each style wants', () => {
    expect(formatAccessDate('apa', '2024-02-29')).toBe('February 29, 2024');
    expect(formatAccessDate('gbt7714', '2024-02-29')).toBe('2024-02-29');
  });
  it("use the reader's local calendar day", () => {
    const lateEvening = new Date(2025, 0, 31, 23, 59);
    expect(localIsoDate(lateEvening)).toBe('2025-01-31');
    expect(localIsoDate(new Date(2025, 11, 1, 0, 0))).toBe('2025-12-01');
  });
});

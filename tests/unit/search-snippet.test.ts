import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../scripts/load-content.ts';
import { normalizeText } from '../../src/lib/search/normalize.ts';
import { highlightAll, originalMatches, snippetRuns } from '../../src/lib/search/snippet.ts';

const paragraphs = loadAtlas().plans.flatMap(({ plan }) => plan.paragraphs.map((p) => p.text));

describe('snippetRuns', () => {
  it('is a contiguous piece of the original text, every match marked, for each 零直排 paragraph', () => {
    const holding = paragraphs.filter((t) => t.includes('零直排'));
    expect(holding.length).toBeGreaterThan(2);
    for (const text of holding) {
      const runs = snippetRuns(text, ['零直排']);
      const body = runs.filter((r) => r.text !== '…').map((r) => r.text).join('');
      expect(text.includes(body)).toBe(true);
      expect(runs.some((r) => r.match)).toBe(true);
      for (const r of runs) if (r.match) expect(r.text).toBe('零直排');
      // No unmarked run hides an occurrence.
      for (const r of runs) if (!r.match) expect(r.text.includes('零直排')).toBe(false);
      expect(body.length).toBeLessThanOrEqual(Math.max(170, '零直排'.length + 40));
    }
  });

  it('marks the original characters of a full-width match', () => {
    const runs = highlightAll('今年ＰＭ２．５浓度下降', ['pm2.5']);
    expect(runs).toEqual([{ text: '今年' }, { text: 'ＰＭ２．５', match: 'pm2.5' }, { text: '浓度下降' }]);
  });

  it('shows the start of a text that has no match, and whole short texts', () => {
    expect(snippetRuns('短句', ['水'])).toEqual([{ text: '短句' }]);
    const long = '一'.repeat(400);
    const runs = snippetRuns(long, ['水'], { maxLength: 50 });
    expect(runs[0].text).toBe('一'.repeat(50));
    expect(runs.at(-1)!.text).toBe('…');
  });

  it('never splits a surrogate pair', () => {
    const text = '😀'.repeat(100) + '零直排' + '😀'.repeat(100);
    for (const r of snippetRuns(text, ['零直排'], { before: 7, maxLength: 31 })) {
      expect(r.text.isWellFormed()).toBe(true);
    }
  });
});

describe('originalMatches', () => {
  it('agrees with a count on the normalised text for several terms at once', () => {
    for (const text of paragraphs.slice(0, 60)) {
      const terms = ['水', '生态', '2020'];
      const n = normalizeText(text);
      const expected = terms.map((t) => n.split(t).length - 1);
      const found = originalMatches(text, terms);
      // Overlaps between different terms are resolved; each term alone matches the count.
      for (const [i, t] of terms.entries()) expect(originalMatches(text, [t]).length).toBe(expected[i]);
      expect(found.length).toBeLessThanOrEqual(expected.reduce((a, b) => a + b, 0));
    }
  });
});

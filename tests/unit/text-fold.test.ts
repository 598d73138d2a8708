// One character fold for every reader of plan text: search, theme tagging, keyword highlighting
// and figures meet 優良 and 优良, Ⅴ and V, ＰＭ２．５ and pm2.5 in one form.
import { describe, expect, it } from 'vitest';
import { loadThemes } from '../../scripts/load-content.ts';
import { matchTerms } from '../../src/lib/keyword-matcher.ts';
import { normalizeText, normalizeWithMap, originalRange } from '../../src/lib/search/normalize.ts';
import { parsePlan } from '../../src/lib/structure.ts';
import { buildLexicons, tagPlan } from '../../src/lib/themes.ts';
import { foldChar, foldInPlace } from '../../src/lib/text/fold.ts';
import { normaliseText } from '../../src/lib/text/normalise.ts';
import type { PlanMeta } from '../../src/lib/types.ts';

describe('foldChar and foldInPlace', () => {
  it.each([
    ['優', '优'],
    ['質', '质'],
    ['Ａ', 'a'],
    ['Ⅴ', 'v'],
    ['优', '优'],
  ])('%s → %s', (from, to) => expect(foldChar(from)).toBe(to));

  it('keeps every offset of the original text', () => {
    const text = '空氣質量優良天數比率ⅢＰＭ２．５';
    expect(foldInPlace(text)).toHaveLength(text.length);
    expect(foldInPlace(text)).toBe('空气质量优良天数比率ⅲpm2.5');
  });
});

describe('the three readers agree', () => {
  const traditional = '全省空氣質量優良天數比率82.9%，劣Ⅴ類水體全面消除。';
  it('search finds a Simplified query in Traditional text, and highlights the original characters', () => {
    const map = normalizeWithMap(traditional);
    const at = map.text.indexOf(normalizeText('优良天数比率'));
    expect(at).toBeGreaterThan(0);
    const [a, b] = originalRange(map, at, at + '优良天数比率'.length);
    expect(traditional.slice(a, b)).toBe('優良天數比率');
  });
  it('keywords match across scripts and widths, with offsets in the original', () => {
    const [m] = matchTerms(traditional, ['劣V类']);
    expect(traditional.slice(m.start, m.end)).toBe('劣Ⅴ類');
  });
  it('theme tagging reads a Traditional paragraph as its Simplified twin', () => {
    const lexicons = buildLexicons(loadThemes());
    const meta = { id: 't-2022', kind: 'plan' } as PlanMeta;
    const tag = (body: string) => [...tagPlan(parsePlan(meta, body), lexicons).values()][0];
    const simplified = '全省空气质量优良天数比率82.9%，细颗粒物浓度下降，劣V类水体全面消除。';
    expect(tag(traditional.replace('空氣質量', '空氣質量').replace('，劣', '，細顆粒物濃度下降，劣')).scores.map((s) => [s.theme, s.score])).toEqual(tag(simplified).scores.map((s) => [s.theme, s.score]));
  });
  it('figure extraction reads the same text the same way', () => {
    expect(normaliseText('優良天數比率')).toBe('优良天数比率');
  });
});

import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../scripts/load-content.ts';
import { countOccurrences, findMatches } from '../../src/lib/search/find-matches.ts';
import { normalizeText, normalizeWithMap, originalRange } from '../../src/lib/search/normalize.ts';

const atlas = loadAtlas();
const texts = atlas.plans.flatMap(({ plan }) => plan.paragraphs.map((p) => p.text));
/** The definition, written independently: whole-string NFKC, lowercase, whitespace runs as one space. */
const reference = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');

describe('normalizeText', () => {
  it('equals whole-string NFKC + lowercase + collapsed whitespace on every paragraph of the five plans', () => {
    expect(texts.length).toBeGreaterThan(100);
    for (const t of texts) expect(normalizeText(t)).toBe(reference(t));
  });

  it('folds width and case: ＰＭ２．５ = PM2.5 = pm2.5, VOCS = VOCs', () => {
    expect(normalizeText('ＰＭ２．５')).toBe('pm2.5');
    expect(normalizeText('PM2.5')).toBe('pm2.5');
    expect(normalizeText('VOCS')).toBe(normalizeText('VOCs'));
    expect(normalizeText('１２３６９')).toBe('12369');
    expect(normalizeText('a\u3000 \t\nb')).toBe('a b');
  });

  it('keeps combining marks with their base and handles astral characters', () => {
    expect(normalizeText('e\u0301')).toBe('\u00e9');
    expect(normalizeText('😀水')).toBe('😀水');
    expect(normalizeText('\u212b')).toBe('\u00e5'); // Å (angstrom sign) → å
  });
});

describe('normalizeWithMap', () => {
  it('maps every match in the normalised text back to an original range that normalises to the term', () => {
    const cases: [string, string][] = [
      ['大气环境ＰＭ２．５浓度下降', 'pm2.5'],
      ['ＶＯＣｓ治理 与 VOCS', 'vocs'],
      ['A\u3000\u3000B零直排', 'b零直排'],
      ['cafe\u0301 café', 'café'],
      ...texts.slice(0, 40).map((t) => [t, normalizeText(t).slice(3, 7)] as [string, string]),
    ];
    for (const [text, term] of cases) {
      const map = normalizeWithMap(text);
      expect(map.text).toBe(normalizeText(text));
      const matches = findMatches(map.text, [term]);
      expect(matches.length, `${term} in ${text.slice(0, 20)}`).toBeGreaterThan(0);
      for (const m of matches) {
        const [s, e] = originalRange(map, m.start, m.end);
        expect(normalizeText(text.slice(s, e)).trim()).toBe(term.trim());
      }
    }
  });
});

describe('countOccurrences', () => {
  it('counts without overlaps, as find-in-page does', () => {
    expect(countOccurrences('aaaa', 'aa')).toBe(2);
    expect(countOccurrences('环环环', '环环')).toBe(1);
    expect(countOccurrences('abc', '')).toBe(0);
    expect(countOccurrences('污水零直排区 零直排', '零直排')).toBe(2);
  });
});

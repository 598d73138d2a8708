import { describe, expect, it } from 'vitest';
import { matchTerms } from '../../src/lib/keyword-matcher.ts';
import { highlightRuns } from '../../src/lib/highlight.ts';

describe('matchTerms', () => {
  it('keeps the longest of overlapping terms', () => {
    expect(matchTerms('推进污水处理厂建设', ['污水', '污水处理']).map((m) => m.term)).toEqual(['污水处理']);
  });
  it('counts every occurrence, left to right', () => {
    expect(matchTerms('断面水质，断面达标', ['断面']).map((m) => m.start)).toEqual([0, 5]);
  });
  it('ignores occurrences inside an excluded phrase', () => {
    expect(matchTerms('地下水Ⅴ类水体', ['地下水', '水体'], ['地下水'])).toEqual([{ term: '水体', start: 5, end: 7 }]);
  });
  it('matches Latin terms regardless of case', () => {
    expect(matchTerms('完成VOCS治理项目', ['VOCs']).map((m) => m.term)).toEqual(['VOCs']);
  });
  it('finds nothing in empty text or with no terms', () => {
    expect(matchTerms('', ['水'])).toEqual([]);
    expect(matchTerms('水', [])).toEqual([]);
  });
});

describe('highlightRuns', () => {
  it('cuts text into plain and matched runs that join back to the text', () => {
    const text = '<b>加强扬尘管控</b>';
    const runs = highlightRuns(text, ['扬尘']);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.filter((r) => r.match)).toEqual([{ text: '扬尘', match: '扬尘' }]);
  });
});

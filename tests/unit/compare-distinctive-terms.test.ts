// Distinctive terms: the statistics against hand computation, the n-gram counts against brute
// force, and on the five plans the terms a reader would pick (铊, 湘江, 散煤, 黄河, 海洋, 第七诊所).
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../scripts/load-content.ts';
import { PLAN_TERMS_SHOWN, planAnalysisView } from '../../src/lib/compare/analysis-views.ts';
import { countNgrams, wordBoundaries } from '../../src/lib/compare/char-ngrams.ts';
import { countOccurrences, DEFAULT_KEYNESS_OPTIONS, distinctiveTerms, subsumeTerms } from '../../src/lib/compare/distinctive-terms.ts';
import { hasFunctionEdge } from '../../src/lib/compare/function-characters.ts';
import { indexGlossary } from '../../src/lib/compare/glossary.ts';
import { hanRuns } from '../../src/lib/compare/han-runs.ts';
import { G2_P01, logLikelihood, logRatio } from '../../src/lib/compare/log-likelihood.ts';
import { planTextBlocks } from '../../src/lib/compare/plan-text.ts';
import { ownNames, textAnalysis } from '../../src/lib/compare/text-analysis.ts';

const atlas = loadAtlas();
const analysis = textAnalysis(atlas);
const texts = new Map(atlas.plans.map((p) => [p.plan.meta.id, planTextBlocks(p.plan).map((b) => b.text)]));

/** Occurrences of `term` at every position (overlaps counted) inside Han runs: what n-gram counting sees. */
function bruteNgramCount(blocks: string[], term: string): number {
  let n = 0;
  for (const b of blocks) for (const { text } of hanRuns(b)) for (let i = 0; i + term.length <= text.length; i++) if (text.startsWith(term, i)) n++;
  return n;
}

describe('log-likelihood and Log Ratio', () => {
  it('match hand computation', () => {
    // a=10, b=0, c=d=100: E1 = E2 = 5, G² = 2·10·ln(10/5).
    expect(logLikelihood(10, 0, 100, 100)).toBeCloseTo(20 * Math.log(2), 10);
    // Equal rates: no evidence either way.
    expect(logLikelihood(5, 10, 100, 200)).toBeCloseTo(0, 10);
    expect(logRatio(5, 10, 100, 200)).toBeCloseTo(0, 10);
    // Four times as frequent: two bits.
    expect(logRatio(8, 2, 100, 100)).toBeCloseTo(2, 10);
    // A zero count stands as 0.5.
    expect(logRatio(4, 0, 100, 100)).toBeCloseTo(3, 10);
  });

  it('G² is the same test seen from either corpus', () => {
    for (const [a, b, c, d] of [[3, 0, 9000, 50000], [12, 40, 800, 9000], [1, 1, 10, 10]]) {
      expect(logLikelihood(a, b, c, d)).toBeCloseTo(logLikelihood(b, a, d, c), 10);
    }
  });
});

describe('character n-gram counts', () => {
  it('equal a brute-force count of every substring of 2–6 Han characters', () => {
    const sample = texts.get('ninghai-2021')!.slice(0, 40);
    const counts = countNgrams(sample);
    const brute = new Map<string, number>();
    for (const b of sample) {
      for (const { text } of hanRuns(b)) {
        for (let i = 0; i < text.length; i++) for (let n = 2; n <= 6 && i + n <= text.length; n++) brute.set(text.slice(i, i + n), (brute.get(text.slice(i, i + n)) ?? 0) + 1);
      }
    }
    expect(counts.size).toBe(brute.size);
    for (const [gram, n] of brute) {
      expect(counts.get(gram)?.count, gram).toBe(n);
      expect(counts.get(gram)!.aligned).toBeLessThanOrEqual(n);
    }
  });

  it('counts n-grams across the word boundaries Intl.Segmenter draws (零|直|排 stays countable)', () => {
    const marks = wordBoundaries('推进污水零直排区建设');
    // The segmenter splits 零直排 apart, yet the n-gram is counted and aligned at both ends.
    expect(marks[4] && marks[5]).toBeTruthy();
    const c = countNgrams(['推进污水零直排区建设。推进污水零直排区建设。']).get('零直排区');
    expect(c).toEqual({ count: 2, aligned: 2 });
  });
});

describe('subsumption', () => {
  it('drops a part a longer term accounts for, keeps one that also stands alone', () => {
    const kept = subsumeTerms(
      [
        { term: '近岸海域', count: 3 },
        { term: '岸海域', count: 3 },
        { term: '海域', count: 9 },
      ],
      0.7,
    ).map((t) => t.term);
    expect(kept).toEqual(['近岸海域', '海域']);
  });

  it('drops a fragment whose one-character extensions together cover it (环境问题整 → 整改, 整治)', () => {
    const kept = subsumeTerms(
      [
        { term: '问题整', count: 17 },
        { term: '问题整改', count: 9 },
        { term: '问题整治', count: 8 },
      ],
      0.7,
    ).map((t) => t.term);
    expect(kept).toEqual(['问题整改', '问题整治']);
  });
});

describe('distinctive terms of synthetic documents', () => {
  const filler = '加强生态环境保护，推进污染防治工作，完善监督管理制度。';
  it('finds a term planted in one document, whole, though the segmenter splits it', () => {
    const docs = [
      { id: 'a', texts: [filler.repeat(20), '建设污水零直排区。'.repeat(6)] },
      { id: 'b', texts: [filler.repeat(25)] },
      { id: 'c', texts: [filler.repeat(22)] },
    ];
    const terms = distinctiveTerms(docs).get('a')!.map((t) => t.term);
    expect(terms.some((t) => t.includes('零直排'))).toBe(true);
    // Its parts are subsumed: no reported term is a proper part of another reported term with the same count.
    expect(terms).not.toContain('直排');
    expect(distinctiveTerms(docs).get('b')).toEqual([]);
  });

  it('joins the pieces of a phrase longer than six characters', () => {
    const docs = [
      { id: 'a', texts: [filler.repeat(20), ...['践行', '坚持', '牢固树立', '深化', '宣传', '落实', '弘扬', '围绕'].map((verb) => `${verb}绿水青山就是金山银山，`)] },
      { id: 'b', texts: [filler.repeat(20)] },
    ];
    expect(distinctiveTerms(docs).get('a')!.map((t) => t.term)).toContain('绿水青山就是金山银山');
  });
});

describe('distinctive terms of the five plans', () => {
  const glossary = indexGlossary([]);
  const shown = (planId: string) => planAnalysisView(atlas, analysis, glossary, planId).terms.map((t) => t.term);
  const expectations: [string, string[][]][] = [
    ['hengyang-2021', [['铊'], ['湘江']]],
    ['inner-mongolia-2020', [['散煤'], ['黄河']]],
    ['ninghai-2021', [['海洋', '近岸海域']]],
    ['jiaxing-2020', [['第七诊所']]],
  ];
  for (const [planId, wanted] of expectations) {
    it(`${planId}: the ${PLAN_TERMS_SHOWN} terms shown include ${wanted.map((w) => w.join(' or ')).join(' and ')}`, () => {
      const terms = shown(planId);
      expect(terms.length).toBe(PLAN_TERMS_SHOWN);
      for (const alternatives of wanted) {
        expect(terms.some((t) => alternatives.some((w) => t.includes(w))), `${alternatives.join('/')} in ${terms.join(' ')}`).toBe(true);
      }
    });
  }

  it('reports counts equal to a brute-force count here and in the other plans', () => {
    for (const [planId, terms] of analysis.terms) {
      for (const t of terms) {
        const count = (blocks: string[]) =>
          t.term.length <= DEFAULT_KEYNESS_OPTIONS.maxLength ? bruteNgramCount(blocks, t.term) : blocks.reduce((n, b) => n + hanRuns(b).reduce((m, r) => m + countOccurrences(r.text, t.term), 0), 0);
        expect(t.count, `${planId} ${t.term}`).toBe(count(texts.get(planId)!));
        const others = [...texts].filter(([id]) => id !== planId).map(([, b]) => count(b));
        expect(t.otherCount, `${planId} ${t.term} elsewhere`).toBe(others.reduce((a, b) => a + b, 0));
        expect(t.otherDocuments).toBe(others.filter((n) => n > 0).length);
      }
    }
  });

  it('keeps only significant, over-used terms that neither name the plan nor start or end on a function character', () => {
    for (const ap of atlas.plans) {
      const terms = analysis.terms.get(ap.plan.meta.id)!;
      expect(terms.length).toBeGreaterThan(0);
      for (const t of terms) {
        expect(t.g2).toBeGreaterThanOrEqual(G2_P01);
        expect(t.count).toBeGreaterThanOrEqual(DEFAULT_KEYNESS_OPTIONS.minCount);
        expect(t.rate).toBeGreaterThan(t.otherRate);
        expect(hasFunctionEdge(t.term), t.term).toBe(false);
        for (const name of ownNames(ap.jurisdiction)) expect(name.includes(t.term) || t.term.includes(name), `${t.term} vs ${name}`).toBe(false);
      }
      // Best first, and no reported term is a part another reported term accounts for.
      for (let i = 1; i < terms.length; i++) expect(terms[i - 1].score).toBeGreaterThanOrEqual(terms[i].score);
      for (const t of terms) {
        expect(terms.some((o) => o !== t && o.term.includes(t.term) && o.count >= DEFAULT_KEYNESS_OPTIONS.subsumeRatio * t.count), t.term).toBe(false);
      }
    }
  });

  it('names its own place out (衡阳 is not a distinctive term of 衡阳市)', () => {
    expect(ownNames(atlas.plans.find((p) => p.plan.meta.id === 'inner-mongolia-2020')!.jurisdiction)).toEqual(['内蒙古自治区', '内蒙古', '自治区']);
    expect(analysis.terms.get('hengyang-2021')!.some((t) => t.term.includes('衡阳'))).toBe(false);
  });
});

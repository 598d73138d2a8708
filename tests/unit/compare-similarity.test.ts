// Similarity: TF-IDF cosine by hand, each plan's nearest plans against an exhaustive search, and the passage pairs on each theme —
// checked against an exhaustive search, and each side traced back to its paragraph.
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../scripts/load-content.ts';
import { themePairsView } from '../../src/lib/compare/analysis-views.ts';
import { HAN_INDICES, hanIndex, hanLength, hanRuns } from '../../src/lib/compare/han-runs.ts';
import { DENSE_SHARE, SIMILARITY_NEIGHBOURS, SimilarityScratch, planSimilarity, themeSimilarity } from '../../src/lib/compare/plan-similarity.ts';
import { DEFAULT_PASSAGE_PAIR_OPTIONS, scorePassagePairs, similarPassagePairs } from '../../src/lib/compare/passage-pairs.ts';
import { sharedRuns } from '../../src/lib/compare/shared-runs.ts';
import { ALL_TEXT, SIMILAR_PAIRS_FOLLOWED, planPosition, similarityInputs, textAnalysis } from '../../src/lib/compare/text-analysis.ts';
import { bigramCounts, cosine, inverseDocumentFrequency, tfidfVector } from '../../src/lib/compare/tfidf.ts';
import { allPassages, themePassages } from '../../src/lib/compare/theme-passages.ts';

const atlas = loadAtlas();
const analysis = textAnalysis(atlas);
const idf = inverseDocumentFrequency(atlas.plans.flatMap((p) => allPassages(p).map((s) => s.text)));
const vectors = new Map<string, ReturnType<typeof tfidfVector>>();
const vector = (text: string) => {
  if (!vectors.has(text)) vectors.set(text, tfidfVector(bigramCounts(text), idf));
  return vectors.get(text)!;
};

describe('TF-IDF of character bigrams', () => {
  it('counts bigrams inside Han runs only', () => {
    expect([...bigramCounts('零直排，PM2.5零直排').entries()]).toEqual([
      ['零直', 2],
      ['直排', 2],
    ]);
  });

  it('weighs a bigram found everywhere less than a rare one', () => {
    const small = inverseDocumentFrequency(['生态环境', '生态保护', '生态铊污']);
    expect(small.weight('生态')).toBeLessThan(small.weight('铊污'));
    expect(small.weight('生态')).toBeCloseTo(Math.log(4 / 4) + 1, 10);
    expect(small.weight('铊污')).toBeCloseTo(Math.log(4 / 2) + 1, 10);
  });

  it('gives 1 for the same text, 0 for texts with no bigram in common, and is symmetric', () => {
    const a = vector('推进污水零直排区建设');
    const b = vector('深化大气污染防治');
    expect(cosine(a, a)).toBeCloseTo(1, 10);
    expect(cosine(vector('铊镉'), vector('湘江'))).toBe(0);
    expect(cosine(a, b)).toBeCloseTo(cosine(b, a), 12);
  });
});

const planVector = (id: string, theme: string) => {
  const ap = atlas.plans.find((p) => p.plan.meta.id === id)!;
  const counts = new Map<string, number>();
  for (const s of theme === ALL_TEXT ? allPassages(ap) : themePassages(ap, theme)) bigramCounts(s.text, counts);
  return tfidfVector(counts, idf);
};
/** Every pair's similarity computed one pair at a time: null where either plan says nothing. */
const bruteForce = (theme: string, a: string, b: string): number | null => {
  const [va, vb] = [planVector(a, theme), planVector(b, theme)];
  return va.size && vb.size ? Math.min(1, cosine(va, vb)) : null;
};

describe('plan similarity by theme', () => {
  it('finds a plan\'s row of nearest plans where indexOf would, and -1 for a plan the analysis lacks', () => {
    analysis.plans.forEach((id, i) => expect(planPosition(analysis, id)).toBe(i));
    expect(planPosition(analysis, 'no-such-plan')).toBe(-1);
    const longer = { plans: ['extra', ...analysis.plans] };
    expect(planPosition(longer, analysis.plans[0])).toBe(1);
    // A list that grew is looked up afresh, not through the map made when it was shorter.
    const plans = [...analysis.plans];
    const grown = { plans };
    expect(planPosition(grown, 'extra')).toBe(-1);
    plans.push('extra');
    expect(planPosition(grown, 'extra')).toBe(plans.length - 1);
  });

  it('keeps, per theme and plan, the k most similar plans of an exhaustive search, best first', () => {
    expect(analysis.similarity.map((m) => m.theme)).toEqual(analysis.themes);
    const n = analysis.plans.length;
    for (const m of analysis.similarity) {
      expect(m.k).toBe(Math.min(SIMILARITY_NEIGHBOURS, n - 1));
      analysis.plans.forEach((a, i) => {
        const all = analysis.plans
          .map((b, j) => ({ j, s: j === i ? null : bruteForce(m.theme, a, b) }))
          .filter((x): x is { j: number; s: number } => x.s !== null);
        const silent = planVector(a, m.theme).size === 0;
        expect(m.hasText[i], `${m.theme} ${a}`).toBe(silent ? 0 : 1);
        if (silent) return expect(m.neighbours[i]).toEqual([]);
        const expected = all.sort((x, y) => y.s - x.s || x.j - y.j).slice(0, m.k);
        expect(m.neighbours[i].length, `${m.theme} ${a}`).toBe(expected.length);
        m.neighbours[i].forEach((x, r) => {
          expect(x.similarity, `${m.theme} ${a} rank ${r}`).toBeCloseTo(expected[r].s, 10);
          expect(x.similarity).toBeCloseTo(bruteForce(m.theme, a, analysis.plans[x.index])!, 10);
          if (r > 0) expect(m.neighbours[i][r - 1].similarity).toBeGreaterThanOrEqual(x.similarity);
        });
      });
    }
  });

  it('follows the most similar pairs over the whole text on every theme', () => {
    const n = analysis.plans.length;
    const { pairs, byTheme } = analysis.similarPairs;
    expect(pairs.length).toBe(Math.min(SIMILAR_PAIRS_FOLLOWED, (n * (n - 1)) / 2));
    for (const theme of analysis.themes) {
      pairs.forEach(([i, j], slot) => {
        const expected = bruteForce(theme, analysis.plans[i], analysis.plans[j]);
        const got = byTheme.get(theme)![slot];
        if (expected === null) expect(got).toBeNull();
        else expect(got, `${theme} ${i} ${j}`).toBeCloseTo(expected, 10);
      });
    }
  });

  it('with more plans than k: the nearest k, ties in plan order, the top pairs and chosen pairs exact', () => {
    const texts = [['推进污水零直排区建设'], ['推进污水零直排区建设'], ['深化大气污染防治'], [], ['污水零直排区建设'], ['推进污水零直排区建设']];
    const plans = texts.map((_, i) => `p${i}`);
    const small = inverseDocumentFrequency(texts.flat());
    const r = themeSimilarity('water', plans, texts, small, { k: 2, topPairs: 3, pairs: [[0, 2], [2, 3], [1, 4]] });
    const cos = (a: number, b: number) => Math.min(1, cosine(tfidfVector(bigramCounts(texts[a].join('')), small), tfidfVector(bigramCounts(texts[b].join('')), small)));
    expect(r.neighbours[0].map((x) => x.index)).toEqual([1, 5]);
    expect(r.neighbours[3]).toEqual([]);
    expect(r.neighbours[2].map((x) => x.index)).toEqual([0, 1]);
    expect(r.topPairs.map(([i, j]) => [i, j])).toEqual([[0, 1], [0, 5], [1, 5]]);
    expect(r.pairValues[0]).toBeCloseTo(cos(0, 2), 12);
    expect(r.pairValues[1]).toBeNull();
    expect(r.pairValues[2]).toBeCloseTo(cos(1, 4), 12);
  });
});

describe('plan similarity: bigrams counted by Han index, dense columns, the lists’ thresholds', () => {
  it('numbers exactly the code units HAN_RUN matches, each once, below HAN_INDICES', () => {
    const seen = new Set<number>();
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const h = hanIndex(code);
      if (h >= 0 !== (hanRuns(String.fromCharCode(code)).length === 1)) wrong.push(code.toString(16));
      if (h < 0) continue;
      if (h >= HAN_INDICES || seen.has(h)) wrong.push(`${code.toString(16)} → ${h}`);
      seen.add(h);
    }
    expect(wrong).toEqual([]);
    expect(seen.size).toBe(HAN_INDICES);
  });

  it('scores texts with Extension A, compatibility ideographs, astral characters, digits and Latin as bigramCounts does', () => {
    const texts = [['㐀㐁污水，零直排𠀀区建设2025年PM2.5'], ['污水零直排区𠀀建设，㐀㐁'], ['豈更车贾滑污水'], ['豈更车贾'], ['𠀀𠀁PM2.5']];
    const small = inverseDocumentFrequency(texts.flat());
    const r = themeSimilarity('water', texts.map((_, i) => `p${i}`), texts, small, { k: 4 });
    const vec = (a: number) => tfidfVector(bigramCounts(texts[a].join('。')), small);
    expect([...r.hasText]).toEqual([1, 1, 1, 1, 0]);
    for (let a = 0; a < 4; a++) {
      expect(r.neighbours[a].length).toBe(3);
      for (const x of r.neighbours[a]) expect(x.similarity, `${a} ${x.index}`).toBeCloseTo(Math.min(1, cosine(vec(a), vec(x.index))), 12);
    }
    expect(r.neighbours[4]).toEqual([]);
  });

  it('gives the same numbers to the last bit whichever bigrams are summed as dense columns', () => {
    const { idf: all, byTheme, themes } = similarityInputs(atlas);
    const run = (denseShare: number) => planSimilarity(byTheme, analysis.plans, themes, all, { pairsTheme: ALL_TEXT, topPairs: 6, denseShare });
    const sparse = run(1);
    for (const share of [0, 0.5, 0.7]) expect(run(share), `dense share ${share}`).toEqual(sparse);
    expect(run(DENSE_SHARE)).toEqual(sparse);
    // Repeated texts, texts sharing little and one silent plan: dense and sparse bigrams interleave in every row.
    const texts = [['推进污水零直排区建设，深化大气污染防治'], ['推进污水零直排区建设'], ['深化大气污染防治，推进'], [], ['污水治理'], ['推进污水零直排区建设，深化大气污染防治'], ['大气污染']];
    const small = inverseDocumentFrequency(texts.flat());
    const one = (denseShare: number) => themeSimilarity('water', texts.map((_, i) => `p${i}`), texts, small, { k: 3, topPairs: 5, pairs: [[0, 2], [1, 6]], denseShare });
    for (const share of [0, 0.3, 0.5]) expect(one(share), `dense share ${share}`).toEqual(one(1));
  });

  it('gives the same result with typed arrays reused from a larger theme, a smaller one and a larger one again', () => {
    const large = [['推进污水零直排区建设，深化大气污染防治'], ['推进污水零直排区建设'], ['深化大气污染防治，推进'], [], ['污水治理'], ['大气污染防治攻坚']];
    const small = [['污水治理'], [], ['污水零直排'], ['深化治理']];
    const idfOf = inverseDocumentFrequency([...large, ...small].flat());
    const run = (texts: string[][], scratch?: SimilarityScratch) => themeSimilarity('water', texts.map((_, i) => `p${i}`), texts, idfOf, { k: 2, topPairs: 3, pairs: [[0, 2]], denseShare: 0.5, scratch });
    const scratch = new SimilarityScratch();
    expect(run(large, scratch)).toEqual(run(large));
    expect(run(small, scratch)).toEqual(run(small));
    expect(run(large, scratch)).toEqual(run(large));
  });

  it('with ties that fill a list, keeps the earliest plans: a later pair of the same value never displaces one', () => {
    // Six identical texts, one sharing nothing with them and one sharing a little: every list fills with ties.
    const texts = [...Array.from({ length: 6 }, () => ['推进污水零直排区建设']), ['深化大气污染防治'], ['污水治理']];
    const small = inverseDocumentFrequency(texts.flat());
    const r = themeSimilarity('water', texts.map((_, i) => `p${i}`), texts, small, { k: 3, topPairs: 4 });
    for (let i = 0; i < 6; i++) {
      expect(r.neighbours[i].map((x) => x.index), `plan ${i}`).toEqual([0, 1, 2, 3].filter((j) => j !== i).slice(0, 3));
      for (const x of r.neighbours[i]) expect(x.similarity).toBeCloseTo(1, 12);
    }
    // Plan 6 shares no bigram: its list holds zeros, in plan order.
    expect(r.neighbours[6]).toEqual([0, 1, 2].map((index) => ({ index, similarity: 0 })));
    // Plan 7 shares 污水 with plans 0–5 equally, nothing with 6.
    expect(r.neighbours[7].map((x) => x.index)).toEqual([0, 1, 2]);
    expect(r.neighbours[7][0].similarity).toBeGreaterThan(0);
    expect(r.topPairs.map(([i, j]) => [i, j])).toEqual([[0, 1], [0, 2], [0, 3], [0, 4]]);
  });
});

describe('passage pairs of the five plans', () => {
  const themes = atlas.themes.map((t) => t.id);

  it('pairs sentences of different plans, each about the theme, best first, each sentence once', () => {
    let total = 0;
    for (const theme of themes) {
      const pairs = analysis.passagePairs.get(theme)!;
      total += pairs.length;
      const seen = new Set<string>();
      const perPlanPair = new Map<string, number>();
      pairs.forEach((pair, i) => {
        expect(pair.a.plan).not.toBe(pair.b.plan);
        if (i > 0) expect(pairs[i - 1].similarity).toBeGreaterThanOrEqual(pair.similarity);
        expect(pair.similarity).toBeGreaterThanOrEqual(DEFAULT_PASSAGE_PAIR_OPTIONS.minSimilarity);
        expect(pair.similarity).toBeCloseTo(cosine(vector(pair.a.text), vector(pair.b.text)), 10);
        for (const side of [pair.a, pair.b]) {
          const key = `${side.plan}#${side.sentenceId}`;
          expect(seen.has(key), key).toBe(false);
          seen.add(key);
          expect(hanLength(side.text)).toBeGreaterThanOrEqual(DEFAULT_PASSAGE_PAIR_OPTIONS.minLength);
          // The sentence is where the pair says it is, and it is about the theme.
          const ap = atlas.plans.find((p) => p.plan.meta.id === side.plan)!;
          const paragraph = ap.plan.paragraphs.find((p) => p.id === side.paragraphId)!;
          expect(paragraph.sentences.find((s) => s.id === side.sentenceId)?.text).toBe(side.text);
          expect(themePassages(ap, theme).some((s) => s.sentenceId === side.sentenceId)).toBe(true);
        }
        const key = [pair.a.plan, pair.b.plan].sort().join('|');
        perPlanPair.set(key, (perPlanPair.get(key) ?? 0) + 1);
      });
      expect(Math.max(0, ...perPlanPair.values())).toBeLessThanOrEqual(DEFAULT_PASSAGE_PAIR_OPTIONS.perPlanPair);
      expect(pairs.length).toBeLessThanOrEqual(DEFAULT_PASSAGE_PAIR_OPTIONS.limit);
    }
    expect(total).toBeGreaterThan(themes.length);
  });

  it('finds the same best pair as an exhaustive search over every pair of sentences', () => {
    for (const theme of themes) {
      const passages = atlas.plans.flatMap((p) => themePassages(p, theme)).filter((s) => hanLength(s.text) >= DEFAULT_PASSAGE_PAIR_OPTIONS.minLength);
      let best = 0;
      for (let i = 0; i < passages.length; i++) {
        for (let j = i + 1; j < passages.length; j++) {
          if (passages[i].plan !== passages[j].plan) best = Math.max(best, cosine(vector(passages[i].text), vector(passages[j].text)));
        }
      }
      const found = analysis.passagePairs.get(theme)![0]?.similarity ?? 0;
      if (best >= DEFAULT_PASSAGE_PAIR_OPTIONS.minSimilarity) expect(found, theme).toBeCloseTo(best, 10);
      else expect(analysis.passagePairs.get(theme)).toEqual([]);
    }
  });

  it('finds, by prefix filtering, exactly the pairs an exhaustive search finds above a threshold', () => {
    let pairs = 0;
    for (const theme of ['water', 'waste', 'party']) {
      for (const threshold of [0.25, 0.5]) {
        const passages = atlas.plans.flatMap((p) => themePassages(p, theme));
        const long = passages.filter((s) => hanLength(s.text) >= DEFAULT_PASSAGE_PAIR_OPTIONS.minLength);
        const exhaustive: string[] = [];
        for (let i = 0; i < long.length; i++) {
          for (let j = i + 1; j < long.length; j++) {
            if (long[i].plan !== long[j].plan && cosine(vector(long[i].text), vector(long[j].text)) >= threshold) exhaustive.push(`${long[i].sentenceId}|${long[j].sentenceId}`);
          }
        }
        const found = scorePassagePairs(passages, idf, threshold, DEFAULT_PASSAGE_PAIR_OPTIONS.minLength).map((p) => `${p.a.sentenceId}|${p.b.sentenceId}`);
        expect(found.sort(), `${theme} ≥ ${threshold}`).toEqual(exhaustive.sort());
        pairs += exhaustive.length;
      }
    }
    expect(pairs).toBeGreaterThan(0);
  });

  it('chooses the same pairs whether it starts from a high threshold or the lowest', () => {
    for (const theme of atlas.themes.map((t) => t.id)) {
      const passages = atlas.plans.flatMap((p) => themePassages(p, theme));
      const direct = scorePassagePairs(passages, idf, DEFAULT_PASSAGE_PAIR_OPTIONS.minSimilarity, DEFAULT_PASSAGE_PAIR_OPTIONS.minLength);
      // The greedy rule applied by hand to the full list.
      const used = new Set<string>();
      const per = new Map<string, number>();
      const expected: string[] = [];
      for (const p of direct) {
        if (expected.length >= DEFAULT_PASSAGE_PAIR_OPTIONS.limit) break;
        const key = [p.a.plan, p.b.plan].sort().join('|');
        if (used.has(p.a.sentenceId + p.a.plan) || used.has(p.b.sentenceId + p.b.plan) || (per.get(key) ?? 0) >= DEFAULT_PASSAGE_PAIR_OPTIONS.perPlanPair) continue;
        used.add(p.a.sentenceId + p.a.plan);
        used.add(p.b.sentenceId + p.b.plan);
        per.set(key, (per.get(key) ?? 0) + 1);
        expected.push(`${p.a.sentenceId}|${p.b.sentenceId}`);
      }
      expect(similarPassagePairs(passages, idf).map((p) => `${p.a.sentenceId}|${p.b.sentenceId}`), theme).toEqual(expected);
    }
  });

  it('gives each side a link target and the shared wording marked, text unchanged', () => {
    for (const theme of themes) {
      for (const pair of themePairsView(atlas, analysis, theme).pairs) {
        for (const side of [pair.a, pair.b]) {
          expect(side.paragraphId).toMatch(/^p-/);
          const sentence = atlas.plans.find((p) => p.plan.meta.id === side.planId)!.plan.paragraphs.find((p) => p.id === side.paragraphId)!.sentences.find((s) => s.id === side.sentenceId)!;
          expect(side.runs.map((r) => r.text).join('')).toBe(sentence.text);
        }
        expect(pair.a.runs.some((r) => r.match)).toBe(true);
      }
    }
  });
});

describe('shared wording', () => {
  it('marks runs of three or more characters found in the other text', () => {
    expect(sharedRuns('推进污水零直排区建设', '全面开展污水零直排区创建')).toEqual([{ text: '推进' }, { text: '污水零直排区', match: '污水零直排区' }, { text: '建设' }]);
    expect(sharedRuns('大气', '水')).toEqual([{ text: '大气' }]);
  });
});

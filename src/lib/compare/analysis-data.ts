/** The open data files of the text analysis: plain objects with a stable field order. */
import { DEFAULT_KEYNESS_OPTIONS } from './distinctive-terms.ts';
import type { Glossary } from './glossary.ts';
import { MIN_MARKED_SHARE } from './named-programmes.ts';
import { DEFAULT_PASSAGE_PAIR_OPTIONS } from './passage-pairs.ts';
import { ALL_TEXT, type TextAnalysis } from './text-analysis.ts';

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

/** /data/terms.json */
export function termsData(analysis: TextAnalysis) {
  const o = DEFAULT_KEYNESS_OPTIONS;
  return {
    method: {
      unit: `character n-grams of ${o.minLength}–${o.maxLength} Han characters; longer n-grams subsume their parts, overlapping parts of longer phrases are joined`,
      test: `log-likelihood G² of one plan against all others; kept when G² ≥ ${o.minG2} (p < 0.01), the term occurs ≥ ${o.minCount} times and ≥ ${o.minAligned * 100}% of occurrences start and end on an Intl.Segmenter word boundary`,
      order: `Log Ratio (log2 of relative frequency here / elsewhere, 0.5 for a zero count) + ${o.specificityWeight} × surprisal of the rarest character (bits)`,
      counts: 'occurrences in headings and paragraphs; rate and otherRate per 10,000 Han characters',
    },
    plans: analysis.plans.map((plan) => ({
      plan,
      terms: (analysis.terms.get(plan) ?? []).map((t) => ({
        term: t.term,
        count: t.count,
        otherCount: t.otherCount,
        otherPlans: t.otherDocuments,
        g2: round(t.g2, 2),
        logRatio: round(t.logRatio, 3),
        specificity: round(t.specificity, 3),
        rate: round(t.rate, 2),
        otherRate: round(t.otherRate, 2),
      })),
    })),
  };
}

/** /data/programmes.json */
export function programmesData(analysis: TextAnalysis, glossary: Glossary) {
  return {
    method: {
      names: 'terms a plan writes between quotation marks (“…”, "…", 「…」, 『…』) or as numbered shorthand (numeral + 1–2 characters, twice: 三线一单), NFKC-normalised',
      counts: 'occurrences in each plan’s headings and paragraphs, quoted or not, after the same normalisation with 、 and · removed',
      filter: `a quoted term is kept when at least ${MIN_MARKED_SHARE * 100}% of its occurrences in all plans are marked as a name`,
    },
    plans: analysis.plans,
    programmes: analysis.programmes.map((p) => {
      const g = glossary.get(p.key);
      return {
        name: p.name,
        key: p.key,
        english: g?.english ?? null,
        explanationZh: g?.explanationZh ?? null,
        plans: p.plans,
        total: p.total,
        markedBy: p.markedBy,
        counts: Object.fromEntries(analysis.plans.map((id) => [id, p.counts[id] ?? 0])),
      };
    }),
  };
}

/** Columns of /data/programmes.csv: the programme, then one count column per plan. */
export function programmesCsvColumns(analysis: TextAnalysis): string[] {
  return ['name', 'key', 'english', 'plans', 'total', 'markedBy', ...analysis.plans];
}

/** Rows of /data/programmes.csv. */
export function programmesCsvRows(analysis: TextAnalysis, glossary: Glossary): Record<string, unknown>[] {
  return analysis.programmes.map((p) => ({
    name: p.name,
    key: p.key,
    english: glossary.get(p.key)?.english ?? '',
    plans: p.plans,
    total: p.total,
    markedBy: p.markedBy.join(' '),
    ...Object.fromEntries(analysis.plans.map((id) => [id, p.counts[id] ?? 0])),
  }));
}

/** Path of a theme's nearest-plans file under /data/ ("all" is the whole text). */
export function similarityFile(theme: string): string {
  return `similarity/${theme}.json`;
}

/** /data/similarity/<theme>.json: each plan's nearest plans on the theme, best first. */
export function similarityNeighboursData(analysis: TextAnalysis, theme: string) {
  const found = analysis.similarity.find((m) => m.theme === theme);
  if (!found) throw new Error(`similarity: no theme "${theme}"`);
  return {
    theme,
    k: found.k,
    /** neighbours: the k plans most similar to this one on the theme, best first (ties in plan order); empty where the plan says nothing on the theme. */
    plans: analysis.plans.map((plan, i) => ({
      plan,
      neighbours: found.neighbours[i].map((x) => ({ plan: analysis.plans[x.index], similarity: round(x.similarity, 3) })),
    })),
  };
}

/** /data/similarity.json: the method, the plans, and per theme its nearest-plans file and its closest passage pairs. */
export function similarityData(analysis: TextAnalysis) {
  const o = DEFAULT_PASSAGE_PAIR_OPTIONS;
  const k = analysis.similarity[0]?.k ?? 0;
  return {
    method: {
      plans: `cosine of TF-IDF vectors of character bigrams over each plan's sentences on the theme ("${ALL_TEXT}": every sentence); IDF = ln((1 + N) / (1 + df)) + 1 over all sentences of all plans`,
      neighbours: `every pair of plans is scored; each plan keeps its ${k} most similar plans per theme (best first, ties in plan order), in the theme's file`,
      passages: `sentences of at least ${o.minLength} Han characters from different plans with cosine ≥ ${o.minSimilarity}; best first, each sentence once, at most ${o.perPlanPair} per pair of plans, ${o.limit} per theme`,
    },
    plans: analysis.plans,
    themes: analysis.themes.map((theme) => ({
      theme,
      /** The theme's nearest-plans file, relative to /data/. */
      neighbours: similarityFile(theme),
      passagePairs: (analysis.passagePairs.get(theme) ?? []).map((p) => ({
        similarity: round(p.similarity),
        a: { plan: p.a.plan, paragraph: p.a.paragraphId, sentence: p.a.sentenceId, text: p.a.text },
        b: { plan: p.b.plan, paragraph: p.b.paragraphId, sentence: p.b.sentenceId, text: p.b.text },
      })),
    })),
  };
}

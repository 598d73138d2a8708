/**
 * Distinctive terms: character n-grams (2–6 Han characters) that one document uses
 * significantly more than all the others together, ranked by log-likelihood G².
 *
 * Two passes keep memory flat for hundreds of plans: the first counts each document alone
 * and keeps its candidates (frequent enough, mostly on word boundaries); the second counts
 * only those candidates across the corpus. Significance is G² (log-likelihood); the order is
 * Log Ratio (how many times more often, on a log₂ scale), so terms used only here come before
 * common words used a little more here, plus half the surprisal of the term's rarest character,
 * so that among terms used only here a named thing (铊污染, 湘江) comes before a turn of phrase. Longer n-grams subsume their parts: a shorter term
 * goes when longer significant terms account for most of its occurrences (环境问题整 inside
 * 环境问题整改 and 环境问题整治), and overlapping parts of a phrase longer than six characters
 * are joined back (绿水青山就是 + 就是金山银山 → 绿水青山就是金山银山).
 */
import { COMPUTE_ALWAYS, type ArtefactCache } from '../artefact-cache.ts';
import { countRunNgrams, DEFAULT_NGRAM_OPTIONS, type NgramCount, type NgramOptions } from './char-ngrams.ts';
import { hasFunctionEdge } from './function-characters.ts';
import { hanRuns } from './han-runs.ts';
import { G2_P01, logLikelihood, logRatio } from './log-likelihood.ts';

export interface KeynessDocument {
  id: string;
  texts: string[];
  /** Terms never reported for this document (its own name): any n-gram inside one, or holding one, is skipped. */
  exclude?: string[];
}

export interface DistinctiveTerm {
  term: string;
  /** Occurrences in this document. */
  count: number;
  /** Occurrences in all other documents. */
  otherCount: number;
  /** Other documents that use the term at all. */
  otherDocuments: number;
  /** Log-likelihood G² of this document against the rest. */
  g2: number;
  /** log₂ of the ratio of relative frequencies here and in the rest (0.5 stands in for a zero count). */
  logRatio: number;
  /** Surprisal (bits) of the term's rarest character in the whole corpus: 铊 high, 加 low. */
  specificity: number;
  /** The order: logRatio + specificityWeight × specificity, both in bits. */
  score: number;
  /** Occurrences per 10,000 Han characters, here and in the rest. */
  rate: number;
  otherRate: number;
}

export interface KeynessOptions extends NgramOptions {
  /** Fewest occurrences in the document. */
  minCount: number;
  /** Least share of occurrences that start and end on an Intl.Segmenter word boundary. */
  minAligned: number;
  /** Least G² (6.63: p < 0.01). */
  minG2: number;
  /** A longer term subsumes a shorter one it contains when it has at least this share of its count. */
  subsumeRatio: number;
  /** Weight of specificity in the order (0: Log Ratio alone). */
  specificityWeight: number;
  /** Terms kept per document. */
  limit: number;
}

export const DEFAULT_KEYNESS_OPTIONS: KeynessOptions = {
  ...DEFAULT_NGRAM_OPTIONS,
  minCount: 3,
  minAligned: 0.5,
  minG2: G2_P01,
  subsumeRatio: 0.7,
  specificityWeight: 0.5,
  limit: 40,
};

/** Count only the given n-grams (no segmentation needed): the corpus-wide second pass. */
function countKept(runs: readonly string[], keep: ReadonlySet<string>, options: NgramOptions): Map<string, number> {
  const counts = new Map<string, number>();
  for (const run of runs) {
    for (let i = 0; i < run.length; i++) {
      const last = Math.min(options.maxLength, run.length - i);
      for (let n = options.minLength; n <= last; n++) {
        const gram = run.slice(i, i + n);
        if (keep.has(gram)) counts.set(gram, (counts.get(gram) ?? 0) + 1);
      }
    }
  }
  return counts;
}

function isExcluded(term: string, exclude: string[]): boolean {
  return exclude.some((e) => e.includes(term) || term.includes(e));
}

/**
 * How rare a term's rarest character is in the corpus (surprisal, bits): among terms with equal
 * counts, 铊污染 comes before 利用率, a named thing before a turn of phrase.
 */
function characterRarity(runs: readonly string[]): (term: string) => number {
  const freq = new Map<string, number>();
  let total = 0;
  for (const run of runs) {
    for (const ch of run) freq.set(ch, (freq.get(ch) ?? 0) + 1);
    total += run.length;
  }
  return (term) => Math.max(...[...term].map((ch) => -Math.log2((freq.get(ch) ?? 1) / total)));
}

/** Non-overlapping occurrences of `term` in `text`. */
export function countOccurrences(text: string, term: string): number {
  if (!term) return 0;
  let n = 0;
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) n++;
  return n;
}

/**
 * Drop a term when longer kept terms account for at least `ratio` of its occurrences: one term
 * containing it, or together the terms that extend it by one character on the same side.
 */
export function subsumeTerms<T extends { term: string; count: number }>(terms: T[], ratio: number): T[] {
  // Each term under every shorter string it contains, so that a term finds the longer ones containing it at once.
  const containing = new Map<string, T[]>();
  for (const t of terms) {
    const seen = new Set<string>();
    for (let i = 0; i < t.term.length; i++) {
      for (let j = i + 1; j <= t.term.length; j++) {
        if (j - i === t.term.length) continue;
        const part = t.term.slice(i, j);
        if (seen.has(part)) continue;
        seen.add(part);
        let list = containing.get(part);
        if (!list) containing.set(part, (list = []));
        list.push(t);
      }
    }
  }
  const covered = (t: T) => {
    let left = 0;
    let right = 0;
    for (const other of containing.get(t.term) ?? []) {
      if (other.count >= ratio * t.count) return true;
      if (other.term.length === t.term.length + 1) {
        if (other.term.startsWith(t.term)) right += other.count;
        else left += other.count;
      }
    }
    return left >= ratio * t.count || right >= ratio * t.count;
  };
  return terms.filter((t) => !covered(t));
}

/** The phrase two terms form when the end of `a` is the start of `b` (at least two characters shared). */
function joinOverlap(a: string, b: string): string | undefined {
  for (let k = Math.min(a.length, b.length) - 1; k >= 2; k--) {
    if (a.endsWith(b.slice(0, k))) return a + b.slice(k);
  }
  return undefined;
}

/**
 * `cache`: where each document's own candidates (pass 1, computed from its texts, its excluded
 * names and the options, nothing else) are kept across builds.
 */
export function distinctiveTerms(
  documents: KeynessDocument[],
  options: Partial<KeynessOptions> = {},
  cache: ArtefactCache = COMPUTE_ALWAYS,
): Map<string, DistinctiveTerm[]> {
  const o = { ...DEFAULT_KEYNESS_OPTIONS, ...options };
  const runs = documents.map((d) => d.texts.flatMap((t) => hanRuns(t).map((r) => r.text)));
  const sizes = runs.map((r) => r.reduce((n, run) => n + run.length, 0));
  const corpusSize = sizes.reduce((a, b) => a + b, 0);
  const rarity = characterRarity(runs.flat());
  // Han runs joined by a separator no term contains: for counting phrases longer than maxLength.
  const joined = runs.map((r) => r.join('|'));

  // Pass 1: each document's own candidates.
  const passOne = JSON.stringify([o.minLength, o.maxLength, o.minCount, o.minAligned]);
  const candidates: Map<string, NgramCount>[] = documents.map((d, i) =>
    cache.through('ngram-candidates', [JSON.stringify(runs[i]), JSON.stringify(d.exclude ?? []), passOne], () => {
      const own = new Map<string, NgramCount>();
      for (const [gram, c] of countRunNgrams(runs[i], o)) {
        if (c.count >= o.minCount && c.aligned >= o.minAligned * c.count && !hasFunctionEdge(gram) && !isExcluded(gram, d.exclude ?? [])) own.set(gram, c);
      }
      return own;
    }),
  );
  const union = new Set<string>();
  for (const own of candidates) for (const gram of own.keys()) union.add(gram);

  // Pass 2: corpus totals and document frequencies of the candidates only.
  const totals = new Map<string, number>();
  /** The documents (indexes) that use each candidate. */
  const usedIn = new Map<string, number[]>();
  runs.forEach((docRuns, k) => {
    for (const [gram, n] of countKept(docRuns, union, o)) {
      totals.set(gram, (totals.get(gram) ?? 0) + n);
      const list = usedIn.get(gram);
      if (list) list.push(k);
      else usedIn.set(gram, [k]);
    }
  });

  const phrases = new PhraseCounts(joined, usedIn);
  const result = new Map<string, DistinctiveTerm[]>();
  documents.forEach((d, i) => {
    const c = sizes[i];
    const rest = corpusSize - c;
    const score = (term: string, a: number, b: number, otherDocuments: number): DistinctiveTerm | undefined => {
      // Only terms used more here than elsewhere (G² is two-sided).
      if (rest > 0 && a / c <= b / rest) return undefined;
      const g2 = logLikelihood(a, b, c, rest);
      if (g2 < o.minG2) return undefined;
      return {
        term,
        count: a,
        otherCount: b,
        otherDocuments,
        g2,
        logRatio: logRatio(a, b, c, rest),
        specificity: 0,
        score: 0,
        rate: (a / c) * 1e4,
        otherRate: rest > 0 ? (b / rest) * 1e4 : 0,
      };
    };
    let terms: DistinctiveTerm[] = [];
    for (const [term, { count }] of candidates[i]) {
      const t = score(term, count, totals.get(term)! - count, usedIn.get(term)!.length - 1);
      if (t) terms.push(t);
    }
    terms = subsumeTerms(terms, o.subsumeRatio);
    terms = joinPhrases(terms, d, i, joined, phrases, o.subsumeRatio, score);
    for (const t of terms) {
      t.specificity = rarity(t.term);
      t.score = t.logRatio + o.specificityWeight * t.specificity;
    }
    result.set(d.id, terms.sort((x, y) => y.score - x.score || y.g2 - x.g2 || x.term.localeCompare(y.term)).slice(0, o.limit));
  });
  return result;
}

/**
 * Where phrases occur in the whole corpus: each phrase is counted once in every document that
 * could hold it (the documents using its rarer part, as both parts must be there), and the count
 * is kept, so a phrase many documents join is not counted again for each of them.
 */
class PhraseCounts {
  /** Phrase → document → occurrences (documents without one left out), in document order. */
  private readonly found = new Map<string, Map<number, number>>();
  constructor(
    private readonly texts: readonly string[],
    /** The documents (indexes) that use each n-gram. */
    private readonly usedIn: ReadonlyMap<string, number[]>,
  ) {}

  /** Every document using a term: an n-gram, or a phrase counted before. */
  documentsWith(term: string): Iterable<number> {
    const phrase = this.found.get(term);
    return phrase ? phrase.keys() : (this.usedIn.get(term) ?? []);
  }

  /** The occurrences of `phrase` in every document, scanning only the documents using `part` (a term the phrase contains). */
  occurrences(phrase: string, part: string): ReadonlyMap<number, number> {
    let found = this.found.get(phrase);
    if (!found) {
      found = new Map();
      for (const k of this.documentsWith(part)) {
        const m = countOccurrences(this.texts[k], phrase);
        if (m > 0) found.set(k, m);
      }
      this.found.set(phrase, found);
    }
    return found;
  }
}

/**
 * Join overlapping terms into the longer phrase they are parts of, when the phrase accounts for
 * most occurrences of both; the parts then go. Repeats until nothing joins.
 */
function joinPhrases(
  terms: DistinctiveTerm[],
  doc: KeynessDocument,
  /** This document's index in `texts`. */
  self: number,
  /** Every document's Han runs, joined. */
  texts: readonly string[],
  phrases: PhraseCounts,
  ratio: number,
  score: (term: string, a: number, b: number, otherDocuments: number) => DistinctiveTerm | undefined,
): DistinctiveTerm[] {
  const text = texts[self];
  for (let changed = true; changed; ) {
    changed = false;
    search: for (const a of terms) {
      for (const b of terms) {
        if (a === b) continue;
        const phrase = joinOverlap(a.term, b.term);
        if (!phrase || terms.some((t) => t.term === phrase) || hasFunctionEdge(phrase) || isExcluded(phrase, doc.exclude ?? [])) continue;
        const n = countOccurrences(text, phrase);
        if (n < ratio * a.count || n < ratio * b.count) continue;
        // A phrase is no more common elsewhere than its rarer part: skip the count when that is zero.
        let otherCount = 0;
        let otherDocuments = 0;
        if (a.otherCount > 0 && b.otherCount > 0) {
          for (const [k, m] of phrases.occurrences(phrase, a.otherCount <= b.otherCount ? a.term : b.term)) {
            if (k === self) continue;
            otherCount += m;
            otherDocuments++;
          }
        }
        const joined = score(phrase, n, otherCount, otherDocuments);
        if (!joined) continue;
        terms = subsumeTerms([...terms, joined], ratio);
        changed = true;
        break search;
      }
    }
  }
  return terms;
}

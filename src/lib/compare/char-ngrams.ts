/**
 * Count character n-grams of Han text, and how often each occurrence starts and ends on a
 * word boundary. Intl.Segmenter supplies the boundaries only: it splits new policy terms
 * (零|直|排) apart, so every n-gram is counted, and alignment is evidence, not the unit.
 */
import { hanRuns } from './han-runs.ts';

export interface NgramCount {
  count: number;
  /** Occurrences that begin and end on a word boundary of Intl.Segmenter. */
  aligned: number;
}

export interface NgramOptions {
  minLength: number;
  maxLength: number;
}

export const DEFAULT_NGRAM_OPTIONS: NgramOptions = { minLength: 2, maxLength: 6 };

let segmenter: Intl.Segmenter | undefined;

/** Offsets in `run` where Intl.Segmenter puts a word boundary, including 0 and the end. */
export function wordBoundaries(run: string): Uint8Array {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const marks = new Uint8Array(run.length + 1);
  for (const s of segmenter.segment(run)) marks[s.index] = 1;
  marks[run.length] = 1;
  return marks;
}

/**
 * Add the n-grams of `texts` to `counts`. When `keep` is given, only n-grams it holds are
 * counted (the second pass over a large corpus counts just the candidates).
 */
export function countNgrams(
  texts: Iterable<string>,
  options: NgramOptions = DEFAULT_NGRAM_OPTIONS,
  counts: Map<string, NgramCount> = new Map(),
  keep?: ReadonlySet<string>,
): Map<string, NgramCount> {
  const runs: string[] = [];
  for (const text of texts) for (const r of hanRuns(text)) runs.push(r.text);
  return countRunNgrams(runs, options, counts, keep);
}

/** countNgrams over text that is already cut into Han runs. */
export function countRunNgrams(
  runs: readonly string[],
  options: NgramOptions = DEFAULT_NGRAM_OPTIONS,
  counts: Map<string, NgramCount> = new Map(),
  keep?: ReadonlySet<string>,
): Map<string, NgramCount> {
  for (const run of runs) {
    if (run.length < options.minLength) continue;
    const marks = wordBoundaries(run);
    for (let i = 0; i < run.length; i++) {
      const last = Math.min(options.maxLength, run.length - i);
      for (let n = options.minLength; n <= last; n++) {
        const gram = run.slice(i, i + n);
        if (keep && !keep.has(gram)) continue;
        let c = counts.get(gram);
        if (!c) counts.set(gram, (c = { count: 0, aligned: 0 }));
        c.count++;
        if (marks[i] && marks[i + n]) c.aligned++;
      }
    }
  }
  return counts;
}

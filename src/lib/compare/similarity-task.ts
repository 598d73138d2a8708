/**
 * Nearest plans as a task another thread can run: what planSimilarity reads, laid out so that
 * every sentence crosses once (themes name sentences by index), and its result as typed arrays
 * that move without copying. `runSimilarityTask` gives the same PlanSimilarity, to the last bit, as
 * planSimilarity on similarityInputs of the same atlas: the same sentences in the same order, the
 * same IDF, the same call.
 */
import type { Atlas } from '../atlas.ts';
import { planSimilarity, type Neighbour, type PlanSimilarity, type PlanThemeText } from './plan-similarity.ts';
import { inverseDocumentFrequency } from './tfidf.ts';
import { allPassages, themePassages } from './theme-passages.ts';

export interface SimilarityTask {
  /** Plan ids, in atlas order. */
  plans: string[];
  /** Theme ids in order; `allText` names the whole text (every sentence of a plan). */
  themes: string[];
  allText: string;
  pairsTheme: string;
  topPairs: number;
  /** Every sentence of every plan, plan after plan: what the IDF is computed over. */
  sentences: string[];
  /** Plan p's sentences are sentences[planStart[p] … planStart[p + 1]). */
  planStart: Int32Array;
  /** Per theme (not allText), in `themes` order: the indices into `sentences` of the sentences on it, in plan order. */
  members: Int32Array[];
}

/** The task for an atlas: sentences as allPassages gives them, themes' sentences as themePassages picks them. */
export function similarityTask(atlas: Atlas, options: { allText: string; pairsTheme: string; topPairs: number }): SimilarityTask {
  const themeIds = atlas.themes.map((t) => t.id);
  const sentences: string[] = [];
  const planStart = new Int32Array(atlas.plans.length + 1);
  const members: number[][] = themeIds.map(() => []);
  atlas.plans.forEach((p, i) => {
    const first = sentences.length;
    const at = new Map<string, number>();
    for (const s of allPassages(p)) {
      at.set(`${s.paragraphId}\u0000${s.sentenceId}`, sentences.length);
      sentences.push(s.text);
    }
    planStart[i + 1] = sentences.length;
    themeIds.forEach((theme, t) => {
      for (const s of themePassages(p, theme)) {
        const index = at.get(`${s.paragraphId}\u0000${s.sentenceId}`);
        if (index === undefined || index < first) throw new Error(`similarity task: sentence ${s.sentenceId} of ${s.plan} is on ${theme} but not in the plan's text`);
        members[t].push(index);
      }
    });
  });
  return {
    plans: atlas.plans.map((p) => p.plan.meta.id),
    themes: [...themeIds, options.allText],
    allText: options.allText,
    pairsTheme: options.pairsTheme,
    topPairs: options.topPairs,
    sentences,
    planStart,
    members: members.map((m) => Int32Array.from(m)),
  };
}

/** The task's inputs as planSimilarity takes them (the order similarityInputs gives is not needed: planSimilarity groups by theme and plan). */
function taskTexts(task: SimilarityTask): PlanThemeText[] {
  const { plans, planStart, sentences } = task;
  const out: PlanThemeText[] = plans.map((plan, p) => ({ plan, theme: task.allText, texts: sentences.slice(planStart[p], planStart[p + 1]) }));
  task.themes.forEach((theme, t) => {
    if (theme === task.allText) return;
    const byPlan: string[][] = plans.map(() => []);
    let p = 0;
    for (const index of task.members[t]) {
      while (index >= planStart[p + 1]) p++;
      byPlan[p].push(sentences[index]);
    }
    plans.forEach((plan, q) => out.push({ plan, theme, texts: byPlan[q] }));
  });
  return out;
}

export function runSimilarityTask(task: SimilarityTask): PlanSimilarity {
  const idf = inverseDocumentFrequency(task.sentences);
  return planSimilarity(taskTexts(task), task.plans, task.themes, idf, { pairsTheme: task.pairsTheme, topPairs: task.topPairs });
}

/** A PlanSimilarity as typed arrays (and the few top pairs as they are). */
export interface PackedSimilarity {
  themes: { theme: string; k: number; hasText: Uint8Array; counts: Int32Array; index: Int32Array; similarity: Float64Array }[];
  pairs: [number, number][];
  pairValues: [string, (number | null)[]][];
}

export function packSimilarity(result: PlanSimilarity): PackedSimilarity {
  return {
    themes: result.neighbours.map((t) => {
      const total = t.neighbours.reduce((n, list) => n + list.length, 0);
      const index = new Int32Array(total);
      const similarity = new Float64Array(total);
      let at = 0;
      for (const list of t.neighbours) {
        for (const x of list) {
          index[at] = x.index;
          similarity[at++] = x.similarity;
        }
      }
      return { theme: t.theme, k: t.k, hasText: t.hasText, counts: Int32Array.from(t.neighbours, (list) => list.length), index, similarity };
    }),
    pairs: result.pairs.pairs.map(([i, j]) => [i, j]),
    pairValues: [...result.pairs.byTheme],
  };
}

/** The buffers a packed result can hand over instead of copying. */
export function packedBuffers(packed: PackedSimilarity): ArrayBuffer[] {
  return packed.themes.flatMap((t) => [t.hasText.buffer, t.counts.buffer, t.index.buffer, t.similarity.buffer] as ArrayBuffer[]);
}

export function unpackSimilarity(packed: PackedSimilarity, plans: readonly string[]): PlanSimilarity {
  return {
    neighbours: packed.themes.map((t) => {
      let at = 0;
      const neighbours: Neighbour[][] = Array.from(t.counts, (count) => {
        const list: Neighbour[] = [];
        for (let r = 0; r < count; r++, at++) list.push({ index: t.index[at], similarity: t.similarity[at] });
        return list;
      });
      return { theme: t.theme, plans, hasText: t.hasText, k: t.k, neighbours };
    }),
    pairs: { pairs: packed.pairs.map(([i, j]) => [i, j] as const), byTheme: new Map(packed.pairValues) },
  };
}

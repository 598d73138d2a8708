// Nearest plans computed on another thread: the task carries what planSimilarity reads, and the
// worker's result, packed and unpacked, is the same to the last bit as planSimilarity here, on the
// five plans and on a synthetic corpus of 120 (dense columns, top pairs, ties).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { generateCorpus, seedSentencesFrom } from '../../bench/corpus.ts';
import { loadAtlas } from '../../scripts/load-content.ts';
import { nearestPlansBeside, nearestPlansOnWorker } from '../../src/data/nearest-plans.ts';
import type { Atlas } from '../../src/lib/atlas.ts';
import { planSimilarity, type PlanSimilarity } from '../../src/lib/compare/plan-similarity.ts';
import { packSimilarity, runSimilarityTask, similarityTask, unpackSimilarity } from '../../src/lib/compare/similarity-task.ts';
import { SIMILARITY_OPTIONS, similarityInputs, textAnalysis } from '../../src/lib/compare/text-analysis.ts';

const seeds = loadAtlas();
const dir = mkdtempSync(join(tmpdir(), 'similarity-task-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const synthetic = loadAtlas(undefined, generateCorpus(120, seedSentencesFrom(seeds), { outDir: dir }).dir);

/** planSimilarity as the analysis calls it on this thread. */
function here(atlas: Atlas): PlanSimilarity {
  const { idf, byTheme, themes } = similarityInputs(atlas);
  return planSimilarity(byTheme, atlas.plans.map((p) => p.plan.meta.id), themes, idf, { pairsTheme: SIMILARITY_OPTIONS.pairsTheme, topPairs: SIMILARITY_OPTIONS.topPairs });
}

describe.each([
  ['the five plans', seeds],
  ['120 synthetic plans', synthetic],
])('nearest plans as a task, on %s', (_name, atlas) => {
  const expected = here(atlas);

  it('carries every sentence once and each theme as indices into them, in plan order', () => {
    const task = similarityTask(atlas, SIMILARITY_OPTIONS);
    const { byTheme } = similarityInputs(atlas);
    expect(task.sentences).toHaveLength(task.planStart[task.plans.length]);
    for (const t of byTheme) {
      const p = task.plans.indexOf(t.plan);
      const own = t.theme === SIMILARITY_OPTIONS.allText ? task.sentences.slice(task.planStart[p], task.planStart[p + 1]) : [...task.members[task.themes.indexOf(t.theme)]].filter((i) => i >= task.planStart[p] && i < task.planStart[p + 1]).map((i) => task.sentences[i]);
      expect(own).toEqual(t.texts);
    }
  });

  it('gives the same result to the last bit when run, packed and unpacked', () => {
    const task = similarityTask(atlas, SIMILARITY_OPTIONS);
    const result = unpackSimilarity(structuredClone(packSimilarity(runSimilarityTask(task))), task.plans);
    expect(result).toEqual(expected);
    expect(result.neighbours.some((t) => t.neighbours.some((list) => list.length > 0))).toBe(true);
  });

  it('gives the same result from a worker thread as here', async () => {
    const { similarity, seconds } = await nearestPlansOnWorker(similarityTask(atlas, SIMILARITY_OPTIONS));
    expect(similarity).toEqual(expected);
    expect(seconds).toBeGreaterThan(0);
  });
});

describe('a worker thread that cannot run', () => {
  it('is reported in one line and the result computed here is the same', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const result = await nearestPlansBeside(similarityTask(seeds, SIMILARITY_OPTIONS), dir);
      expect(result).toEqual(here(seeds));
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0][0])).toMatch(/^nearest plans: the worker thread failed \(.*similarity-worker\.mjs.*\); computing them on the main thread$/);
    } finally {
      warn.mockRestore();
    }
  });
});

describe('the analysis with nearest plans from the task', () => {
  it('is the analysis computed in one piece', async () => {
    const { analyseAtlasApartFromSimilarity, completeAnalysis } = await import('../../src/lib/compare/text-analysis.ts');
    const task = similarityTask(seeds, SIMILARITY_OPTIONS);
    const fromParts = completeAnalysis(analyseAtlasApartFromSimilarity(seeds), runSimilarityTask(task));
    expect(fromParts).toEqual(textAnalysis(seeds));
    expect(Object.keys(fromParts)).toEqual(Object.keys(textAnalysis(seeds)));
  });
});

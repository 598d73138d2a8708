/**
 * Nearest plans beside the rest of the analysis: the one part of it that grows with the square of
 * the plans runs on a worker thread (scripts/similarity-worker.mjs, which runs scripts/similarity-worker.ts) while this thread computes the
 * others, so a build uses the machine's second core. The result is the same to the last bit as
 * planSimilarity here (the same inputs and code); if the worker cannot run, it is computed here.
 * ATLAS_SIMILARITY_THREAD=off computes it here always.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { runSimilarityTask, unpackSimilarity, type PackedSimilarity, type SimilarityTask } from '../lib/compare/similarity-task.ts';
import type { PlanSimilarity } from '../lib/compare/plan-similarity.ts';

/** Runs the task on a worker thread (`seconds`: the worker's own time); rejects if the worker cannot start or stops without a result. */
export function nearestPlansOnWorker(task: SimilarityTask, root: string = process.cwd()): Promise<{ similarity: PlanSimilarity; seconds: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(root, 'scripts', 'similarity-worker.mjs'), { workerData: task });
    worker.once('message', ({ packed, seconds }: { packed: PackedSimilarity; seconds: number }) => {
      resolve({ similarity: unpackSimilarity(packed, task.plans), seconds });
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`exit code ${code} before a result`)));
  });
}

/** Nearest plans on a worker thread, or here if that fails (the same result either way). */
export async function nearestPlansBeside(task: SimilarityTask, root: string = process.cwd()): Promise<PlanSimilarity> {
  if (process.env.ATLAS_SIMILARITY_THREAD === 'off') return runSimilarityTask(task);
  try {
    return (await nearestPlansOnWorker(task, root)).similarity;
  } catch (e) {
    console.warn(`nearest plans: the worker thread failed (${e instanceof Error ? e.message : String(e)}); computing them on the main thread`);
    return runSimilarityTask(task);
  }
}

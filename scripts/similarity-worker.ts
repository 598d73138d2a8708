/**
 * Nearest plans on a worker thread: runs the SimilarityTask it is given (workerData) and posts the
 * result back packed (with the seconds it took), its buffers handed over rather than copied. Started by
 * src/data/nearest-plans.ts with tsx, so that the build's other analyses go on meanwhile.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { packedBuffers, packSimilarity, runSimilarityTask, type SimilarityTask } from '../src/lib/compare/similarity-task.ts';

const started = performance.now();
const packed = packSimilarity(runSimilarityTask(workerData as SimilarityTask));
parentPort!.postMessage({ packed, seconds: (performance.now() - started) / 1000 }, packedBuffers(packed));

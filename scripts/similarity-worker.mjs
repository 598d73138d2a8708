// Worker-thread entry for nearest plans: registers tsx in this thread, then runs the TypeScript
// worker (scripts/similarity-worker.ts). Started by src/data/nearest-plans.ts.
import { register } from 'tsx/esm/api';

register();
await import('./similarity-worker.ts');

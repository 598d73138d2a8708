// vitest globalSetup for the e2e project: the gates run against a dist/ that is up to date.
// (npm run test:e2e already ran scripts/ensure-build.mjs; then this only checks mtimes.)
import { ensureBuild } from '../../../scripts/ensure-build.mjs';

export default function setup(): void {
  ensureBuild({ log: (m: string) => console.log(m) });
}

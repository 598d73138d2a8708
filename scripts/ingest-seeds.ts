/** Re-ingest every seed listed in content/ingest-manifest.json into content/plans/. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, ingestFile, loadManifest } from './ingest-lib.ts';

for (const { seed, ...options } of loadManifest()) {
  const result = ingestFile(join(ROOT, 'seeds', seed), options);
  writeFileSync(join(ROOT, 'content/plans', `${options.id}.md`), result.markdown);
  for (const n of result.notices) console.warn(`notice: ${n}`);
  console.log(`${seed} → content/plans/${options.id}.md`);
}

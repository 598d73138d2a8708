/**
 * npm run ingest -- <file.txt> --id <plan-id> [--jurisdiction id] [--issuer 名称]
 *   [--published YYYY-MM-DD|unknown] [--years 2020,2021] [--title 标题] [--kind plan|review-and-plan]
 * Writes content/plans/<plan-id>.md. Metadata the text does not state must be given as flags.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError } from '../src/lib/ingest/decode.ts';
import { ROOT, ingestFile } from './ingest-lib.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    id: { type: 'string' },
    jurisdiction: { type: 'string' },
    issuer: { type: 'string' },
    published: { type: 'string' },
    years: { type: 'string' },
    title: { type: 'string' },
    kind: { type: 'string' },
    out: { type: 'string' },
  },
});

const [file] = positionals;
if (!file || !values.id) {
  console.error('usage: npm run ingest -- <file.txt> --id <plan-id> [--jurisdiction id] [--issuer 名称] [--published YYYY-MM-DD|unknown] [--years 2020,2021]');
  process.exit(2);
}
if (values.kind && values.kind !== 'plan' && values.kind !== 'review-and-plan') {
  console.error(`${file}: kind: expected plan or review-and-plan, got "${values.kind}"`);
  process.exit(1);
}
try {
  const result = ingestFile(file, {
    id: values.id,
    jurisdiction: values.jurisdiction,
    issuer: values.issuer,
    published: values.published,
    title: values.title,
    kind: values.kind as 'plan' | 'review-and-plan' | undefined,
    years: values.years?.split(',').map(Number),
  });
  const out = values.out ?? join(ROOT, 'content/plans', `${values.id}.md`);
  writeFileSync(out, result.markdown);
  for (const n of result.notices) console.warn(`notice: ${n}`);
  console.log(`wrote ${out}`);
} catch (error) {
  if (error instanceof InputError) {
    console.error(`ingest failed: ${error.message}`);
    process.exit(1);
  }
  throw error;
}

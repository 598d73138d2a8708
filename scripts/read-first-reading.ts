/**
 * One batch's first reading: the figures that the code as it stood when batch <b> joined the corpus
 * read in that batch's tuning-half texts, which it had never seen. Each is labelled right or wrong
 * against the corpus's annotations as they stand now, matched as score-real.ts matches them.
 * These readings are realistic wrong figures for fitting a learned doubt (the figure gate of
 * tests/fixtures/real-texts/gate-preregistration.md): the current code reads its tuning half almost
 * without error and so shows none to learn from, and the measuring half must stay unread by fitting.
 *
 * Run in a checkout of the commit that added batch <b> (this file copied into its scripts/):
 *   npx tsx scripts/read-first-reading.ts <b> <commit> <current corpus dir> <real-text-first-readings.json>
 * It reads only the batch's tuning-half ids and replaces that batch's entry in the JSON file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContentOrThrow } from './read-content.ts';
import { DIR } from '../tests/fixtures/real-texts/score-real.ts';
import { ingestText } from '../src/lib/ingest/ingest-text.ts';
import { extractFigures } from '../src/lib/indicators/extract-indicators.ts';
import { compileMetrics } from '../src/lib/indicators/metric-matcher.ts';
import { parsePlanFile } from '../src/lib/content/plan-file.ts';
import { parsePlan } from '../src/lib/structure.ts';
import type { PlanMeta } from '../src/lib/types.ts';

interface Figure { metric: string; kind: string; basis: string; value: number; unit: string; quote: string }
const [batch, commit, corpus, out] = process.argv.slice(2);
if (!out) throw new Error('usage: read-first-reading.ts <batch> <commit> <current corpus dir> <real-text-first-readings.json>');

const ids: string[] = JSON.parse(readFileSync(join(DIR, 'halves.json'), 'utf8')).batches[batch].tune;
const compiled = compileMetrics(readContentOrThrow().metrics);
const squeeze = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const key = (f: Omit<Figure, 'quote'>) => `${f.metric} ${f.kind} ${f.basis} ${f.value}${f.unit}`;
const figures: unknown[] = [];
for (const id of ids) {
  // The text as the old code knew it, the annotation as it stands now.
  const a = JSON.parse(readFileSync(join(DIR, `${id}.json`), 'utf8'));
  const now = JSON.parse(readFileSync(join(corpus, `${id}.json`), 'utf8')) as { figures: Figure[] };
  const bytes = new Uint8Array(readFileSync(join(DIR, `${id}.txt`)));
  const options = { file: `${id}.txt`, id, jurisdiction: 'here', issuer: a.issuer ?? '(unknown)', published: a.published ?? 'unknown', years: a.years };
  let markdown: string;
  try {
    markdown = ingestText(bytes, options, [{ id: 'here', nameZh: a.jurisdictionZh }]).markdown;
  } catch {
    const title = a.title ?? `${a.jurisdictionZh}${a.years.at(-1)}年${a.genre}`;
    markdown = ingestText(bytes, { ...options, title }, [{ id: 'here', nameZh: a.jurisdictionZh }]).markdown;
  }
  const { data, body } = parsePlanFile(new TextEncoder().encode(markdown), id);
  const plan = parsePlan(data as unknown as PlanMeta, body);
  const pool = now.figures.map((f) => ({ f, quote: squeeze(f.quote), used: false }));
  for (const x of extractFigures(plan, compiled).figures) {
    const paragraph = squeeze(plan.paragraphs.find((p) => p.id === x.paragraph)!.text);
    const sentence = squeeze(x.quote);
    const candidates = pool.filter((e) => !e.used && key(e.f) === key(x));
    const match = candidates.find((e) => sentence.includes(e.quote) || e.quote.includes(sentence)) ?? candidates.find((e) => paragraph.includes(e.quote));
    if (match) match.used = true;
    const { metric, value, unit, comparator, aspirational, kind, basis, baseYear, year, scope, quote, part } = x;
    figures.push({ id, metric, value, unit, comparator, aspirational, kind, basis, baseYear, year, scope, quote, part, right: !!match });
  }
}
const file = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : { batches: {} };
file.batches[batch] = { commit, ids, figures };
writeFileSync(out, `${JSON.stringify(file, null, 1)}\n`);
const right = figures.filter((f) => (f as { right: boolean }).right).length;
console.log(`batch ${batch} (${commit}): ${ids.length} texts, ${figures.length} figures read, ${right} right, ${figures.length - right} wrong`);

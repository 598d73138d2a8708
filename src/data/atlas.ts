/** The one bridge from Astro's content collections to the analysis library. Pages import from here. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { assembleAtlas, type Atlas } from '../lib/atlas.ts';
import { InputError } from '../lib/ingest/decode.ts';
import { themeLinker, type ThemeHref } from '../lib/plan-pages.ts';
import { urls } from './site.ts';

let atlas: Promise<Atlas> | undefined;

async function load(): Promise<Atlas> {
  const [plans, themes, jurisdictions] = await Promise.all([getCollection('plans'), getCollection('themes'), getCollection('jurisdictions')]);
  const sources = plans.map((entry) => ({ file: entry.filePath ?? `content/plans/${entry.id}.md`, meta: entry.data, body: entry.body ?? '' }));
  try {
    return assembleAtlas(
      sources,
      themes.map((t) => t.data),
      jurisdictions.map((j) => j.data),
      { seedExists: (name) => existsSync(join(process.cwd(), 'seeds', name)) },
    );
  } catch (error) {
    // Astro prints the message; a bare stack trace would hide the file and field.
    if (error instanceof InputError) throw new Error(`Content error — ${error.message}`);
    throw error;
  }
}

export function getAtlas(): Promise<Atlas> {
  atlas ??= load();
  return atlas;
}

let themeHref: Promise<ThemeHref> | undefined;

/** Links to theme pages that land on the page holding a plan's column. */
export function getThemeHref(): Promise<ThemeHref> {
  themeHref ??= getAtlas().then((a) => themeLinker(urls.theme, a.plans.map((p) => p.plan.meta.id)));
  return themeHref;
}

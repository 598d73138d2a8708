/** The one bridge from Astro's content collections to the analysis library. Pages import from here. */
import { getCollection, getEntry } from 'astro:content';
import { assembleAtlas, type Atlas } from '../lib/atlas.ts';
import { themeLinker, type ThemeHref } from '../lib/plan-pages.ts';
import { getArtefactStore } from './artefacts.ts';
import { urls } from './site.ts';

let atlas: Promise<Atlas> | undefined;

async function load(): Promise<Atlas> {
  const [plans, themes, jurisdictions, lexicon] = await Promise.all([
    getCollection('plans'),
    getCollection('themes'),
    getCollection('jurisdictions'),
    getEntry('lexicons', 'commitment-verbs'),
  ]);
  return assembleAtlas({
    plans: plans.map((entry) => ({ file: entry.filePath ?? `content/plans/${entry.id}.md`, meta: entry.data, body: entry.body ?? '' })),
    themes: themes.map((t) => t.data),
    jurisdictions: jurisdictions.map((j) => j.data),
    commitmentLexicon: lexicon!.data,
  }, getArtefactStore());
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

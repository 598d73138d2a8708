/** The bridge from Astro to the text analysis: the analysis of this build's atlas and the glossary. */
import { getCollection } from 'astro:content';
import { indexGlossary, type Glossary } from '../lib/compare/glossary.ts';
import { similarityTask } from '../lib/compare/similarity-task.ts';
import { analyseAtlasApartFromSimilarity, completeAnalysis, rememberTextAnalysis, SIMILARITY_OPTIONS, type TextAnalysis } from '../lib/compare/text-analysis.ts';
import type { Atlas } from '../lib/atlas.ts';
import { getArtefactStore } from './artefacts.ts';
import { getAtlas } from './atlas.ts';
import { nearestPlansBeside } from './nearest-plans.ts';

export interface SiteAnalysis {
  atlas: Atlas;
  analysis: TextAnalysis;
  glossary: Glossary;
}

let loaded: Promise<SiteAnalysis> | undefined;

async function load(): Promise<SiteAnalysis> {
  const [atlas, entries] = await Promise.all([getAtlas(), getCollection('glossary')]);
  // Nearest plans (every pair of plans compared) start on another thread; the rest is computed here meanwhile.
  const nearest = nearestPlansBeside(similarityTask(atlas, SIMILARITY_OPTIONS));
  const rest = analyseAtlasApartFromSimilarity(atlas, { cache: getArtefactStore() });
  const analysis = rememberTextAnalysis(atlas, completeAnalysis(rest, await nearest));
  return { atlas, analysis, glossary: indexGlossary(entries.map((e) => ({ id: e.id, ...e.data }))) };
}

export function getAnalysis(): Promise<SiteAnalysis> {
  loaded ??= load();
  return loaded;
}

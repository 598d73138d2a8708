/** The bridge from Astro to the text analysis: the analysis of this build's atlas and the glossary. */
import { getCollection } from 'astro:content';
import { indexGlossary, type Glossary } from '../lib/compare/glossary.ts';
import { textAnalysis, type TextAnalysis } from '../lib/compare/text-analysis.ts';
import type { Atlas } from '../lib/atlas.ts';
import { getArtefactStore } from './artefacts.ts';
import { getAtlas } from './atlas.ts';

export interface SiteAnalysis {
  atlas: Atlas;
  analysis: TextAnalysis;
  glossary: Glossary;
}

let loaded: Promise<SiteAnalysis> | undefined;

async function load(): Promise<SiteAnalysis> {
  const [atlas, entries] = await Promise.all([getAtlas(), getCollection('glossary')]);
  return { atlas, analysis: textAnalysis(atlas, getArtefactStore()), glossary: indexGlossary(entries.map((e) => ({ id: e.id, ...e.data }))) };
}

export function getAnalysis(): Promise<SiteAnalysis> {
  loaded ??= load();
  return loaded;
}

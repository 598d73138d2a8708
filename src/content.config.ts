import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { planLoader } from './data/plan-loader.ts';
import { glossarySchema, jurisdictionSchema, metricSchema, planSchema, themeSchema } from './lib/schemas.ts';

// ATLAS_PLANS_DIR lets the bad-input tests build from a fixture folder instead of content/plans.
const plans = defineCollection({
  loader: planLoader(process.env.ATLAS_PLANS_DIR ?? './content/plans'),
  schema: planSchema,
});

const themes = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/themes', generateId: ({ entry }) => entry.replace(/\.json$/, '') }),
  schema: themeSchema,
});

const jurisdictions = defineCollection({
  loader: file('./content/jurisdictions.json'),
  schema: jurisdictionSchema,
});

const glossary = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/glossary', generateId: ({ entry }) => entry.replace(/\.json$/, '') }),
  schema: glossarySchema,
});

const metrics = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/metrics', generateId: ({ entry }) => entry.replace(/\.json$/, '') }),
  schema: metricSchema,
});

export const collections = { plans, themes, jurisdictions, glossary, metrics };

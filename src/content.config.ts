import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { jurisdictionSchema, planSchema, themeSchema } from './lib/schemas.ts';

const plans = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/plans', generateId: ({ entry }) => entry.replace(/\.md$/, '') }),
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

export const collections = { plans, themes, jurisdictions };

/**
 * Astro's content layer, fed from the one content loader (scripts/read-content.ts →
 * src/lib/content). Every collection's load reads and checks all content afresh, so a
 * problem anywhere fails the build with every problem listed, and no cached store can stand
 * in for a file that is broken now.
 */
import type { Loader } from 'astro/loaders';
import { ContentError, type Content } from '../lib/content/load-content.ts';
import { readContent } from '../../scripts/read-content.ts';
import { commitmentLexiconSchema, glossarySchema, jurisdictionSchema, metricSchema, planSchema, themeSchema } from '../lib/content/schemas.ts';

/** The shape of each collection's data, for the types pages see (the data was checked by loadContent). */
const SCHEMAS = {
  plans: planSchema,
  themes: themeSchema,
  jurisdictions: jurisdictionSchema,
  metrics: metricSchema,
  glossary: glossarySchema,
  lexicons: commitmentLexiconSchema,
} as const;

type Collection = keyof typeof SCHEMAS;

/** The entries of one collection: an id and its data (and a plan's Markdown body). */
function entriesOf(content: Content, collection: Collection): { id: string; data: Record<string, unknown>; body?: string; filePath?: string }[] {
  switch (collection) {
    case 'plans':
      return content.plans.map((p) => ({ id: p.meta.id, data: { ...p.meta }, body: p.body, filePath: p.file }));
    case 'themes':
      return content.themes.map((t) => ({ id: t.id, data: { ...t } }));
    case 'jurisdictions':
      return content.jurisdictions.map((j) => ({ id: j.id, data: { ...j } }));
    case 'metrics':
      return content.metrics.map((m) => ({ id: m.id, data: { ...m } }));
    case 'glossary':
      return content.glossary.map(({ id, ...entry }) => ({ id, data: { ...entry } }));
    case 'lexicons':
      return [{ id: 'commitment-verbs', data: { ...content.commitmentLexicon } }];
  }
}

export function contentLoader(collection: Collection): Loader {
  return {
    name: `atlas-content-${collection}`,
    schema: SCHEMAS[collection],
    load: async ({ store, generateDigest }) => {
      // ATLAS_PLANS_DIR lets the bad-input tests build from a fixture folder instead of content/plans.
      const { content, problems } = readContent({ plansDir: process.env.ATLAS_PLANS_DIR });
      store.clear();
      if (problems.length > 0) {
        const error = new ContentError(problems);
        // Astro shows a loader's error message; the stack would add nothing a person can act on.
        error.stack = error.message;
        throw error;
      }
      for (const { id, data, body, filePath } of entriesOf(content, collection)) {
        store.set({ id, data, body, filePath, digest: generateDigest(JSON.stringify(data) + (body ?? '')) });
      }
    },
  };
}

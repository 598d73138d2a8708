import { defineCollection } from 'astro:content';
import { contentLoader } from './data/content-loader.ts';

// Every collection comes from the one content loader, which has already checked each file and
// the references between them; the collections carry no second schema to drift from it.
export const collections = {
  plans: defineCollection({ loader: contentLoader('plans') }),
  themes: defineCollection({ loader: contentLoader('themes') }),
  jurisdictions: defineCollection({ loader: contentLoader('jurisdictions') }),
  glossary: defineCollection({ loader: contentLoader('glossary') }),
  metrics: defineCollection({ loader: contentLoader('metrics') }),
  lexicons: defineCollection({ loader: contentLoader('lexicons') }),
};

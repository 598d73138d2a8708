/** Schemas of the content collections: one small schema per collection, each field documented. */
import { z } from 'astro/zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lowercase ASCII slug such as shaoxing-2020');

export const planSchema = z.object({
  /** Stable public id, the file name without .md. */
  id: slug,
  /** Title as published. */
  title: z.string().min(1),
  /** Id of an entry in content/jurisdictions.json. */
  jurisdiction: slug,
  /** Calendar years the text covers (a review of 2019 and points for 2020: [2019, 2020]). */
  years: z.array(z.number().int().min(1949).max(2100)).min(1),
  /** A plan, or a review of last year followed by a plan. */
  kind: z.enum(['plan', 'review-and-plan']),
  /** The issuing body. */
  issuer: z.string().min(1),
  /** Publication date (YYYY-MM-DD), or null when the source states none. */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD').nullable(),
  /** File name of the published text in seeds/. */
  seed: z.string().regex(/^[^/\\]+$/, 'a file name in seeds/ (no folders)'),
  /** What the published page said of itself (index number, source line …). */
  source: z.record(z.string()).optional(),
});

export const jurisdictionSchema = z.object({
  id: slug,
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  level: z.enum(['province', 'prefecture', 'county']),
  province: z.string().min(1),
  provinceEn: z.string().min(1),
  parentCity: z.string().optional(),
  parentCityEn: z.string().optional(),
  /** Approximate seat of government, for maps. */
  lon: z.number().min(73).max(136),
  lat: z.number().min(3).max(54),
});

export const themeSchema = z.object({
  id: slug,
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  order: z.number().int(),
  descriptionZh: z.string().min(1),
  descriptionEn: z.string().min(1),
  keywords: z.array(z.object({ term: z.string().min(1), weight: z.number().positive().max(5) })).min(1),
  exclude: z.array(z.string().min(1)).optional(),
});

export const metricSchema = z.object({
  /** Stable public id, the file name without .json. */
  id: slug,
  /** Display order on /indicators/. */
  order: z.number().int(),
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  /** The unit its values are stated in. */
  unit: z.enum(['%', 'μg/m³', '天']),
  /** Which direction is an improvement. */
  better: z.enum(['higher', 'lower']),
  /** Id of the theme (content/themes) the metric belongs to. */
  theme: slug,
  /** `level`: the value is the state itself (a rate, a concentration); `reduction`: a fall against a base year. */
  quantity: z.enum(['level', 'reduction']),
  descriptionZh: z.string().min(1),
  descriptionEn: z.string().min(1),
  /** Words that name the metric in a plan; `{value}` marks where the figure sits inside a phrasing (水质{value}达标). */
  phrasings: z.array(z.string().min(1)).min(1),
  /** When set, a phrasing counts only in a clause that also holds one of these words (氮氧化物 … 下降). */
  requires: z.array(z.string().min(1)).optional(),
});

/** Turn a zod error into "file: field: expected …" lines a person can act on. */
export function describeSchemaError(file: string, error: z.ZodError): string {
  return error.issues.map((i) => `${file}: ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
}

/** A glossary entry (content/glossary/*.json): a named programme or slogan, explained. */
export const glossarySchema = z.object({
  /** The term as plans write it, without quotation marks (三线一单). */
  term: z.string().min(1),
  /** What it is, in a sentence or two of Chinese. */
  explanationZh: z.string().min(1),
  /** An English rendering of the term. */
  english: z.string().min(1),
});

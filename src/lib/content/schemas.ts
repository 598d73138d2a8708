/**
 * Schemas of the content files: one small schema per collection, each field documented.
 * Plain zod (the same major version Astro bundles), so tests, ingest and the build share them.
 * Objects are strict: a misspelt field is an error, never silently ignored.
 */
import { z } from 'zod';

/** A YYYY-MM-DD date that exists in the calendar (2021-02-30 does not). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const calendarDate = z.string().refine(isCalendarDate, 'a date YYYY-MM-DD that exists in the calendar');

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lowercase ASCII slug such as shaoxing-2020');

export const planSchema = z.object({
  /** Stable public id, the file name without .md. */
  id: slug,
  /** Title as published. */
  title: z.string().min(1),
  /** Id of an entry in content/jurisdictions.json. */
  jurisdiction: slug,
  /** Calendar years the text covers (a review of 2019 and points for 2020: [2019, 2020]). */
  years: z
    .array(z.number().int().min(1949).max(2100))
    .min(1)
    .refine((ys) => ys.every((y, i) => i === 0 || y > ys[i - 1]), 'distinct years in ascending order, such as [2020, 2021]'),
  /** A plan, or a review of last year followed by a plan. */
  kind: z.enum(['plan', 'review-and-plan', 'review']),
  /** The issuing body. */
  issuer: z.string().min(1),
  /** Publication date (YYYY-MM-DD, a real calendar day), or null when the source states none. */
  published: calendarDate.nullable(),
  /** File name of the published text in seeds/. */
  seed: z.string().regex(/^[^/\\]+$/, 'a file name in seeds/ (no folders)'),
  /** What the published page said of itself (index number, source line …). */
  source: z.record(z.string()).optional(),
  /** The address of the page the government published the text on, where known (https://…). */
  sourceUrl: z
    .string()
    .url('an address such as https://www.example.gov.cn/art/2021/1/13/art_1.html')
    .refine((u) => /^https?:\/\//.test(u), 'an http:// or https:// address')
    .optional(),
}).strict();

/** A 6-digit GB/T 2260 administrative division code (330600 绍兴市). */
const divisionCode = z.string().regex(/^\d{6}$/, 'a 6-digit GB/T 2260 division code such as 330600');

/**
 * An entry of content/jurisdictions.json as written: its code, English name and position.
 * Level, Chinese name, province and parent city come from the code (the division package); when an
 * entry still states them they must agree with it.
 */
export const jurisdictionEntrySchema = z.object({
  id: slug,
  /** GB/T 2260 code; the division package gives level, name, province and parent city from it. */
  code: divisionCode,
  nameEn: z.string().min(1),
  /** Optional: must equal the package's name for the code. */
  nameZh: z.string().min(1).optional(),
  /** Optional: must equal the level the code has. */
  level: z.enum(['province', 'prefecture', 'county']).optional(),
  /** Optional: must equal the package's province-level division of the code. */
  province: z.string().min(1).optional(),
  /** Optional: must equal the English name content/tile-grid.json gives the province. */
  provinceEn: z.string().min(1).optional(),
  /** Optional: must equal the package's prefecture-level city of a county-level code. */
  parentCity: z.string().optional(),
  parentCityEn: z.string().optional(),
  /** Approximate seat of government (degrees); absent for an entry ingest made, which knows no position (open data: null). */
  lon: z.number().min(73).max(136).optional(),
  lat: z.number().min(3).max(54).optional(),
}).strict().refine((j) => (j.lon === undefined) === (j.lat === undefined), { message: 'lon and lat together, or neither', path: ['lat'] });

/** A jurisdiction as the loader hands it on: the entry with what its code says filled in. */
export const jurisdictionSchema = z.object({
  id: slug,
  code: divisionCode,
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  level: z.enum(['province', 'prefecture', 'county']),
  province: z.string().min(1),
  /** The province-level division's code (330000). */
  provinceCode: divisionCode,
  provinceEn: z.string().min(1),
  parentCity: z.string().optional(),
  parentCityCode: divisionCode.optional(),
  parentCityEn: z.string().optional(),
  /** Approximate seat of government (degrees); absent for an entry ingest made, which knows no position (open data: null). */
  lon: z.number().min(73).max(136).optional(),
  lat: z.number().min(3).max(54).optional(),
}).strict().refine((j) => (j.lon === undefined) === (j.lat === undefined), { message: 'lon and lat together, or neither', path: ['lat'] });

/** content/tile-grid.json: one square per province-level division, in their geographic arrangement. */
export const tileGridSchema = z.object({
  /** Where the arrangement comes from and how it was made. */
  sourceZh: z.string().min(1),
  sourceEn: z.string().min(1),
  tiles: z
    .array(
      z.object({
        /** The province-level division's code (330000). */
        code: divisionCode.refine((c) => c.endsWith('0000'), 'a province-level code ending in 0000'),
        /** Its name as the division package gives it (浙江省). */
        nameZh: z.string().min(1),
        /** The short name printed on the square (浙江). */
        shortZh: z.string().min(1).max(3),
        nameEn: z.string().min(1),
        /** Row from the top and column from the left, from 0. */
        row: z.number().int().min(0).max(20),
        col: z.number().int().min(0).max(20),
      }).strict(),
    )
    .min(1),
}).strict();

export type TileGrid = z.infer<typeof tileGridSchema>;

/** Rows of the division package's provinces.json, cities.json or areas.json. */
export const divisionRowsSchema = z.array(
  z.object({
    code: z.string().regex(/^\d{2}(\d{2}(\d{2})?)?$/, 'a 2-, 4- or 6-digit division code'),
    name: z.string().min(1),
    provinceCode: z.string().optional(),
    cityCode: z.string().optional(),
  }),
);

export const themeSchema = z.object({
  id: slug,
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  order: z.number().int(),
  descriptionZh: z.string().min(1),
  descriptionEn: z.string().min(1),
  keywords: z.array(z.object({ term: z.string().min(1), weight: z.number().positive().max(5) })).min(1),
  exclude: z.array(z.string().min(1)).optional(),
}).strict();

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
}).strict();

/** Turn a zod error into "file: field: expected …" lines a person can act on. */
export function describeSchemaError(file: string, error: z.ZodError): string {
  return schemaProblems(file, error)
    .map((p) => `${p.file}: ${p.field}: ${p.expected}`)
    .join('\n');
}

/** One problem per zod issue; an unknown key names the key itself, so a misspelling is easy to find. */
export function schemaProblems(file: string, error: z.ZodError): { file: string; field: string; expected: string }[] {
  return error.issues.flatMap((i) => {
    const at = i.path.join('.');
    if (i.code === 'unrecognized_keys') {
      return i.keys.map((key) => ({ file, field: at ? `${at}.${key}` : key, expected: 'no such field (a misspelling?); see the schema for the fields allowed' }));
    }
    return [{ file, field: at || '(root)', expected: i.message }];
  });
}

/** A glossary entry (content/glossary/*.json): a named programme or slogan, explained. */
export const glossarySchema = z.object({
  /** The term as plans write it, without quotation marks (三线一单). */
  term: z.string().min(1),
  /** What it is, in a sentence or two of Chinese. */
  explanationZh: z.string().min(1),
  /** An English rendering of the term. */
  english: z.string().min(1),
}).strict();

const commitmentLevelSchema = z
  .object({
    /** Stable id, used in data files: binding | action | exploratory. */
    id: z.string().regex(/^[a-z]+$/, 'a lowercase ASCII id such as binding'),
    nameZh: z.string().min(1),
    nameEn: z.string().min(1),
    descriptionZh: z.string().min(1),
    descriptionEn: z.string().min(1),
    /** The terms of this level; each belongs to one level only. */
    terms: z.array(z.string().min(1)).min(1),
  })
  .strict();

/** The published word lists of commitment strength (content/lexicons/commitment-verbs.json). */
export const commitmentLexiconSchema = z
  .object({
    descriptionZh: z.string().min(1),
    descriptionEn: z.string().min(1),
    /** Strongest first. */
    levels: z.array(commitmentLevelSchema).min(2),
  })
  .strict()
  .superRefine((lexicon, ctx) => {
    const seen = new Map<string, string>();
    lexicon.levels.forEach((level, i) =>
      level.terms.forEach((term, k) => {
        const other = seen.get(term);
        if (other) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['levels', i, 'terms', k], message: `"${term}" is also in level ${other}; a term belongs to one level` });
        seen.set(term, level.id);
      }),
    );
  });

export type CommitmentLexicon = z.infer<typeof commitmentLexiconSchema>;
export type CommitmentLevel = CommitmentLexicon['levels'][number];

/** A metric of the vocabulary, as its file states it. */
export type MetricEntry = z.infer<typeof metricSchema>;

/** A glossary entry with its id (the file name without .json). */
export type GlossaryEntry = z.infer<typeof glossarySchema> & { id: string };

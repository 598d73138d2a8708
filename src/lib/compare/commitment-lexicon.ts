/** The published word lists of commitment strength (content/lexicons/commitment-verbs.json), validated. */
import { z } from 'astro/zod';
import raw from '../../../content/lexicons/commitment-verbs.json';
import { describeSchemaError } from '../schemas.ts';

export const COMMITMENT_LEXICON_FILE = 'content/lexicons/commitment-verbs.json';

const levelSchema = z.object({
  /** Stable id, used in data files: binding | action | exploratory. */
  id: z.string().regex(/^[a-z]+$/, 'a lowercase ASCII id such as binding'),
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  descriptionZh: z.string().min(1),
  descriptionEn: z.string().min(1),
  /** The terms of this level; each belongs to one level only. */
  terms: z.array(z.string().min(1)).min(1),
});

export const commitmentLexiconSchema = z
  .object({
    descriptionZh: z.string().min(1),
    descriptionEn: z.string().min(1),
    /** Strongest first. */
    levels: z.array(levelSchema).min(2),
  })
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

/** Validate a lexicon; the error names the file, the field and what was expected. */
export function parseCommitmentLexicon(data: unknown, file = COMMITMENT_LEXICON_FILE): CommitmentLexicon {
  const parsed = commitmentLexiconSchema.safeParse(data);
  if (!parsed.success) throw new Error(describeSchemaError(file, parsed.error));
  return parsed.data;
}

/** The lexicon the site publishes. */
export const COMMITMENT_LEXICON: CommitmentLexicon = parseCommitmentLexicon(raw);

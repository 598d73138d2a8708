/** The commitment-strength lexicon: its shape and validation (the file is read by the content loader). */
import { commitmentLexiconSchema, describeSchemaError, type CommitmentLexicon } from '../content/schemas.ts';

export type { CommitmentLevel, CommitmentLexicon } from '../content/schemas.ts';

export const COMMITMENT_LEXICON_FILE = 'content/lexicons/commitment-verbs.json';

/** Validate a lexicon; the error names the file, the field and what was expected. */
export function parseCommitmentLexicon(data: unknown, file = COMMITMENT_LEXICON_FILE): CommitmentLexicon {
  const parsed = commitmentLexiconSchema.safeParse(data);
  if (!parsed.success) throw new Error(describeSchemaError(file, parsed.error));
  return parsed.data;
}

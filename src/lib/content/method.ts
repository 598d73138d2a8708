/** content/method.json: the method's version, the data licence and the measured accuracy the about and data pages state. */
import { z } from 'zod';
import { InputError } from '../input-error.ts';
import { schemaProblems } from './schemas.ts';

const share = z.number().min(0).max(1);
const count = z.number().int().min(0);
const figureScore = z.object({ precision: share, recall: share, correct: count, extracted: count, expected: count }).strict();
const themeScore = z.object({ right: count, total: count }).strict();

export const methodSchema = z
  .object({
    /** The method's version, raised when a rule changes what is read. */
    version: z.string().regex(/^\d+\.\d+$/, 'a version such as 1.0'),
    /** The licence of the derived data. */
    licence: z.object({ id: z.string().min(1), nameZh: z.string().min(1), nameEn: z.string().min(1), url: z.string().url(), scopeZh: z.string().min(1), scopeEn: z.string().min(1) }).strict(),
    /** Measured by tests/unit/method-accuracy.test.ts, which fails when these numbers are no longer what it measures. */
    accuracy: z
      .object({
        /** The day the numbers were measured (YYYY-MM-DD). */
        measured: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD'),
        figures: z.object({ seeds: figureScore, measuringHalf: figureScore.extend({ texts: count, unread: count }).strict() }).strict(),
        themes: z.object({ seeds: themeScore, measuringHalf: themeScore.extend({ texts: count }).strict() }).strict(),
      })
      .strict(),
  })
  .strict();

export type Method = z.infer<typeof methodSchema>;

/** The parsed file, or an error naming the file, the field and what was expected. */
export function parseMethod(data: unknown, file = 'content/method.json'): Method {
  const r = methodSchema.safeParse(data);
  if (r.success) return r.data;
  const [p] = schemaProblems(file, r.error);
  throw new InputError(p.file, p.field, p.expected);
}

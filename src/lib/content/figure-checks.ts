/**
 * content/figure-checks.json: the plans whose figures a person checked, one by one, against the
 * text, and the day. Kept apart from the plans' own files, which are exactly what ingest writes:
 * checking is a later, editorial act. What the person found is in
 * tests/fixtures/indicators/seed-figures.json, and the unit tests hold the extractor to it for
 * every plan listed here. Any other plan's figures are the program's reading only.
 */
import { z } from 'zod';
import { InputError } from '../input-error.ts';
import { calendarDate, schemaProblems } from './schemas.ts';

export const figureChecksSchema = z.array(
  z
    .object({
      /** A plan id. */
      plan: z.string().min(1),
      /** The day the figures were checked (YYYY-MM-DD). */
      checked: calendarDate,
    })
    .strict(),
);

/** Plan id → the day its figures were checked; fails in one line naming the file and the field on bad input or an unknown plan. */
export function parseFigureChecks(data: unknown, planIds: readonly string[], file = 'content/figure-checks.json'): ReadonlyMap<string, string> {
  const r = figureChecksSchema.safeParse(data);
  if (!r.success) {
    const [p] = schemaProblems(file, r.error);
    throw new InputError(p.file, p.field, p.expected);
  }
  const known = new Set(planIds);
  const checks = new Map<string, string>();
  for (const [i, c] of r.data.entries()) {
    if (!known.has(c.plan)) throw new InputError(file, `${i}.plan`, 'the id of a plan in content/plans/', `got "${c.plan}"`);
    if (checks.has(c.plan)) throw new InputError(file, `${i}.plan`, 'each plan listed once', `"${c.plan}" is listed twice`);
    checks.set(c.plan, c.checked);
  }
  return checks;
}

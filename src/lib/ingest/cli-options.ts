/** The ingest command's flags, checked before any file is read: each failure is one line. */
import { isCalendarDate } from '../content/schemas.ts';
import { InputError } from '../input-error.ts';

/** A size no published plan reaches (the largest of the five seeds is 60 KB): above it, warn. */
export const WARN_BYTES = 2_000_000;
/** Above this, refuse: the build would take minutes and write a page of hundreds of megabytes. */
export const MAX_BYTES = 8_000_000;

/** `--years 2020,2021` → [2020, 2021]; distinct four-digit years, ascending. */
export function parseYearsFlag(value: string): number[] {
  const parts = value.split(/[,，\s]+/).filter((s) => s !== '');
  if (parts.length === 0 || !parts.every((s) => /^(19|20|21)\d\d$/.test(s))) {
    throw new InputError('--years', 'years', 'years such as 2020,2021 (four digits, comma-separated)', `got "${value}"`);
  }
  const years = parts.map(Number);
  if (new Set(years).size !== years.length) throw new InputError('--years', 'years', 'distinct years', `got "${value}"`);
  return years.sort((a, b) => a - b);
}

/** `--published 2021-02-01` or `unknown`. */
export function checkPublishedFlag(value: string): string {
  if (value !== 'unknown' && !isCalendarDate(value)) {
    throw new InputError('--published', 'published', 'a date YYYY-MM-DD that exists in the calendar, or unknown', `got "${value}"`);
  }
  return value;
}

export type SizeVerdict = { ok: true; warning?: string } | { ok: false; error: InputError };

export function checkSize(file: string, bytes: number): SizeVerdict {
  const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;
  if (bytes > MAX_BYTES) return { ok: false, error: new InputError(file, 'size', `at most ${mb(MAX_BYTES)}`, `the file is ${mb(bytes)}; a work plan is well under 1 MB — is this the right file?`) };
  if (bytes > WARN_BYTES) return { ok: true, warning: `${file}: size: ${mb(bytes)} is larger than any published plan (a plan is well under 1 MB); the build will be slow and the plan page large` };
  return { ok: true };
}

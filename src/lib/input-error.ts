/** A refusal of bad input that names the file, the field and what was expected, in one line. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly expected: string,
    detail?: string,
  ) {
    super(`${file}: ${field}: expected ${expected}${detail ? ` (${detail})` : ''}`);
    this.name = 'InputError';
  }
}

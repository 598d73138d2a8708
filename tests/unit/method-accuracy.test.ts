// The accuracy the method page states is what the tests measure: content/method.json holds the
// numbers, and this test measures them again and fails when they differ, so the page cannot go stale.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/read-content.ts';
import { methodSchema, parseMethod } from '../../src/lib/content/method.ts';
import { measureAccuracy } from './support/measure-accuracy.ts';

const raw = JSON.parse(readFileSync(join(ROOT, 'content/method.json'), 'utf8')) as unknown;

describe('content/method.json', () => {
  it('is valid', () => {
    const method = parseMethod(raw);
    expect(method.version).toMatch(/^\d+\.\d+$/);
    expect(method.licence.url).toMatch(/^https:\/\//);
  });

  it('names the file, the field and what was expected when it is wrong', () => {
    expect(() => parseMethod({ ...(raw as object), version: 'one' })).toThrow(/content\/method\.json: version: expected a version such as 1\.0/);
    expect(methodSchema.safeParse({ ...(raw as object), extra: 1 }).success).toBe(false);
  });

  it('states the accuracy measured now (figures and themes, on the five plans and on the real-text measuring half)', { timeout: 120_000 }, () => {
    const measured = measureAccuracy();
    console.log(`method accuracy measured: ${JSON.stringify(measured)}`);
    const { measured: _date, ...stated } = parseMethod(raw).accuracy;
    expect(stated, 'content/method.json accuracy differs from what is measured: copy the printed numbers and today’s date into it').toEqual(measured);
  });
});

/** The real build refuses broken plans and says which file, which field and what was expected. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from './support/build.ts';

function buildWith(folder: string): { status: number | null; output: string } {
  const outDir = mkdtempSync(join(tmpdir(), 'atlas-bad-'));
  try {
    return buildSite({ outDir, env: { ATLAS_PLANS_DIR: `tests/fixtures/bad-plans/${folder}` }, timeout: 180_000 });
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

describe('astro build with a broken plan', () => {
  it.each([
    ['missing-field', [/issuer: Required/, /bad-plans\/missing-field\/shaoxing-2020\.md/]],
    ['unknown-jurisdiction', [/shaoxing-2020\.md: jurisdiction: expected one of shaoxing, jiaxing, hengyang, inner-mongolia, ninghai \(got "atlantis"\)/]],
    ['duplicate-id', [/shaoxing-2020\.md: id: expected an id used by no other plan/]],
    ['gb18030', [/gb18030\/shaoxing-2020\.md: encoding: expected UTF-8 text/]],
  ] as const)('%s fails and names the file and field', { timeout: 200_000 }, (folder, patterns) => {
    const { status, output } = buildWith(folder);
    expect(status, output.slice(-2000)).not.toBe(0);
    for (const p of patterns) expect(output).toMatch(p);
  });

  it('builds a plan with a BOM and CRLF line endings', { timeout: 200_000 }, () => {
    const { status, output } = buildWith('bom-crlf');
    expect(status, output.slice(-2000)).toBe(0);
  });
});

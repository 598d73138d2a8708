import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INPUTS, staleReason } from '../../scripts/ensure-build.mjs';

/** A project tree with a built dist/ and the given input files, each with its age relative to the build (s). */
function tree(files: Record<string, number>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ensure-build-'));
  const built = Date.now() / 1000 - 3600;
  const put = (rel: string, at: number) => {
    const file = path.join(root, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, rel);
    utimesSync(file, at, at);
  };
  put('dist/index.html', built);
  for (const [rel, offset] of Object.entries(files)) put(rel, built + offset);
  // A directory is a second older than its newest entry, as if nothing was added or removed since.
  const settle = (dir: string): number => {
    const times = readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? settle(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).mtimeMs / 1000));
    const newest = Math.max(...times);
    utimesSync(dir, newest - 1, newest - 1);
    return newest;
  };
  settle(root);
  return root;
}

describe('ensure-build: when dist/ is stale', () => {
  const roots: string[] = [];
  const saved = { BASE_PATH: process.env.BASE_PATH, SITE_URL: process.env.SITE_URL };
  beforeEach(() => {
    delete process.env.BASE_PATH;
    delete process.env.SITE_URL;
  });
  afterEach(() => {
    for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  });
  const make = (files: Record<string, number>) => {
    const root = tree(files);
    roots.push(root);
    return root;
  };

  it('counts seeds/ among the inputs: a published text changed after the build makes dist/ stale', () => {
    expect(INPUTS).toContain('seeds');
    const root = make({ 'src/pages/index.astro': -60, 'seeds/shaoxing-2020.txt': 60 });
    expect(staleReason({ root })).toMatch(/^seeds\/shaoxing-2020\.txt changed at /);
  });

  it('keeps dist/ when every input is older than the build', () => {
    const root = make({ 'src/pages/index.astro': -60, 'content/plans/a.md': -60, 'seeds/a.txt': -60 });
    expect(staleReason({ root })).toBeNull();
  });

  it('still sees changes to src/ and content/', () => {
    expect(staleReason({ root: make({ 'src/lib/x.ts': 60, 'seeds/a.txt': -60 }) })).toMatch(/^src\/lib\/x\.ts changed/);
    expect(staleReason({ root: make({ 'content/plans/a.md': 60 }) })).toMatch(/^content\/plans\/a\.md changed/);
  });
});

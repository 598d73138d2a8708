// Runs the real `astro build` into a temporary directory, for the tests that build a site of their
// own (broken plans, many plans, the reproducibility check). dist/ itself is built by
// scripts/ensure-build.mjs in the global set-up.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

/** A copy of the project (sources, content, seeds, config) to change and build without touching this one. */
export function copyProject(): string {
  const project = mkdtempSync(join(tmpdir(), 'atlas-project-'));
  for (const p of ['scripts', 'src', 'content', 'seeds', 'public', 'package.json', 'astro.config.mjs', 'tsconfig.json']) cpSync(join(ROOT, p), join(project, p), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  return project;
}

/** `npm run ingest -- …args` in a project copy, as a person runs it. */
export function runIngest(project: string, args: string[]): { status: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(project, 'scripts/ingest.ts'), ...args], { cwd: project, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

export interface BuildResult {
  status: number | null;
  /** stdout and stderr, without colour codes (they would split the words a test matches). */
  output: string;
  seconds: number;
}

export interface BuildOptions {
  outDir: string;
  /** Extra environment, e.g. ATLAS_PLANS_DIR or TZ. */
  env?: Record<string, string>;
  /** Extra arguments to astro build, e.g. --force. */
  args?: string[];
  timeout?: number;
  /** The project to build (a copy made by copyProject); this one by default. */
  cwd?: string;
}

export function buildSite({ outDir, env = {}, args = [], timeout = 400_000, cwd = ROOT }: BuildOptions): BuildResult {
  const t0 = Date.now();
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir, ...args], {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    timeout,
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    status: result.status,
    output: `${result.stdout ?? ''}\n${result.stderr ?? ''}`.replace(/\x1b\[[0-9;]*m/g, ''),
    seconds: (Date.now() - t0) / 1000,
  };
}

/** Like buildSite, but throws with the end of the output when the build fails. */
export function buildSiteOrThrow(options: BuildOptions): BuildResult {
  const result = buildSite(options);
  if (result.status !== 0) {
    throw new Error(`astro build --outDir ${options.outDir} failed (exit ${result.status}):\n${result.output.slice(-6000)}`);
  }
  return result;
}

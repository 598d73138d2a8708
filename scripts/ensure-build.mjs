#!/usr/bin/env node
// Builds the site into dist/ unless dist/ is already newer than every input.
//
// Inputs: src/, content/, seeds/ (the published texts, served under /seeds/), public/,
// astro.config.mjs, package.json, package-lock.json, tsconfig.json (files and directories, so a
// deleted file also counts as a change),
// plus the environment variables that change the output (BASE_PATH, SITE_URL).
// The time and environment of the last build made by this script are kept in
// node_modules/.cache/ensure-build.json; a dist/ made some other way (npm run build) is
// judged by the oldest file in it, which is never later than that build's start.
//
// Usage: node scripts/ensure-build.mjs [--force]
// Also imported by the e2e global set-up (ensureBuild()).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const STAMP = path.join(ROOT, 'node_modules', '.cache', 'ensure-build.json');
/** What the build reads, relative to the project root: a change to any of them makes dist/ stale. */
export const INPUTS = [
  'src',
  'content',
  'seeds',
  'public',
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];
const ENV_KEYS = ['BASE_PATH', 'SITE_URL'];

/** Newest mtime (ms) of a file or of anything under a directory, with the path. */
function newest(p) {
  let best = { mtime: -Infinity, file: '' };
  if (!existsSync(p)) return best;
  const st = statSync(p);
  best = { mtime: st.mtimeMs, file: p };
  if (st.isDirectory()) {
    for (const name of readdirSync(p)) {
      const sub = newest(path.join(p, name));
      if (sub.mtime > best.mtime) best = sub;
    }
  }
  return best;
}

/** Oldest mtime (ms) of the files under a directory; Infinity when it holds none. */
function oldestFile(dir) {
  let oldest = Infinity;
  let count = 0;
  const walk = (d) => {
    for (const ent of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, ent.name);
      if (ent.isDirectory()) walk(p);
      else {
        count++;
        oldest = Math.min(oldest, statSync(p).mtimeMs);
      }
    }
  };
  walk(dir);
  return { oldest, count };
}

function envNow() {
  return Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k] ?? null]));
}

function readStamp(stampFile) {
  try {
    return JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Why a build is needed, or null when dist/ is up to date. `root` is the project (tests point it at
 * a temporary tree); dist/ and the stamp are looked for under it.
 */
export function staleReason({ root = ROOT } = {}) {
  const dist = path.join(root, 'dist');
  if (!existsSync(dist)) return 'dist/ does not exist';
  const { oldest, count } = oldestFile(dist);
  if (count === 0) return 'dist/ is empty';
  const stamp = readStamp(path.join(root, 'node_modules', '.cache', 'ensure-build.json'));
  // The stamp describes this dist/ only if dist/ still holds the files that build wrote.
  const ours = stamp !== null && stamp.distOldest === oldest && typeof stamp.startedAt === 'number';
  const builtAt = ours ? stamp.startedAt : oldest;
  const input = INPUTS.map((p) => newest(path.join(root, p))).reduce((a, b) => (b.mtime > a.mtime ? b : a));
  if (input.mtime > builtAt) {
    return `${path.relative(root, input.file) || input.file} changed at ${new Date(input.mtime).toISOString()}, after the build of ${new Date(builtAt).toISOString()}`;
  }
  const env = envNow();
  const builtEnv = ours ? stamp.env : { BASE_PATH: null, SITE_URL: null };
  for (const k of ENV_KEYS) {
    if ((builtEnv?.[k] ?? null) !== env[k]) {
      return `${k} is ${JSON.stringify(env[k])} now but was ${JSON.stringify(builtEnv?.[k] ?? null)} for the build in dist/`;
    }
  }
  return null;
}

/** Builds when needed. Returns what it did; throws when the build fails. */
export function ensureBuild({ force = false, log = console.log } = {}) {
  const reason = force ? '--force given' : staleReason();
  if (!reason) {
    log('ensure-build: dist/ is up to date with src/, content/, seeds/, public/ and the config; not rebuilding');
    return { built: false, seconds: 0 };
  }
  log(`ensure-build: building, because ${reason}`);
  const startedAt = Date.now();
  const res = spawnSync('npx', ['astro', 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const seconds = (Date.now() - startedAt) / 1000;
  if (res.status !== 0) {
    throw new Error(`ensure-build: astro build failed (exit ${res.status ?? res.signal}) after ${seconds.toFixed(1)} s`);
  }
  mkdirSync(path.dirname(STAMP), { recursive: true });
  const { oldest: distOldest } = existsSync(DIST) ? oldestFile(DIST) : { oldest: null };
  writeFileSync(STAMP, JSON.stringify({ startedAt, distOldest, env: envNow() }, null, 2) + '\n');
  log(`ensure-build: built dist/ in ${seconds.toFixed(1)} s`);
  return { built: true, seconds };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    ensureBuild({ force: process.argv.includes('--force') });
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}

/**
 * The file store behind src/lib/artefact-cache.ts: per-plan artefacts kept across builds in
 * node_modules/.cache/eco-plan-atlas/ (ATLAS_CACHE_DIR elsewhere; ATLAS_CACHE=off: none).
 *
 * An artefact's file is named by the SHA-256 of everything it was computed from: its kind, its
 * whole input (the plan's front matter and text, the vocabulary it was read with) and the code
 * version — a hash of every file under src/lib and of package-lock.json. A changed plan, theme,
 * metric or line of the library therefore looks for another file and computes it afresh; nothing
 * is ever served from an older build's inputs. Files are written whole (to a temporary name, then
 * renamed), and one that cannot be read is computed again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ArtefactCache } from '../src/lib/artefact-cache.ts';
import { COMPUTE_ALWAYS } from '../src/lib/artefact-cache.ts';

export interface StoreCounts {
  hits: number;
  misses: number;
}

/** A hash of the code that computes artefacts: every file under src/lib, and the locked dependencies. */
export function codeVersion(root: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(`${path.slice(root.length)}\u0000`).update(readFileSync(path)).update('\u0000');
    }
  };
  walk(join(root, 'src/lib'));
  const lock = join(root, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest('hex');
}

/** The key of an artefact: its kind, its input and the code version, hashed. */
export function artefactKey(version: string, kind: string, input: readonly string[]): string {
  const hash = createHash('sha256').update(version).update('\u0000').update(kind);
  for (const part of input) hash.update('\u0000').update(String(Buffer.byteLength(part))).update('\u0000').update(part);
  return hash.digest('hex');
}

/** A store in `dir` for artefacts computed by the code at `root`. */
export function fileArtefactStore(dir: string, root: string): ArtefactCache & { counts: StoreCounts; dir: string } {
  const version = codeVersion(root);
  const counts: StoreCounts = { hits: 0, misses: 0 };
  return {
    dir,
    counts,
    through<T>(kind: string, input: readonly string[], make: () => T): T {
      const key = artefactKey(version, kind, input);
      const file = join(dir, kind, key.slice(0, 2), `${key}.v8`);
      if (existsSync(file)) {
        try {
          const value = deserialize(readFileSync(file)) as T;
          counts.hits++;
          return value;
        } catch {
          // Unreadable (cut short, another Node's format): compute it again below.
        }
      }
      const value = make();
      counts.misses++;
      mkdirSync(join(dir, kind, key.slice(0, 2)), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, serialize(value));
      renameSync(temporary, file);
      return value;
    },
  };
}

/** The store the build uses: node_modules/.cache/eco-plan-atlas under the project, unless ATLAS_CACHE=off. */
export function buildArtefactStore(root: string = process.cwd()): ArtefactCache {
  if (process.env.ATLAS_CACHE === 'off' || !existsSync(join(root, 'src/lib'))) return COMPUTE_ALWAYS;
  return fileArtefactStore(process.env.ATLAS_CACHE_DIR ?? join(root, 'node_modules/.cache/eco-plan-atlas'), root);
}

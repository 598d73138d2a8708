/**
 * Content loader for content/plans: validates front matter with the collection schema and
 * keeps the Markdown body for lib/structure. Unlike glob(), it does not render HTML the
 * site never uses, and it refuses non-UTF-8 files by name instead of reading them lossily.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { InputError } from '../lib/ingest/decode.ts';
import { parsePlanFile } from '../lib/plan-file.ts';

export function planLoader(dir: string): Loader {
  return {
    name: 'plan-files',
    load: async ({ store, parseData, generateDigest }) => {
      store.clear();
      const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
      for (const name of files) {
        const path = join(dir, name);
        const filePath = relative(process.cwd(), path);
        const bytes = readFileSync(path);
        let parsed;
        try {
          parsed = parsePlanFile(new Uint8Array(bytes), filePath);
        } catch (error) {
          if (error instanceof InputError) throw new Error(`Content error — ${error.message}`);
          throw error;
        }
        const id = name.replace(/\.md$/, '');
        const data = await parseData({ id, data: parsed.data, filePath });
        store.set({ id, data, body: parsed.body, filePath, digest: generateDigest(bytes.toString('base64')) });
      }
    },
  };
}

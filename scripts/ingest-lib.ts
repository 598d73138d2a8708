/** File-system side of ingest, shared by the CLI, the batch script and the tests. */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ingestText, type IngestOptions, type IngestResult, type JurisdictionRef } from '../src/lib/ingest/ingest-text.ts';

export const ROOT = join(import.meta.dirname, '..');

export function loadJurisdictionRefs(root = ROOT): JurisdictionRef[] {
  return JSON.parse(readFileSync(join(root, 'content/jurisdictions.json'), 'utf8')) as JurisdictionRef[];
}

export interface ManifestEntry extends Omit<IngestOptions, 'file'> {
  seed: string;
}

export function loadManifest(root = ROOT): ManifestEntry[] {
  return JSON.parse(readFileSync(join(root, 'content/ingest-manifest.json'), 'utf8')) as ManifestEntry[];
}

export function ingestFile(path: string, options: Omit<IngestOptions, 'file'>, root = ROOT): IngestResult {
  const bytes = readFileSync(path);
  return ingestText(new Uint8Array(bytes), { ...options, file: basename(path) }, loadJurisdictionRefs(root));
}

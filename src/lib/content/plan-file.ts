/** Read a plan file's bytes: strict UTF-8, BOM and CRLF tolerated, YAML front matter split from the body. */
import { parse as parseYaml } from 'yaml';
import { InputError } from '../input-error.ts';

export interface PlanFile {
  /** Front matter as written, not yet validated. */
  data: Record<string, unknown>;
  body: string;
}

export function parsePlanFile(bytes: Uint8Array, file: string): PlanFile {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(file, 'encoding', 'UTF-8 text', 'the file is not valid UTF-8 (convert it, or re-run ingest, which reads GB18030)');
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!m) throw new InputError(file, 'front matter', 'a YAML block between --- lines at the top of the file');
  let data: unknown;
  try {
    data = parseYaml(m[1]);
  } catch (error) {
    throw new InputError(file, 'front matter', 'valid YAML', (error as Error).message.split('\n')[0]);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new InputError(file, 'front matter', 'a mapping of fields (id, title, …)');
  return { data: data as Record<string, unknown>, body: m[2] };
}

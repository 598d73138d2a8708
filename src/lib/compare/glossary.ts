/** The glossary of named programmes: look an entry up by the programme's matching form. */
import { nameKey } from './named-programmes.ts';

import type { GlossaryEntry } from '../content/schemas.ts';

export type { GlossaryEntry };

export type Glossary = Map<string, GlossaryEntry>;

/** Entries by nameKey(term); two entries for one term fail with both file names. */
export function indexGlossary(entries: GlossaryEntry[]): Glossary {
  const index: Glossary = new Map();
  for (const e of entries) {
    const key = nameKey(e.term);
    const other = index.get(key);
    if (other) throw new Error(`content/glossary/${e.id}.json: term: a term no other entry explains ("${e.term}" is also in content/glossary/${other.id}.json)`);
    index.set(key, e);
  }
  return index;
}

/** Write a plan as Markdown with YAML front matter; text is escaped so Markdown never reinterprets it. */
import type { PlanMeta } from '../types.ts';
import type { Block } from './outline.ts';

/** Ingest writes exactly the fields a plan's front matter holds. */
export type PlanFrontMatter = PlanMeta;

/** Characters Markdown would read as syntax; a backslash keeps them literal. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>&|~]/g, (c) => `\\${c}`).replace(/^([#+\-=]|\d+[.)]\s)/, (m) => `\\${m}`);
}

function yamlValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(yamlValue).join(', ')}]`;
  if (value === null) return 'null';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{ ${entries.map(([k, v]) => `${k}: ${yamlValue(v)}`).join(', ')} }`;
  }
  // JSON strings are valid YAML double-quoted scalars.
  return JSON.stringify(String(value));
}

export function renderFrontMatter(fm: PlanFrontMatter): string {
  const order: (keyof PlanFrontMatter)[] = ['id', 'title', 'jurisdiction', 'years', 'kind', 'issuer', 'published', 'seed', 'source'];
  const lines = order.filter((k) => fm[k] !== undefined).map((k) => `${k}: ${yamlValue(fm[k])}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

export function renderMarkdown(fm: PlanFrontMatter, blocks: Block[]): string {
  return `${renderFrontMatter(fm)}\n${renderBody(blocks)}`;
}

/** The text of a plan as Markdown, part markers and all, without its front matter. */
export function renderBody(blocks: Block[]): string {
  const body = blocks.map((b) => {
    if (b.type === 'paragraph') return b.part ? `<!-- part: ${b.part} -->\n\n${escapeMarkdown(b.text)}` : escapeMarkdown(b.text);
    const heading = `${'#'.repeat(Math.min(b.depth, 6))} ${escapeMarkdown(b.text)}`;
    return b.part ? `<!-- part: ${b.part} -->\n\n${heading}` : heading;
  });
  return `${body.join('\n\n')}\n`;
}

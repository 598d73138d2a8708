/** The text of a plan as analysed: its headings, then its paragraphs (order does not matter to counts). */
import { flattenSections } from '../structure.ts';
import type { ParsedPlan } from '../types.ts';

export interface TextBlock {
  /** Paragraph id (p-…) or section id (s-…): the anchor on the plan page. */
  id: string;
  text: string;
}

export function planTextBlocks(plan: ParsedPlan): TextBlock[] {
  const headings = flattenSections(plan.sections).map((s) => ({ id: s.id, text: s.title }));
  return [...headings, ...plan.paragraphs.map((p) => ({ id: p.id, text: p.text }))];
}

/**
 * Parse a plan's Markdown body (remark) into sections → paragraphs → sentences with stable ids.
 * `<!-- part: review|plan -->` comments mark the parts; every other HTML block is kept as the text
 * of a paragraph.
 */
import { remark } from 'remark';
import { toString } from 'mdast-util-to-string';
import type { Paragraph, ParsedPlan, PartKind, PlanMeta, Section } from './types.ts';
import { splitSentences } from './sentences.ts';

const PART_MARKER = /^<!--\s*part:\s*(review|plan)\s*-->$/;

export function parsePlan(meta: PlanMeta, body: string): ParsedPlan {
  const tree = remark().parse(body);
  const preface: Paragraph[] = [];
  const sections: Section[] = [];
  const paragraphs: Paragraph[] = [];
  /** Open sections, outermost first. */
  const stack: Section[] = [];
  // Text before any part marker is plan text: a review is announced by a marker before its
  // heading or, where a document has no part headings, before the paragraphs that report.
  let part: PartKind = 'plan';
  /** Set by a marker before a paragraph: the part of the paragraphs that follow, up to the next heading or marker. */
  let paragraphPart: PartKind | undefined;
  let pendingPart: PartKind | undefined;

  const addParagraph = (text: string) => {
    const section = stack.at(-1);
    const list = section ? section.paragraphs : preface;
    const path = section ? section.id.slice(2) : '0';
    const id = `p-${path}-${list.length + 1}`;
    const paragraph: Paragraph = {
      id,
      order: paragraphs.length,
      sectionId: section?.id ?? 's-0',
      sectionPath: stack.map((s) => s.title),
      part: paragraphPart ?? section?.part ?? part,
      text,
      sentences: splitSentences(text).map((t, i) => ({ id: `${id}-s${i + 1}`, text: t })),
    };
    list.push(paragraph);
    paragraphs.push(paragraph);
  };

  for (const node of tree.children) {
    if (node.type === 'html') {
      const m = PART_MARKER.exec(node.value.trim());
      if (m) {
        pendingPart = m[1] as PartKind;
        continue;
      }
      // Any other HTML block is text the author wrote: kept as a paragraph of its own, shown as
      // written (escaped when rendered, like all plan text), never dropped and never run as markup.
      const text = node.value.trim();
      if (text) addParagraph(text);
      continue;
    }
    if (node.type === 'heading') {
      while (stack.length && stack.at(-1)!.depth >= node.depth) stack.pop();
      paragraphPart = undefined;
      if (pendingPart) {
        part = pendingPart;
        pendingPart = undefined;
      }
      const parent = stack.at(-1);
      const siblings = parent ? parent.children : sections;
      const id = `${parent ? parent.id : 's'}-${siblings.length + 1}`;
      const section: Section = { id, depth: node.depth, title: toString(node), part, children: [], paragraphs: [] };
      siblings.push(section);
      stack.push(section);
      continue;
    }
    if (pendingPart) {
      paragraphPart = pendingPart;
      pendingPart = undefined;
    }
    const text = toString(node).trim();
    if (text) addParagraph(text);
  }
  return { meta, preface, sections, paragraphs };
}

/** Every section in document order, depth first. */
export function flattenSections(sections: Section[]): Section[] {
  return sections.flatMap((s) => [s, ...flattenSections(s.children)]);
}

/**
 * Rebuild a document's structure from its own numbering. Works on the lines left after
 * chrome removal; a line may hold a whole chapter or the whole document.
 */
import { FAMILY_DEPTH, MAX_RUN_IN_TITLE, headingFamily, pointOrdinal } from './numbering.ts';

import { paragraphPartOf, partKindOf, type PartKind } from './parts.ts';

export { partKindOf, type PartKind };

export type Block =
  | { type: 'heading'; depth: number; text: string; part?: PartKind }
  /** `part` is set where a paragraph's own words decide its part, outside any part heading. */
  | { type: 'paragraph'; text: string; part?: PartKind };

const SENTENCE_END = /[。！？；：!?;:]/;
const APPENDIX = /^附件\s*\d*$/;

/** A short line without sentence punctuation: a title or part heading written without numbering. */
function isBareTitle(text: string): boolean {
  return text.length >= 4 && text.length <= 40 && !/[。！？；，,:：!?;]/.test(text);
}

/**
 * Split a long line at whitespace where a new block clearly begins: before a numbering
 * marker, after a sentence end, or after a bare title.
 */
export function splitLine(line: string): string[] {
  const parts = line.trim().split(/([\s\u3000]+)/);
  const out: string[] = [];
  let current = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const space = parts[i];
    const next = parts[i + 1] ?? '';
    const startsBlock =
      headingFamily(next) !== undefined ||
      pointOrdinal(next) !== undefined ||
      SENTENCE_END.test(current.slice(-1)) ||
      isBareTitle(current);
    if (startsBlock && next !== '') {
      out.push(current);
      current = next;
    } else {
      current += space + next;
    }
  }
  if (current.trim() !== '') out.push(current);
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

/**
 * Split a paragraph before its 一是/二是… points when they follow a sentence end and run in
 * sequence, so each point becomes a paragraph of its own.
 */
export function splitPoints(text: string): string[] {
  const marks: number[] = [];
  let expected = 1;
  const re = /(?<=[。！？；：!?;:])([一二三四五六七八九十]+)是/g;
  let first = pointOrdinal(text) === 1 ? 2 : 1;
  expected = first;
  for (const m of text.matchAll(re)) {
    const n = pointOrdinal(m[0]);
    if (n === expected) {
      marks.push(m.index!);
      expected++;
    }
  }
  // A lone 一是 without a 二是 is not an enumeration.
  if (first === 1 && marks.length < 2) return [text];
  const out: string[] = [];
  let start = 0;
  for (const at of marks) {
    out.push(text.slice(start, at));
    start = at;
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

/** Split a numbered block into its run-in title (first sentence, if short) and the rest. */
function splitRunInTitle(text: string): [string, string] {
  const m = /[。！？!?]/.exec(text);
  const title = m ? text.slice(0, m.index + 1) : text;
  if (title.length <= MAX_RUN_IN_TITLE) return [title, m ? text.slice(m.index + 1).trim() : ''];
  // No short title: the heading is the number alone and the text stays a paragraph.
  const marker = /^(?:[（(][^)）]{1,4}[)）]|[^、.．]{0,4}[、.．])/.exec(text)![0];
  return [marker, text.slice(marker.length).trim()];
}

export interface OutlineOptions {
  /** The document title; a block equal to it is a repeat of the page heading. */
  title: string;
  /** The years the document covers, which tell a review heading from a plan heading. */
  years?: number[];
}

export function buildOutline(lines: string[], { title, years = [] }: OutlineOptions): { blocks: Block[]; notices: string[] } {
  const notices: string[] = [];
  const segments = lines.flatMap(splitLine);
  const blocks: Block[] = [];
  let currentPart: PartKind | undefined;
  const pushHeading = (depth: number, text: string, part: PartKind | undefined) => {
    // Mark a part only where it changes, so the Markdown stays readable.
    const changes = part !== undefined && part !== currentPart;
    if (part) currentPart = part;
    blocks.push({ type: 'heading', depth, text, ...(changes ? { part } : {}) });
  };
  for (let i = 0; i < segments.length; i++) {
    const text = segments[i];
    if (text === title) continue;
    // A title followed by the opening of the text is the site's summary excerpt of what follows.
    if (text.startsWith(title) && text.length > title.length) {
      const excerpt = text.slice(title.length);
      if (segments.slice(i + 1).some((s) => s.startsWith(excerpt))) {
        notices.push(`summary excerpt removed: ${text.slice(0, 40)}…`);
        continue;
      }
    }
    const family = headingFamily(text);
    if (family) {
      if (family === 'chapter' && text.startsWith('、')) notices.push(`chapter heading without numeral: ${text.slice(0, 20)}`);
      const [heading, rest] = splitRunInTitle(text);
      const part = family === 'chapter' ? partKindOf(heading, years) : undefined;
      pushHeading(FAMILY_DEPTH[family], heading, part);
      for (const p of splitPoints(rest)) blocks.push({ type: 'paragraph', text: p });
      continue;
    }
    if (APPENDIX.test(text) || (isBareTitle(text) && partKindOf(text, years))) {
      const part = APPENDIX.test(text) ? undefined : partKindOf(text, years);
      pushHeading(1, text, part);
      continue;
    }
    for (const p of splitPoints(text)) blocks.push({ type: 'paragraph', text: p });
  }
  return { blocks: markParagraphParts(blocks, years, partKindOf(title, years)), notices };
}

/**
 * Outside the parts that headings announce, each paragraph's words decide its part; a paragraph
 * they leave undecided takes the part of the one before, and the first ones the part the title
 * names (…环境状况和环境保护目标完成情况的报告 is a review throughout). Marks only where the part changes.
 */
function markParagraphParts(blocks: Block[], years: number[], titlePart: PartKind | undefined): Block[] {
  let announced = false;
  /** The part parsePlan gives unmarked text: plan. */
  let marked: PartKind = 'plan';
  let current: PartKind = titlePart ?? 'plan';
  return blocks.map((b) => {
    if (b.type === 'heading') {
      if (b.part) announced = true;
      // A review document's first chapter heading that names no part opens its review.
      else if (!announced && titlePart === 'review' && b.depth <= 2) {
        announced = true;
        return { ...b, part: 'review' };
      }
      return b;
    }
    if (announced) return b;
    const part = paragraphPartOf(b.text, years, titlePart) ?? current;
    current = part;
    if (part === marked) return b;
    marked = part;
    return { ...b, part };
  });
}

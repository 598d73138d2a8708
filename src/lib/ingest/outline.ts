/**
 * Rebuild a document's structure from its own numbering. Works on the lines left after
 * chrome removal; a line may hold a whole chapter or the whole document.
 */
import { FAMILY_DEPTH, MAX_RUN_IN_TITLE, headingFamily, pointOrdinal } from './numbering.ts';

import { paragraphPartOf, partKindOf, type PartKind } from './parts.ts';
import { normaliseText } from '../text/normalise.ts';

export { partKindOf, type PartKind };

export type Block =
  | { type: 'heading'; depth: number; text: string; part?: PartKind }
  /** `part` is set where a paragraph's own words decide its part, outside any part heading. */
  | { type: 'paragraph'; text: string; part?: PartKind };

const SENTENCE_END = /[。！？；：!?;:]/;
const APPENDIX = /^附件\s*\d*$/;
/** The credit of a photo: (资料图), 图为…, 记者 摄, 摄影:…. */
const CAPTION = /^[(（]?(?:资料图|资料图片|图片来源|图为|摄影)|摄[)）]?$/;

/** A short line without sentence punctuation: a title or part heading written without numbering. */
function isBareTitle(text: string): boolean {
  return text.length >= 4 && text.length <= 40 && !/[。！？；，,:：!?;]/.test(text);
}

/**
 * Words a space does not part: a bracket still open (本报讯(记者 林伟 通讯员…)), a number and its
 * 年/月/日 (一、2020 年工作总结), a news dateline and its date (…客户端讯 6月2日,…).
 */
/** A reporter's byline in brackets: (记者 张林虎), (通讯员…). */
const BYLINE = /^[(（]\s*(?:记者|記者|通讯员|通訊員|特约记者|见习记者)/;

function holdsTogether(current: string, next: string): boolean {
  const open = (current.match(/[(（]/g) ?? []).length > (current.match(/[)）]/g) ?? []).length;
  if (open) return true;
  if (/\d$/.test(current) && /^[年月日号]/.test(next)) return true;
  // A label and its colon (摘要: | 本文记述了…) go with the text they label.
  if (/^\p{Script=Han}{1,4}[:：]$/u.test(current)) return true;
  // A line that ends on a conjunction (…推进大会暨 2020年…会议) goes on.
  if (/[暨和及与、]$/.test(current)) return true;
  // 据马鞍山日报报道 近日,…: a source named before a space opens the report it introduces.
  if (/^据\p{Script=Han}{2,16}(?:报道|消息|報道)$/u.test(current)) return true;
  // 本报讯(记者 林伟) 记者昨天…: a dateline, with or without its byline, opens the paragraph it stands in;
  // so does a byline after a space (中新网呼和浩特1月13日电 (记者 张林虎)记者13日…).
  return /(?:讯|訊|电|電)(?:[(（][^)）]*[)）])?$/.test(current) && (!/^[(（]/.test(next) || BYLINE.test(next)) && headingFamily(next) === undefined;
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
    if (startsBlock && next !== '' && !holdsTogether(current, next)) {
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
  let headingSeen = false;
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
      // A chapter heading names its part; so does the first heading of a text that opens without chapters ((一)任务进展情况).
      const part = family === 'chapter' || !headingSeen ? partKindOf(heading, years) : undefined;
      headingSeen = true;
      pushHeading(FAMILY_DEPTH[family], heading, part);
      for (const p of splitPoints(rest)) blocks.push({ type: 'paragraph', text: p });
      continue;
    }
    // A bare line printed again inside the text that follows is a headline, not a part heading.
    const headline =
      isBareTitle(text) &&
      (segments.slice(i + 1).some((s) => s.length > text.length && s.includes(text)) ||
        // A photo's caption (…成效显著 。 (资料图) 记者 摄) is no part heading.
        segments.slice(i + 1, i + 4).some((s) => CAPTION.test(s)));
    if (APPENDIX.test(text) || (isBareTitle(text) && !headline && partKindOf(text, years, false))) {
      const part = APPENDIX.test(text) ? undefined : partKindOf(text, years, false);
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
  // Opening lines that decide nothing (a paper's name, a date, a dateline: 四川经济日报攀枝花讯) belong with
  // the first paragraph that does, when the title names no part.
  let current: PartKind = titlePart ?? firstDecided(blocks, years) ?? 'plan';
  let headingSeen = false;
  return blocks.flatMap((b): Block[] => {
    if (b.type === 'heading') {
      const first = !headingSeen;
      headingSeen = true;
      if (b.part) announced = true;
      // A review document's first chapter heading that names no part opens its review; so does its first
      // heading of any depth when it has no chapters (2024年…生态环境状况公报: (一)环境空气质量).
      else if (!announced && titlePart === 'review' && (b.depth <= 2 || first)) {
        announced = true;
        return [{ ...b, part: 'review' }];
      }
      // A paragraph's part marker holds up to the next heading: after one, the text is plan until marked again.
      if (!announced) marked = 'plan';
      return [b];
    }
    if (announced) return [b];
    return splitAtTurn(b.text, years, titlePart).map((text) => {
      const part = paragraphPartOf(text, years, titlePart) ?? current;
      current = part;
      if (part === marked) return { ...b, text };
      marked = part;
      return { ...b, text, part };
    });
  });
}

/** The part of the first paragraph (or part heading) that names one, before any heading announces parts. */
function firstDecided(blocks: Block[], years: number[]): PartKind | undefined {
  for (const b of blocks) {
    if (b.type === 'heading') {
      if (b.part) return b.part;
      continue;
    }
    const part = paragraphPartOf(splitAtTurn(b.text, years, undefined)[0], years);
    if (part) return part;
  }
  return undefined;
}

/** A sentence that turns to what comes next: 下一步,…; 今年该市…目标为确保…; 2023年,…将…; ”局长表示,下一步…; 副县长强调,目前…必须…. */
const TURN = /^[”"’」]?\s*(?:[^,，。]{0,12}(?:表示|介绍|指出|强调|说)[,，:：])?\s*(?:下一步|接下来|今后|今年|明年|新的一年|((?:19|20)\d{2})\s*年)|^[^,，。]{0,12}(?:强调|要求)[,，:：]\s*(?:当前|目前|各|全)/;

/**
 * A press paragraph often reports and then turns to the plan in one block (…召开新闻发布会,通报2018年度
 * 环境质量状况。今年该市…目标为确保…). Split it before the sentence that turns, when the words before
 * it report and the words from it on plan.
 */
function splitAtTurn(text: string, years: number[], titlePart: PartKind | undefined): string[] {
  const last = Math.max(...years);
  // A semicolon ends a sentence here too: …在全市排名第4;2025年全县生态环境保护工作以…为总目标.
  const sentences = text.match(/[^。！？!?;；]+[。！？!?;；]*[”’"」]*/g) ?? [text];
  let offset = 0;
  for (let i = 0; i < sentences.length; i++) {
    const at = offset;
    offset += sentences[i].length;
    if (i === 0) continue;
    // In the one normal form, so a page in 繁體 turns too (劉拓強調,…).
    const m = TURN.exec(normaliseText(sentences[i].trim()));
    if (!m || (m[1] && Number(m[1]) < last)) continue;
    const head = text.slice(0, at).trim();
    const tail = text.slice(at).trim();
    if (paragraphPartOf(head, years, titlePart) === 'review' && paragraphPartOf(tail, years, titlePart) === 'plan') return [head, ...splitAtTurn(tail, years, titlePart)];
  }
  return [text];
}

/** Tag sentences and paragraphs with themes from the keyword taxonomy, keeping the evidence. */
import { compileTerms, resolveMatches, type CompiledTerms, type TermMatch } from './keyword-matcher.ts';
import { foldInPlace } from './text/fold.ts';
import type { Paragraph, ParsedPlan, Theme } from './types.ts';

export interface Evidence {
  term: string;
  count: number;
  /** Where the term was found: the paragraph's own text or an enclosing heading. */
  source: 'text' | 'heading';
}

export interface ThemeScore {
  theme: string;
  score: number;
  evidence: Evidence[];
}

export interface SentenceThemes {
  sentenceId: string;
  /** Themes named by the sentence's own keywords. */
  themes: string[];
  /** The paragraph's primary theme, when the sentence names none itself. */
  inherited?: string;
}

export interface TaggedParagraph {
  paragraphId: string;
  primary?: string;
  secondary: string[];
  /** Every theme with any evidence, best first. */
  scores: ThemeScore[];
  sentences: SentenceThemes[];
}

/** A sentence names a theme when its keywords weigh at least this much (one strong term, or two weak). */
export const SENTENCE_THRESHOLD = 2;
/** A paragraph's theme needs this score, text and headings together. */
export const PARAGRAPH_THRESHOLD = 3;
/** A secondary theme scores at least this share of the primary's. */
export const SECONDARY_RATIO = 0.25;
/** The innermost heading counts fully, outer headings half. */
const HEADING_WEIGHTS = { innermost: 1, outer: 0.5 };
/** Repeating a term more than this often adds nothing. */
const MAX_COUNT = 3;

interface Lexicon {
  theme: Theme;
  terms: CompiledTerms;
  weights: Map<string, number>;
}

export function buildLexicons(themes: Theme[]): Lexicon[] {
  return themes.map((theme) => ({
    theme,
    terms: compileTerms(
      theme.keywords.map((k) => k.term),
      theme.exclude,
    ),
    weights: new Map(theme.keywords.map((k) => [k.term, k.weight])),
  }));
}

const NO_COUNTS: ReadonlyMap<string, number> = new Map();

/** Keyword counts of one text for every theme at once, longest match per theme. */
function countAll(text: string, lexicons: Lexicon[], union: UnionIndex): ReadonlyMap<string, number>[] {
  const haystack = foldInPlace(text);
  const found: TermMatch[][] = lexicons.map(() => []);
  for (let i = 0; i < haystack.length; i++) {
    const candidates = union.get(haystack[i]);
    if (!candidates) continue;
    for (const c of candidates) if (haystack.startsWith(c.lower, i)) found[c.lexicon].push({ term: c.term, start: i, end: i + c.lower.length });
  }
  return found.map((matches, li) => {
    if (matches.length === 0) return NO_COUNTS;
    const counts = new Map<string, number>();
    for (const m of resolveMatches(text, matches, lexicons[li].terms)) counts.set(m.term, (counts.get(m.term) ?? 0) + 1);
    return counts;
  });
}

type UnionIndex = Map<string, { lower: string; term: string; lexicon: number }[]>;

function unionIndex(lexicons: Lexicon[]): UnionIndex {
  const index: UnionIndex = new Map();
  lexicons.forEach((l, lexicon) => {
    for (const [first, list] of l.terms.byFirstChar) {
      const entries = index.get(first) ?? [];
      for (const { term, lower } of list) entries.push({ lower, term, lexicon });
      index.set(first, entries);
    }
  });
  return index;
}

function scoreCounts(counts: ReadonlyMap<string, number>, lexicon: Lexicon): number {
  let score = 0;
  for (const [term, count] of counts) score += lexicon.weights.get(term)! * Math.min(count, MAX_COUNT);
  return score;
}

/** Heading texts repeat for every paragraph under them: count their terms once. */
interface TagContext {
  union: UnionIndex;
  headings: Map<string, ReadonlyMap<string, number>[]>;
}

function headingCounts(title: string, lexicons: Lexicon[], context: TagContext): ReadonlyMap<string, number>[] {
  let counts = context.headings.get(title);
  if (!counts) {
    counts = countAll(title, lexicons, context.union);
    context.headings.set(title, counts);
  }
  return counts;
}

function tagContext(lexicons: Lexicon[]): TagContext {
  return { union: unionIndex(lexicons), headings: new Map() };
}

export function tagParagraph(paragraph: Paragraph, lexicons: Lexicon[], context: TagContext = tagContext(lexicons)): TaggedParagraph {
  // Terms never span a sentence end, so the paragraph's counts are the sum of its sentences'.
  const sentenceCounts = paragraph.sentences.map((s) => countAll(s.text, lexicons, context.union));
  const sentenceThemes: SentenceThemes[] = paragraph.sentences.map((s, i) => ({
    sentenceId: s.id,
    themes: lexicons.filter((l, li) => scoreCounts(sentenceCounts[i][li], l) >= SENTENCE_THRESHOLD).map((l) => l.theme.id),
  }));
  const headings = paragraph.sectionPath.map((title) => headingCounts(title, lexicons, context));
  const scores: ThemeScore[] = [];
  lexicons.forEach((lexicon, li) => {
    const own = new Map<string, number>();
    for (const counts of sentenceCounts) for (const [term, n] of counts[li]) own.set(term, (own.get(term) ?? 0) + n);
    let score = scoreCounts(own, lexicon);
    const evidence: Evidence[] = [...own].map(([term, count]) => ({ term, count, source: 'text' as const }));
    headings.forEach((counts, i) => {
      const weight = i === headings.length - 1 ? HEADING_WEIGHTS.innermost : HEADING_WEIGHTS.outer;
      score += scoreCounts(counts[li], lexicon) * weight;
      for (const [term, count] of counts[li]) evidence.push({ term, count, source: 'heading' });
    });
    if (score > 0) scores.push({ theme: lexicon.theme.id, score, evidence });
  });
  scores.sort((a, b) => b.score - a.score || a.theme.localeCompare(b.theme));
  const top = scores[0];
  const primary = top && top.score >= PARAGRAPH_THRESHOLD ? top.theme : undefined;
  const secondary = primary
    ? scores
        .slice(1)
        .filter((s) => s.score >= Math.max(PARAGRAPH_THRESHOLD, SECONDARY_RATIO * top.score))
        // A secondary theme must be named in the paragraph itself, not only in a heading.
        .filter((s) => s.evidence.some((e) => e.source === 'text'))
        .map((s) => s.theme)
    : [];
  for (const s of sentenceThemes) if (s.themes.length === 0 && primary) s.inherited = primary;
  return { paragraphId: paragraph.id, primary, secondary, scores, sentences: sentenceThemes };
}

export function tagPlan(plan: ParsedPlan, lexicons: Lexicon[]): Map<string, TaggedParagraph> {
  const context = tagContext(lexicons);
  return new Map(plan.paragraphs.map((p) => [p.id, tagParagraph(p, lexicons, context)]));
}

/**
 * Makes the plans' tags share their small values, in place: each distinct piece of evidence (term,
 * count, where) and each distinct list of themes is kept once, frozen, for all plans given to it.
 * A few thousand distinct values stand for millions at 10,000 plans (300 synthetic plans: 139,000
 * pieces of evidence, 943 distinct; the atlas's heap 61 → 49 MB), which every collection would walk.
 */
export function tagValueSharer(): (tags: Map<string, TaggedParagraph>) => Map<string, TaggedParagraph> {
  const evidence = new Map<string, Evidence>();
  const themeLists = new Map<string, string[]>();
  const shared = <T>(pool: Map<string, T>, key: string, value: T): T => {
    const found = pool.get(key);
    if (found !== undefined) return found;
    pool.set(key, Object.freeze(value));
    return value;
  };
  return (tags) => {
    for (const tagged of tags.values()) {
      for (const score of tagged.scores) score.evidence = score.evidence.map((e) => shared(evidence, `${e.term}\u0000${e.count}\u0000${e.source}`, e));
      tagged.secondary = shared(themeLists, tagged.secondary.join('\u0000'), tagged.secondary);
      for (const sentence of tagged.sentences) sentence.themes = shared(themeLists, sentence.themes.join('\u0000'), sentence.themes);
    }
    return tags;
  };
}

/** Themes of a paragraph, primary first. */
export function paragraphThemes(tagged: TaggedParagraph): string[] {
  return tagged.primary ? [tagged.primary, ...tagged.secondary] : [];
}

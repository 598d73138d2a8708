/** Tag sentences and paragraphs with themes from the keyword taxonomy, keeping the evidence. */
import { matchTerms } from './keyword-matcher.ts';
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
  terms: string[];
  weights: Map<string, number>;
}

export function buildLexicons(themes: Theme[]): Lexicon[] {
  return themes.map((theme) => ({
    theme,
    terms: theme.keywords.map((k) => k.term),
    weights: new Map(theme.keywords.map((k) => [k.term, k.weight])),
  }));
}

/** Keyword counts and weighted score of one text for one theme. */
function scoreText(text: string, lexicon: Lexicon): { score: number; counts: Map<string, number> } {
  const counts = new Map<string, number>();
  for (const m of matchTerms(text, lexicon.terms, lexicon.theme.exclude)) counts.set(m.term, (counts.get(m.term) ?? 0) + 1);
  let score = 0;
  for (const [term, count] of counts) score += lexicon.weights.get(term)! * Math.min(count, MAX_COUNT);
  return { score, counts };
}

export function tagParagraph(paragraph: Paragraph, lexicons: Lexicon[]): TaggedParagraph {
  const sentenceThemes: SentenceThemes[] = paragraph.sentences.map((s) => ({
    sentenceId: s.id,
    themes: lexicons.filter((l) => scoreText(s.text, l).score >= SENTENCE_THRESHOLD).map((l) => l.theme.id),
  }));
  const headings = paragraph.sectionPath;
  const scores: ThemeScore[] = [];
  for (const lexicon of lexicons) {
    const own = scoreText(paragraph.text, lexicon);
    let score = own.score;
    const evidence: Evidence[] = [...own.counts].map(([term, count]) => ({ term, count, source: 'text' as const }));
    headings.forEach((title, i) => {
      const weight = i === headings.length - 1 ? HEADING_WEIGHTS.innermost : HEADING_WEIGHTS.outer;
      const h = scoreText(title, lexicon);
      score += h.score * weight;
      for (const [term, count] of h.counts) evidence.push({ term, count, source: 'heading' });
    });
    if (score > 0) scores.push({ theme: lexicon.theme.id, score, evidence });
  }
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
  return new Map(plan.paragraphs.map((p) => [p.id, tagParagraph(p, lexicons)]));
}

/** Themes of a paragraph, primary first. */
export function paragraphThemes(tagged: TaggedParagraph): string[] {
  return tagged.primary ? [tagged.primary, ...tagged.secondary] : [];
}

/**
 * Commitment strength: how often a plan's text on each theme uses the terms of each level of
 * the commitment lexicon (binding 确保/严格 …, action 推进/加强 …, exploratory 探索/力争 …).
 */
import { matchTerms } from '../keyword-matcher.ts';
import type { CommitmentLexicon } from './commitment-lexicon.ts';
import { hanLength } from './han-runs.ts';

export interface CommitmentCell {
  plan: string;
  /** A theme id, or ALL_TEXT for the whole plan. */
  theme: string;
  /** Han characters of the text counted. */
  chars: number;
  /** Matches per level id. */
  counts: Record<string, number>;
  /** Matches per term. */
  terms: Record<string, number>;
  total: number;
  /** Share of matches that are of the first (strongest) level; null without any match. */
  strongShare: number | null;
}

export const ALL_TEXT = 'all';

export interface CommitmentText {
  plan: string;
  theme: string;
  texts: string[];
}

export function commitmentStrength(texts: CommitmentText[], lexicon: CommitmentLexicon): CommitmentCell[] {
  const levelOf = new Map<string, string>();
  for (const level of lexicon.levels) for (const t of level.terms) levelOf.set(t, level.id);
  const allTerms = [...levelOf.keys()];
  const strongest = lexicon.levels[0].id;
  return texts.map(({ plan, theme, texts: parts }) => {
    const counts: Record<string, number> = Object.fromEntries(lexicon.levels.map((l) => [l.id, 0]));
    const terms: Record<string, number> = {};
    let chars = 0;
    for (const text of parts) {
      chars += hanLength(text);
      // One matcher over all levels, so overlapping terms (力争取得: 力争, 争取) count once.
      for (const m of matchTerms(text, allTerms)) {
        counts[levelOf.get(m.term)!]++;
        terms[m.term] = (terms[m.term] ?? 0) + 1;
      }
    }
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    return { plan, theme, chars, counts, terms, total, strongShare: total > 0 ? counts[strongest] / total : null };
  });
}

/**
 * Fuzzy matching where it fits: over short fields (plan titles, jurisdiction names, theme names
 * and keywords, metric names), for the suggestion box and for "did you mean …" when the exact
 * search finds nothing (无费城市 → 无废城市). Full text is searched exactly, never fuzzily.
 */
import Fuse from 'fuse.js/basic';
import type { Atlas } from '../atlas.ts';
import { normalizeText } from './normalize.ts';
import type { ParsedQuery } from './parse-query.ts';

export type SuggestionKind = 'plan' | 'jurisdiction' | 'theme' | 'keyword' | 'metric';

export interface Suggestion {
  /** What is searched (or, for a plan, its title). */
  text: string;
  en?: string;
  kind: SuggestionKind;
  /** Plan or theme id, for a link. */
  ref?: string;
}

/** The short fields, deduplicated by kind and text, in a fixed order. */
export function suggestionEntries(atlas: Atlas, metrics: readonly { zh: string; en?: string }[] = []): Suggestion[] {
  const out: Suggestion[] = [];
  const seen = new Set<string>();
  const add = (s: Suggestion) => {
    const key = `${s.kind}\u0000${s.text}`;
    if (seen.has(key) || s.text.trim() === '') return;
    seen.add(key);
    out.push(s);
  };
  for (const { plan } of atlas.plans) add({ text: plan.meta.title, kind: 'plan', ref: plan.meta.id });
  for (const j of atlas.jurisdictions) add({ text: j.nameZh, en: j.nameEn, kind: 'jurisdiction', ref: j.id });
  for (const t of atlas.themes) add({ text: t.nameZh, en: t.nameEn, kind: 'theme', ref: t.id });
  for (const t of atlas.themes) for (const k of t.keywords) add({ text: k.term, kind: 'keyword', ref: t.id });
  for (const m of metrics) add({ text: m.zh, en: m.en, kind: 'metric' });
  return out;
}

export interface Suggester {
  /** Entries that match what has been typed so far, best first. */
  suggest(input: string, limit?: number): Suggestion[];
  /** The closest short field to a term that is not the term itself, or null. */
  correct(term: string): string | null;
}

/** Fuse scores run from 0 (exact) to 1; one wrong character in four scores about 0.25. */
const SUGGEST_THRESHOLD = 0.3;
const CORRECT_THRESHOLD = 0.4;

export function createSuggester(entries: readonly Suggestion[]): Suggester {
  const fuse = new Fuse(entries, {
    keys: [
      { name: 'text', weight: 2 },
      { name: 'en', weight: 1 },
    ],
    includeScore: true,
    ignoreLocation: true,
    // A keyword that contains what was typed is as good a suggestion however long it is.
    ignoreFieldNorm: true,
    threshold: SUGGEST_THRESHOLD,
  });
  const terms = new Fuse(
    entries.filter((e) => e.kind !== 'plan'),
    { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: CORRECT_THRESHOLD },
  );
  return {
    suggest(input, limit = 8) {
      const q = input.trim();
      if (!q) return [];
      const seen = new Set<string>();
      const out: Suggestion[] = [];
      for (const r of fuse.search(q.slice(0, 32), { limit: limit * 3 })) {
        if (seen.has(r.item.text)) continue;
        seen.add(r.item.text);
        out.push(r.item);
        if (out.length === limit) break;
      }
      return out;
    },
    correct(term) {
      const t = normalizeText(term);
      const points = Array.from(t).length;
      if (points < 2 || points > 32) return null;
      const slack = Math.max(1, Math.floor(points / 4));
      for (const r of terms.search(t, { limit: 10 })) {
        const candidate = normalizeText(r.item.text);
        if (candidate === t || candidate.includes(t)) continue;
        if (Math.abs(Array.from(candidate).length - points) > slack) continue;
        return r.item.text;
      }
      return null;
    },
  };
}

/** A corrected query when some terms found nothing on their own and have a close short field, else null. */
export function didYouMean(query: ParsedQuery, termUnits: readonly (number | null)[], suggester: Suggester): string | null {
  let changed = false;
  const terms = query.terms.map((term, i) => {
    if (termUnits[i] !== 0) return term;
    const fix = suggester.correct(term);
    if (fix === null) return term;
    changed = true;
    return fix;
  });
  return changed ? terms.join(' ') : null;
}

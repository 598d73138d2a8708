/**
 * The current reading of real texts figure by figure: each figure read, labelled right or wrong as
 * score-real.ts matches figures to the annotation, with the figures listed as not read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContentOrThrow } from './read-content.ts';
import { DIR, annotations } from '../tests/fixtures/real-texts/score-real.ts';
import { ingestText } from '../src/lib/ingest/ingest-text.ts';
import { extractFigures, type UnreadFigure } from '../src/lib/indicators/extract-indicators.ts';
import { compileMetrics } from '../src/lib/indicators/metric-matcher.ts';
import { parsePlanFile } from '../src/lib/content/plan-file.ts';
import { parsePlan } from '../src/lib/structure.ts';
import type { Indicator } from '../src/lib/indicators/types.ts';
import type { PlanMeta } from '../src/lib/types.ts';

export interface TextReading {
  id: string;
  expected: number;
  figures: Indicator[];
  unread: UnreadFigure[];
  /** The paragraph each figure stands in, squeezed as score-real.ts compares text. */
  paragraphs: Map<Indicator, string>;
  /** Labels a list of figures (the reading, or part of it) right or wrong, each annotation used once. */
  label: (figures: Indicator[]) => boolean[];
}

const squeeze = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const key = (f: { metric: string; kind: string; basis: string; value: number; unit: string }) => `${f.metric} ${f.kind} ${f.basis} ${f.value}${f.unit}`;

export function readRealTexts(ids: Set<string>): TextReading[] {
  const compiled = compileMetrics(readContentOrThrow().metrics);
  return annotations()
    .filter((a) => ids.has(a.id))
    .map((a) => {
      const bytes = new Uint8Array(readFileSync(join(DIR, `${a.id}.txt`)));
      const options = { file: `${a.id}.txt`, id: a.id, jurisdiction: 'here', issuer: a.issuer ?? '(unknown)', published: a.published ?? 'unknown', years: a.years };
      let markdown: string;
      try {
        markdown = ingestText(bytes, options, [{ id: 'here', nameZh: a.jurisdictionZh }]).markdown;
      } catch {
        const title = a.title ?? `${a.jurisdictionZh}${a.years.at(-1)}年${a.genre}`;
        markdown = ingestText(bytes, { ...options, title }, [{ id: 'here', nameZh: a.jurisdictionZh }]).markdown;
      }
      const { data, body } = parsePlanFile(new TextEncoder().encode(markdown), a.id);
      const plan = parsePlan(data as unknown as PlanMeta, body);
      const { figures, unread } = extractFigures(plan, compiled);
      const paragraphs = new Map(figures.map((f) => [f, squeeze(plan.paragraphs.find((p) => p.id === f.paragraph)!.text)] as const));
      const label = (list: Indicator[]) => {
        const pool = a.figures.map((f) => ({ f, quote: squeeze(f.quote), used: false }));
        return list.map((x) => {
          const sentence = squeeze(x.quote);
          const candidates = pool.filter((e) => !e.used && key(e.f) === key(x));
          const match = candidates.find((e) => sentence.includes(e.quote) || e.quote.includes(sentence)) ?? candidates.find((e) => paragraphs.get(x)!.includes(e.quote));
          if (match) match.used = true;
          return !!match;
        });
      };
      return { id: a.id, expected: a.figures.length, figures, unread, paragraphs, label };
    });
}

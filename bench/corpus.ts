/**
 * A deterministic synthetic corpus: N plan files in the format of content/plans, built from the
 * seeds' own sentences, so the benchmarks measure search and scale on realistic Chinese text.
 * Same n, sentences and seed → byte-identical files.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The first published text in seeds/, by name. */
function firstSeedFile(): string {
  const names = readdirSync(join(import.meta.dirname, '..', 'seeds')).filter((f) => f.endsWith('.txt')).sort();
  if (!names.length) throw new Error('generateCorpus: seeds/ holds no .txt file to name as the source (pass options.seedFile)');
  return names[0];
}
import type { Atlas } from '../src/lib/atlas.ts';

export interface CorpusOptions {
  /** Folder for the .md files; emptied of .md files first. */
  outDir?: string;
  /** PRNG seed. */
  seed?: number;
  /** Jurisdiction ids to cycle through (they must exist in content/jurisdictions.json). */
  jurisdictions?: readonly string[];
  /** The `seed` field of every plan: a file in seeds/ (the sentences come from all of them). */
  seedFile?: string;
}

export interface Corpus {
  dir: string;
  files: string[];
  bytes: number;
}

export const DEFAULT_JURISDICTIONS = ['shaoxing', 'jiaxing', 'hengyang', 'inner-mongolia', 'ninghai'] as const;
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** mulberry32: small, fast, and the same sequence everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every sentence of the committed plans, in reading order: the material of the corpus. */
export function seedSentencesFrom(atlas: Atlas): string[] {
  return atlas.plans.flatMap(({ plan }) => plan.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)));
}

/** Sentences that are safe as Markdown paragraph text (no heading, list, quote or HTML syntax at the start). */
function usable(sentences: readonly string[]): string[] {
  return sentences.map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.length >= 6 && !/^([#>*+\-|<]|\d+[.)]\s)/.test(s) && !/[<>`*_\\[\]]/.test(s));
}

/** A heading made from the first clause of a sentence: 强化考核保障 out of 三是强化考核保障。… */
function headingFrom(sentence: string): string {
  const clause = sentence.split(/[，,。；;：:]/)[0].replace(/^[一二三四五六七八九十]+是/, '');
  return clause.slice(0, 18) || sentence.slice(0, 18);
}

export function generateCorpus(n: number, seedSentences: readonly string[], options: CorpusOptions = {}): Corpus {
  if (!Number.isInteger(n) || n < 1) throw new Error(`generateCorpus: n must be a positive integer, got ${n}`);
  const sentences = usable(seedSentences);
  if (sentences.length < 20) throw new Error(`generateCorpus: need at least 20 usable seed sentences, got ${sentences.length}`);
  const jurisdictions = options.jurisdictions ?? DEFAULT_JURISDICTIONS;
  const dir = options.outDir ?? join(import.meta.dirname, 'out', `corpus-${n}`);
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (f.endsWith('.md')) rmSync(join(dir, f));
  const random = prng(options.seed ?? 20200101);
  const pick = () => sentences[Math.floor(random() * sentences.length)];
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const paragraph = () => Array.from({ length: between(2, 6) }, pick).join('');
  const width = Math.max(4, String(n).length);
  const seedFile = options.seedFile ?? firstSeedFile();
  const files: string[] = [];
  let bytes = 0;

  for (let i = 1; i <= n; i++) {
    const id = `synthetic-${String(i).padStart(width, '0')}`;
    const jurisdiction = jurisdictions[(i - 1) % jurisdictions.length];
    const year = 2018 + (i % 5);
    const review = i % 3 === 0;
    const lines: string[] = [];
    const part = (kind: 'review' | 'plan', number: number, title: string) => {
      lines.push(`<!-- part: ${kind} -->`, '', `## ${NUMERALS[number]}、${title}`, '');
      const sections = between(3, 6);
      for (let s = 0; s < sections; s++) {
        lines.push(`### (${NUMERALS[s]})${headingFrom(pick())}`, '');
        const items = between(1, 4);
        for (let k = 0; k < items; k++) {
          if (items > 1) lines.push(`#### ${k + 1}.${headingFrom(pick())}`, '');
          const paragraphs = between(2, 4);
          for (let p = 0; p < paragraphs; p++) lines.push(paragraph(), '');
        }
      }
    };
    if (review) part('review', 0, `${year - 1}年工作总结`);
    part('plan', review ? 1 : 0, `${year}年工作要点`);
    const frontMatter = [
      '---',
      `id: "${id}"`,
      `title: "合成计划 ${i}：${review ? `${year - 1}年工作总结和` : ''}${year}年生态环境工作要点"`,
      `jurisdiction: "${jurisdiction}"`,
      `years: [${review ? `${year - 1}, ${year}` : year}]`,
      `kind: "${review ? 'review-and-plan' : 'plan'}"`,
      `issuer: "合成语料 Synthetic corpus"`,
      `published: null`,
      `seed: "${seedFile}"`,
      '---',
      '',
    ];
    const text = `${frontMatter.join('\n')}${lines.join('\n')}`;
    const file = join(dir, `${id}.md`);
    writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { dir, files, bytes };
}

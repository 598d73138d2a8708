/**
 * Find where a clause names a metric of the vocabulary. Phrasings come from content/metrics and
 * are normalised like the text; `{value}` in a phrasing captures the figure inside it
 * (饮用水水源地水质{value}达标). Overlaps go to the longer phrasing; a metric named twice in a row
 * (细颗粒物(PM2.5)) is one mention.
 */
import { normaliseText } from './normalise-text.ts';
import type { Metric } from './types.ts';

export interface CompiledMetric {
  metric: Metric;
  patterns: RegExp[];
  requires: string[] | null;
}

export interface Mention {
  metric: Metric;
  start: number;
  end: number;
  /** Offsets of the figure captured by a `{value}` phrasing. */
  slot?: { start: number; end: number };
}

/** The endings a share's name takes; a phrasing ending in one reads with any of them. */
const SHARE_ENDINGS = '(?:比例|比率|占比|比重|率)';
const SHARE_ENDING = /(?:比例|比率|占比|比重|率)$/;

const SLOT_VALUE = '(\\d+(?:\\.\\d+)?\\s*(?:%|个百分点|百分点|(?:μg|ug|µg)/m3|微克/立方米|天))';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compilePhrasing(phrasing: string): RegExp {
  const parts = normaliseText(phrasing).split('{value}').map(escape);
  // 饮用水源水质{value}达标 reads 饮用水源水质继续保持100%达标 too: a few words of verb before the figure.
  let body = parts.join(`(?:[^\\d,;:。]{0,6}?)${SLOT_VALUE}`);
  // 县级饮用水水源地全年水质达标率: a time word may stand before 水质 in any phrasing that names it.
  body = body.replace(/水质/g, '(?:全年|年度|年均|平均|总体)?水质');
  // A share is named with any of its endings (优良天数比例/比率/占比/比重, 优良率/优良比例), a
  // bracketed gloss before it (水质优良(达到或优于III类)比例) or 的 (优良天数的比例).
  // A class share may name what is counted before its ending: 达到或优于III类的断面比例, III类水质断面占比.
  // A class share may also end in 达标率 (I~III类水质达标率): the share meeting the class.
  const counted = /III类/.test(body) ? '(?:的?(?:水质|水体)?(?:断面|点位)?)?(?:达标)?' : '';
  // A share of the sections meeting a cumulative class told with 占 (符合I~III类的断面占91.2%): the counted noun must be named.
  const occupy = /III类/.test(body) && /I~III|以上|达到或|优于|好于/.test(body) ? '|的?(?:水质|水体)?(?:断面|点位)占(?=\\s*\\d)' : '';
  body = body.replace(SHARE_ENDING, `(?:${counted}(?:\\([^()]{1,16}\\))?的?${SHARE_ENDINGS}${occupy})`);
  // A gloss in brackets after a Latin name: AQI(空气质量指数)达标率.
  body = body.replace(/^([A-Za-z][A-Za-z0-9.]*)(?=\p{Script=Han})/u, '$1(?:\\([^()]{1,10}\\))?');
  // Latin names (VOCs, COD, PM2.5) must not be read inside longer Latin words or numbers.
  if (/^[A-Za-z]/.test(body)) body = `(?<![A-Za-z])${body}`;
  if (/[A-Za-z0-9]$/.test(phrasing)) body = `${body}(?![A-Za-z0-9.])`;
  return new RegExp(body, 'g');
}

export function compileMetrics(metrics: Metric[]): CompiledMetric[] {
  return [...metrics]
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
    .map((metric) => ({
      metric,
      patterns: [...new Set(metric.phrasings.map((p) => normaliseText(p)))].map(compilePhrasing),
      requires: metric.requires?.length ? metric.requires.map(normaliseText) : null,
    }));
}

const anyPhrasingOf = new WeakMap<readonly CompiledMetric[], RegExp | null>();

/**
 * One pattern that matches where any phrasing of the list matches, built once per list: most
 * clauses name no metric, and one test of them costs about a hundredth of trying every phrasing
 * (measured on 60,573 clauses: 81 ms against 10.4 s). Null when the phrasings' flags differ.
 */
function anyPhrasing(compiled: readonly CompiledMetric[]): RegExp | null {
  if (anyPhrasingOf.has(compiled)) return anyPhrasingOf.get(compiled)!;
  const patterns = compiled.flatMap((c) => c.patterns);
  const flags = new Set(patterns.map((re) => re.flags.replace('g', '')));
  const union = patterns.length && flags.size === 1 ? new RegExp(patterns.map((re) => `(?:${re.source})`).join('|'), [...flags][0]) : null;
  anyPhrasingOf.set(compiled, union);
  return union;
}

/** Metric mentions in a normalised clause, in order, without overlaps. */
export function findMentions(clause: string, compiled: CompiledMetric[]): Mention[] {
  const any = anyPhrasing(compiled);
  if (any && !any.test(clause)) return [];
  const found: Mention[] = [];
  for (const { metric, patterns, requires } of compiled) {
    if (requires && !requires.some((w) => clause.includes(w))) continue;
    for (const re of patterns) {
      for (const m of clause.matchAll(re)) {
        const mention: Mention = { metric, start: m.index, end: m.index + m[0].length };
        if (m[1] !== undefined) {
          const at = m.index + m[0].indexOf(m[1]);
          mention.slot = { start: at, end: at + m[1].length };
        }
        found.push(mention);
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Mention[] = [];
  for (const m of found) {
    const last = kept.at(-1);
    if (last && m.start < last.end) continue;
    // 细颗粒物(PM2.5): the same metric again right after, with only brackets or spaces between.
    if (last && last.metric.id === m.metric.id && !last.slot && /^[\s()（）]*$/.test(clause.slice(last.end, m.start))) {
      last.end = m.end;
      last.slot = m.slot;
      continue;
    }
    kept.push(m);
  }
  return withSharedHeads(clause, kept, compiled);
}

/** Names joined by 和/及/与/、 before a mention: 受污染耕地和污染地块安全利用率. */
const JOINED_BEFORE = /([\p{Script=Han}]{2,8})(?:和|及|与|、)$/u;

/**
 * Two names sharing one head noun (受污染耕地和污染地块安全利用率 is 受污染耕地安全利用率 and
 * 污染地块安全利用率): the first name with the second's head is a metric of its own when the vocabulary
 * has it. Only the words of the name are tried, longest first; nothing else is guessed.
 */
function withSharedHeads(clause: string, mentions: Mention[], compiled: CompiledMetric[]): Mention[] {
  const out = [...mentions];
  for (const m of mentions) {
    if (m.slot) continue;
    const joined = JOINED_BEFORE.exec(clause.slice(0, m.start));
    if (!joined || out.some((o) => o !== m && o.end > joined.index && o.start < m.start)) continue;
    const name = clause.slice(m.start, m.end);
    const first = joined[1];
    let found: Mention | null = null;
    for (let cut = 0; cut < first.length - 1 && !found; cut++) {
      const own = first.slice(cut);
      for (let k = name.length - 2; k >= 2 && !found; k--) {
        const candidate = own + name.slice(-k);
        for (const c of compiled) {
          if (c.metric.id === m.metric.id) continue;
          if (c.patterns.some((re) => new RegExp(`^(?:${re.source})$`, re.flags.replace('g', '')).test(candidate))) {
            found = { metric: c.metric, start: joined.index + cut, end: joined.index + first.length };
            break;
          }
        }
      }
    }
    if (found) out.push(found);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Citations of a chart, ready to copy: APA (7th edition) and GB/T 7714-2015.
 * Each citation is a list of parts so a page can italicise the title and a script can
 * replace the access date with the reader's own day.
 */

/** A plan the chart's data comes from. */
export interface CitedSource {
  issuer: string;
  title: string;
  /** Publication date YYYY-MM-DD, or null when the plan states none. */
  published: string | null;
}

export interface CitationInput {
  /** The publisher of the chart, 中文 and English. */
  siteNameZh: string;
  siteNameEn: string;
  titleZh: string;
  titleEn: string;
  /** Absolute URL of the chart page. */
  url: string;
  /** Date of access, YYYY-MM-DD. */
  accessed: string;
  sources: CitedSource[];
}

export type CitationStyle = 'apa' | 'gbt7714';

export interface CitationPart {
  text: string;
  /** Shown in italics (APA titles). */
  italic?: boolean;
  /** The access date: a script may put the reader's date here, formatted by formatAccessDate. */
  accessed?: boolean;
}

export interface Citation {
  style: CitationStyle;
  parts: CitationPart[];
  /** The parts as plain text, for copying. */
  text: string;
  /** The access date in it, YYYY-MM-DD. */
  accessed: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIsoDate(date: string, what: string): Date {
  const m = ISO_DATE.exec(date);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) {
    throw new Error(`citation: ${what} must be a date YYYY-MM-DD, got "${date}"`);
  }
  return d;
}

/** The access date as the style writes it: APA "June 5, 2025", GB/T 7714 "2025-06-05". */
export function formatAccessDate(style: CitationStyle, isoDate: string): string {
  const d = parseIsoDate(isoDate, 'the access date');
  if (style === 'gbt7714') return isoDate;
  return new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(d);
}

/** Today's date YYYY-MM-DD in the reader's time zone (for the access date). */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function yearOf(source: CitedSource): string {
  if (source.published === null) return 'n.d.';
  return String(parseIsoDate(source.published, `the publication date of "${source.title}"`).getUTCFullYear());
}

function join(parts: CitationPart[]): Citation['text'] {
  return parts.map((p) => p.text).join('');
}

function checkInput(input: CitationInput): void {
  if (!/^https?:\/\//.test(input.url)) throw new Error(`citation: the URL must be absolute (http or https), got "${input.url}"`);
  parseIsoDate(input.accessed, 'the access date');
}

/**
 * APA 7: group author, no date (the page changes as plans are added), title in its language with
 * the English title in brackets, a bracketed description naming the source plans, retrieval date, URL.
 */
export function citeApa(input: CitationInput): Citation {
  checkInput(input);
  const sources = input.sources.map((s) => `${s.issuer} (${yearOf(s)}), ${s.title}`).join('; ');
  const parts: CitationPart[] = [
    { text: `${input.siteNameEn}. (n.d.). ` },
    { text: input.titleZh, italic: true },
    { text: ` [${input.titleEn}] [Chart${sources ? `; data from ${sources}` : ''}]. Retrieved ` },
    { text: formatAccessDate('apa', input.accessed), accessed: true },
    { text: `, from ${input.url}` },
  ];
  return { style: 'apa', parts, text: join(parts), accessed: input.accessed };
}

/**
 * GB/T 7714-2015, electronic resource: 主要责任者. 题名[EB/OL]. [引用日期]. 获取和访问路径.
 * followed by the source plans in the same form (with their publication dates when known).
 */
export function citeGbt7714(input: CitationInput): Citation {
  checkInput(input);
  const sources = input.sources
    .map((s) => `${s.issuer}. ${s.title}[EB/OL]${s.published ? `. (${s.published})` : ''}`)
    .join('; ');
  const parts: CitationPart[] = [
    { text: `${input.siteNameZh}. ${input.titleZh}[EB/OL]. [` },
    { text: formatAccessDate('gbt7714', input.accessed), accessed: true },
    { text: `]. ${input.url}.${sources ? ` 数据来源: ${sources}.` : ''}` },
  ];
  return { style: 'gbt7714', parts, text: join(parts), accessed: input.accessed };
}

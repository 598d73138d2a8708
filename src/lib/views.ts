/** View models: what each page shows, computed from the atlas. Pages only render these. */
import { findTheme, type Atlas, type AtlasPlan } from './atlas.ts';
import { findPlan } from './atlas-index.ts';

export { findPlan, findTheme };
import { highlightRuns, type Run } from './highlight.ts';
import { KIND_LABELS, LEVEL_LABELS, PART_LABELS, yearsLabel, type Label } from './labels.ts';
import { flattenSections } from './structure.ts';
import type { MatrixCell } from './theme-matrix.ts';
import type { Evidence } from './themes.ts';
import { PLANS_PER_PAGE, planPageCount, planPageSlice } from './plan-pages.ts';
import type { Paragraph, PartKind, Section, Theme } from './types.ts';

export interface PlanCard {
  id: string;
  title: string;
  jurisdiction: Label;
  level: Label;
  province: string;
  years: string;
  kind: Label;
  issuer: string;
  published: string | null;
  paragraphs: number;
  chars: number;
}

export function planCard({ plan, jurisdiction }: AtlasPlan): PlanCard {
  return {
    id: plan.meta.id,
    title: plan.meta.title,
    jurisdiction: { zh: jurisdiction.nameZh, en: jurisdiction.nameEn },
    level: LEVEL_LABELS[jurisdiction.level],
    province: jurisdiction.parentCity ? `${jurisdiction.province} ${jurisdiction.parentCity}` : jurisdiction.province,
    years: yearsLabel(plan.meta.years),
    kind: KIND_LABELS[plan.meta.kind],
    issuer: plan.meta.issuer,
    published: plan.meta.published,
    paragraphs: plan.paragraphs.length,
    chars: plan.paragraphs.reduce((n, p) => n + p.text.replace(/\s+/g, '').length, 0),
  };
}

const cellIndex = new WeakMap<Atlas, Map<string, MatrixCell>>();

/** The matrix cell of a plan and theme (indexed once per atlas: pages ask for every cell). */
export function cell(atlas: Atlas, planId: string, themeId: string): MatrixCell {
  let index = cellIndex.get(atlas);
  if (!index) cellIndex.set(atlas, (index = new Map(atlas.matrix.map((c) => [`${c.plan}\u0000${c.theme}`, c]))));
  const found = index.get(`${planId}\u0000${themeId}`);
  if (!found) throw new Error(`no matrix cell for plan "${planId}" and theme "${themeId}"`);
  return found;
}

export interface ThemeChip {
  theme: string;
  name: Label;
  primary: boolean;
  evidence: Evidence[];
}

export interface ParagraphView {
  kind: 'paragraph';
  id: string;
  part: PartKind;
  partLabel: Label;
  /** The paragraph's sentences, each with its own anchor so figures can link to the sentence. */
  sentences: { id: string; text: string }[];
  chips: ThemeChip[];
}

export interface HeadingView {
  kind: 'heading';
  id: string;
  /** HTML heading level (2–6); the page title is h1. */
  level: number;
  title: string;
  /** Set where a review or plan part begins. */
  partStart?: Label & { part: PartKind };
}

export interface OutlineEntry {
  id: string;
  title: string;
  children: OutlineEntry[];
}

/** A heading that is only a number ("2.") reads better in the outline with the opening words. */
function outlineTitle(section: Section): string {
  if (section.title.length > 4) return section.title;
  const first = section.paragraphs[0]?.text ?? '';
  return `${section.title}${first.slice(0, 18)}${first.length > 18 ? '…' : ''}`;
}

function outline(sections: Section[], maxDepth: number, depth = 1): OutlineEntry[] {
  return sections.map((s) => ({
    id: s.id,
    title: outlineTitle(s),
    children: depth < maxDepth ? outline(s.children, maxDepth, depth + 1) : [],
  }));
}

function chipsFor(atlasPlan: AtlasPlan, paragraph: Paragraph, themes: Theme[]): ThemeChip[] {
  const tagged = atlasPlan.tags.get(paragraph.id)!;
  const ids = tagged.primary ? [tagged.primary, ...tagged.secondary] : [];
  return ids.map((id) => {
    const theme = themes.find((t) => t.id === id)!;
    return {
      theme: id,
      name: { zh: theme.nameZh, en: theme.nameEn },
      primary: id === tagged.primary,
      evidence: tagged.scores.find((s) => s.theme === id)!.evidence,
    };
  });
}

export interface PlanView {
  card: PlanCard;
  seed: string;
  source: Record<string, string>;
  outline: OutlineEntry[];
  blocks: (HeadingView | ParagraphView)[];
  /** Share of the plan by theme, largest first. */
  profile: { theme: string; name: Label; share: number; paragraphs: number; mentioned: boolean }[];
}

export function planView(atlas: Atlas, planId: string): PlanView {
  const atlasPlan = findPlan(atlas, planId);
  const { plan } = atlasPlan;
  const blocks: PlanView['blocks'] = [];
  const paragraphView = (p: Paragraph): ParagraphView => ({
    kind: 'paragraph',
    id: p.id,
    part: p.part,
    partLabel: PART_LABELS[p.part],
    sentences: p.sentences,
    chips: chipsFor(atlasPlan, p, atlas.themes),
  });
  let part: PartKind | undefined = plan.preface[0]?.part;
  for (const p of plan.preface) blocks.push(paragraphView(p));
  // Nesting depth, not Markdown depth, sets the HTML level, so levels never skip.
  const walk = (sections: Section[], level: number) => {
    for (const s of sections) {
      const partStart = s.part !== part ? { ...PART_LABELS[s.part], part: s.part } : undefined;
      part = s.part;
      blocks.push({ kind: 'heading', id: s.id, level: Math.min(level, 6), title: s.title, partStart });
      for (const p of s.paragraphs) blocks.push(paragraphView(p));
      walk(s.children, level + 1);
    }
  };
  walk(plan.sections, 2);
  const profile = atlas.themes
    .map((t) => {
      const c = cell(atlas, planId, t.id);
      return { theme: t.id, name: { zh: t.nameZh, en: t.nameEn }, share: c.share, paragraphs: c.paragraphs, mentioned: c.mentioned };
    })
    .sort((a, b) => b.share - a.share);
  return {
    card: planCard(atlasPlan),
    seed: plan.meta.seed,
    source: plan.meta.source ?? {},
    outline: outline(plan.sections, 3),
    blocks,
    profile,
  };
}

export interface ThemeColumn {
  card: PlanCard;
  cell: MatrixCell;
  paragraphs: { id: string; sectionPath: string[]; part: PartKind; partLabel: Label; primary: boolean; runs: Run[] }[];
}

export interface ThemeView {
  theme: Theme;
  /** The columns of the plans on this page, in plan order. */
  columns: ThemeColumn[];
  page: number;
  pageCount: number;
}

/** One theme across the plans of one page: each plan's paragraphs on it, its keywords highlighted. */
export function themeView(atlas: Atlas, themeId: string, page = 1, perPage = PLANS_PER_PAGE): ThemeView {
  const theme = findTheme(atlas, themeId);
  const pageCount = planPageCount(atlas.plans.length, perPage);
  if (!Number.isInteger(page) || page < 1 || page > pageCount) throw new Error(`theme "${themeId}": no page ${page} (pages 1–${pageCount})`);
  const terms = theme.keywords.map((k) => k.term);
  const columns = planPageSlice(atlas.plans, page, perPage).map((ap) => ({
    card: planCard(ap),
    cell: cell(atlas, ap.plan.meta.id, themeId),
    paragraphs: ap.plan.paragraphs
      .filter((p) => {
        const t = ap.tags.get(p.id)!;
        return t.primary === themeId || t.secondary.includes(themeId);
      })
      .map((p) => ({
        id: p.id,
        sectionPath: p.sectionPath,
        part: p.part,
        partLabel: PART_LABELS[p.part],
        primary: ap.tags.get(p.id)!.primary === themeId,
        runs: highlightRuns(p.text, terms),
      })),
  }));
  return { theme, columns, page, pageCount };
}

/** Every section of a plan in order, for anchors and links. */
export function planSections(atlas: Atlas, planId: string): Section[] {
  return flattenSections(findPlan(atlas, planId).plan.sections);
}

export interface CompareRow {
  card: PlanCard;
  cells: MatrixCell[];
}

/** The cross-tab: one row per plan, one cell per theme, in theme order. */
export function compareView(atlas: Atlas): CompareRow[] {
  return atlas.plans.map((ap) => ({
    card: planCard(ap),
    cells: atlas.themes.map((t) => cell(atlas, ap.plan.meta.id, t.id)),
  }));
}

/**
 * Assemble everything the site shows from loaded content (src/lib/content, which has checked
 * it): parse, tag, cross-tabulate.
 */
import { COMPUTE_ALWAYS, type ArtefactCache } from './artefact-cache.ts';
import type { CommitmentLexicon } from './content/schemas.ts';
import type { Content, PlanSource } from './content/load-content.ts';
import { InputError } from './input-error.ts';
import { parsePlan } from './structure.ts';
import { buildLexicons, tagPlan, tagValueSharer, type TaggedParagraph } from './themes.ts';
import { themeMatrix, type MatrixCell } from './theme-matrix.ts';
import type { Jurisdiction, ParsedPlan, Theme } from './types.ts';

export type { PlanSource };

export interface AtlasPlan {
  plan: ParsedPlan;
  jurisdiction: Jurisdiction;
  tags: Map<string, TaggedParagraph>;
}

export interface Atlas {
  plans: AtlasPlan[];
  themes: Theme[];
  jurisdictions: Jurisdiction[];
  matrix: MatrixCell[];
  /** The word lists of commitment strength (content/lexicons). */
  commitmentLexicon: CommitmentLexicon;
}

/** What an atlas is assembled from: the loaded content, or the part of it the atlas needs. */
export type AtlasContent = Pick<Content, 'plans' | 'themes' | 'jurisdictions' | 'commitmentLexicon'>;

const LEVEL_ORDER = { province: 0, prefecture: 1, county: 2 } as const;

/** Plans in a fixed order: by level (province first), then jurisdiction id, then year. */
function comparePlans(a: AtlasPlan, b: AtlasPlan): number {
  return (
    LEVEL_ORDER[a.jurisdiction.level] - LEVEL_ORDER[b.jurisdiction.level] ||
    a.jurisdiction.id.localeCompare(b.jurisdiction.id) ||
    Math.max(...a.plan.meta.years) - Math.max(...b.plan.meta.years)
  );
}

/**
 * `cache`: where each plan's parsed and tagged text is kept across builds (computed from the plan's
 * front matter and text and the themes, nothing else).
 */
export function assembleAtlas({ plans: sources, themes, jurisdictions, commitmentLexicon }: AtlasContent, cache: ArtefactCache = COMPUTE_ALWAYS): Atlas {
  const sortedThemes = [...themes].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  let lexicons: ReturnType<typeof buildLexicons> | undefined;
  const themesInput = JSON.stringify(sortedThemes);
  const share = tagValueSharer();
  const plans = sources
    .map(({ file, meta, body }) => {
      const { plan, tags } = cache.through('parsed-tagged-plan', [JSON.stringify(meta), body, themesInput], () => {
        const plan = parsePlan(meta, body);
        return { plan, tags: plan.paragraphs.length ? tagPlan(plan, (lexicons ??= buildLexicons(sortedThemes))) : new Map<string, TaggedParagraph>() };
      });
      if (plan.paragraphs.length === 0) throw new InputError(file, 'body', 'at least one paragraph of text', 'only headings were found');
      return { plan, jurisdiction: jurisdictions.find((j) => j.id === meta.jurisdiction)!, tags: share(tags) };
    })
    .sort(comparePlans);
  return { plans, themes: sortedThemes, jurisdictions, matrix: themeMatrix(plans, sortedThemes), commitmentLexicon };
}

/** The theme of an id; an unknown id is an error that names it. */
export function findTheme(atlas: Atlas, themeId: string): Theme {
  const found = atlas.themes.find((t) => t.id === themeId);
  if (!found) throw new Error(`unknown theme id "${themeId}"`);
  return found;
}

/**
 * Pages that put every plan side by side (a theme's paragraphs, the targets table) would run to
 * tens of megabytes with many plans, so the plans come in pages of PLANS_PER_PAGE, in the site's
 * plan order: /themes/<id>/ and /indicators/ are the first, /themes/<id>/<n>/ and
 * /indicators/<n>/ the n-th. Page n holds the same plans everywhere.
 */
import type { SiteUrls } from './urls.ts';

export const PLANS_PER_PAGE = 20;

export function planPageCount(plans: number, perPage = PLANS_PER_PAGE): number {
  return Math.max(1, Math.ceil(plans / perPage));
}

/** The page (from 1) that shows the plan at this index in plan order. */
export function planPageOf(index: number, perPage = PLANS_PER_PAGE): number {
  return Math.floor(index / perPage) + 1;
}

/** The plans shown on a page. */
export function planPageSlice<T>(plans: readonly T[], page: number, perPage = PLANS_PER_PAGE): T[] {
  return plans.slice((page - 1) * perPage, page * perPage);
}

/** Positions (from 1) of the first and last plan a page shows. */
export function planPageRange(page: number, plans: number, perPage = PLANS_PER_PAGE): { start: number; end: number } {
  const start = (page - 1) * perPage + 1;
  return { start, end: Math.min(plans, page * perPage) };
}

/** The address of page n of a paged route, from the first page's address: /analysis/ → /analysis/2/; the overview / → /page/2/. */
export function planPageHref(first: string, page: number, prefix = ''): string {
  return page > 1 ? `${first}${prefix}${page}/` : first;
}

export type ThemeHref = (themeId: string, planId?: string) => string;

/** Links to a theme page, to the page and column of a plan when one is named. */
export function themeLinker(theme: SiteUrls['theme'], planIds: readonly string[], perPage = PLANS_PER_PAGE): ThemeHref {
  const pageOf = new Map(planIds.map((id, i) => [id, planPageOf(i, perPage)]));
  return (themeId, planId) => {
    if (planId === undefined) return theme(themeId);
    const page = pageOf.get(planId);
    if (page === undefined) throw new Error(`theme link: unknown plan id "${planId}"`);
    return theme(themeId, planId, page);
  };
}

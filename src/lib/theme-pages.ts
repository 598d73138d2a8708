/**
 * Theme pages put every plan's paragraphs on a theme side by side. With many plans one page
 * would run to tens of megabytes, so the plans come in pages of PLANS_PER_THEME_PAGE, in the
 * site's plan order: /themes/<id>/ is the first, /themes/<id>/<n>/ the n-th.
 */
import type { SiteUrls } from './urls.ts';

export const PLANS_PER_THEME_PAGE = 20;

export function themePageCount(plans: number, perPage = PLANS_PER_THEME_PAGE): number {
  return Math.max(1, Math.ceil(plans / perPage));
}

/** The page (from 1) that shows the plan at this index in plan order. */
export function themePageOfPlan(index: number, perPage = PLANS_PER_THEME_PAGE): number {
  return Math.floor(index / perPage) + 1;
}

/** The plans shown on a page. */
export function themePagePlans<T>(plans: readonly T[], page: number, perPage = PLANS_PER_THEME_PAGE): T[] {
  return plans.slice((page - 1) * perPage, page * perPage);
}

export type ThemeHref = (themeId: string, planId?: string) => string;

/** Links to a theme page, to the page and column of a plan when one is named. */
export function themeLinker(theme: SiteUrls['theme'], planIds: readonly string[], perPage = PLANS_PER_THEME_PAGE): ThemeHref {
  const pageOf = new Map(planIds.map((id, i) => [id, themePageOfPlan(i, perPage)]));
  return (themeId, planId) => {
    if (planId === undefined) return theme(themeId);
    const page = pageOf.get(planId);
    if (page === undefined) throw new Error(`theme link: unknown plan id "${planId}"`);
    return theme(themeId, planId, page);
  };
}

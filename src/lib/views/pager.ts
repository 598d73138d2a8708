/**
 * The pager of pages that show plans in pages (plan-pages.ts): which plans this page holds, the
 * first, previous, nearby, next and last pages (not every page: with 10,000 plans there are 500),
 * and, when some pages are left out, a form to jump to any page and a link to the list of every
 * page (pagesIndexView), which is where the form lands without JavaScript.
 */
import type { Label } from '../labels.ts';
import { PLANS_PER_PAGE, planPageRange } from '../plan-pages.ts';

/** Pages linked either side of the current one. */
export const PAGER_NEAR = 2;

export interface PagerLink {
  n: number;
  href: string;
  current: boolean;
}

export interface PagerView {
  page: number;
  pageCount: number;
  /** Position (from 1) of the first and last plan on this page. */
  start: number;
  end: number;
  first: Label;
  last: Label;
  perPage: number;
  /** The pages linked, in order: the first, the last and those near this one; null marks pages left out between two of them. */
  pages: (PagerLink | null)[];
  /** Null on the first page / the last page. */
  previous: PagerLink | null;
  next: PagerLink | null;
  /** When pages are left out: the jump form (it submits `page` to the list of every page) and that list. */
  jump: { action: string; max: number } | null;
  /** The plans by province, level and year, when the list has one. */
  browse: string | null;
}

/** The page numbers a pager links, in order, with null for a run of pages left out: 1 … 4 5 6 7 8 … 50. */
export function pagerWindow(page: number, pageCount: number, near = PAGER_NEAR): (number | null)[] {
  const shown = new Set([1, pageCount]);
  for (let n = Math.max(1, page - near); n <= Math.min(pageCount, page + near); n++) shown.add(n);
  // A gap of one page is shown as that page, not as "…".
  for (const n of [...shown]) if (shown.has(n + 2) && !shown.has(n + 1)) shown.add(n + 1);
  const numbers = [...shown].sort((a, b) => a - b);
  return numbers.flatMap((n, i) => (i > 0 && n - numbers[i - 1] > 1 ? [null, n] : [n]));
}

/**
 * Null when every plan fits on one page (no pager is shown). `pagesIndex` is the address of the
 * list of every page; without it (or when every page is linked) there is no jump form.
 */
export function pagerView(
  page: number,
  pageCount: number,
  plans: number,
  first: Label,
  last: Label,
  href: (page: number) => string,
  options: { pagesIndex?: string; browse?: string; perPage?: number } = {},
): PagerView | null {
  if (pageCount <= 1) return null;
  const perPage = options.perPage ?? PLANS_PER_PAGE;
  const { start, end } = planPageRange(page, plans, perPage);
  const link = (n: number): PagerLink => ({ n, href: href(n), current: n === page });
  const pages = pagerWindow(page, pageCount).map((n) => (n === null ? null : link(n)));
  const leftOut = pages.length < pageCount;
  return {
    page,
    pageCount,
    start,
    end,
    first,
    last,
    perPage,
    pages,
    previous: page > 1 ? link(page - 1) : null,
    next: page < pageCount ? link(page + 1) : null,
    jump: leftOut && options.pagesIndex ? { action: options.pagesIndex, max: pageCount } : null,
    browse: options.browse ?? null,
  };
}

export interface PagesIndexView {
  title: string;
  /** The list's first page, to go back to. */
  listHref: string;
  list: Label;
  perPage: number;
  plans: number;
  pages: { n: number; href: string; start: number; end: number; first: Label; last: Label }[];
}

/**
 * The list of every page of a paged list (/page/, /themes/<id>/pages/, …): each page's number,
 * the positions of its plans and its first and last place. About 150 bytes a page: 500 pages at
 * 10,000 plans. The pager's jump form lands here without JavaScript (with it, on the page itself).
 */
export function pagesIndexView<P>(
  list: Label,
  plans: readonly P[],
  label: (plan: P) => Label,
  href: (page: number) => string,
  perPage = PLANS_PER_PAGE,
): PagesIndexView {
  const pageCount = Math.max(1, Math.ceil(plans.length / perPage));
  return {
    title: `${list.zh}：全部 ${pageCount} 页 ${list.en}: all ${pageCount} pages`,
    listHref: href(1),
    list,
    perPage,
    plans: plans.length,
    pages: Array.from({ length: pageCount }, (_, i) => {
      const n = i + 1;
      const { start, end } = planPageRange(n, plans.length, perPage);
      return { n, href: href(n), start, end, first: label(plans[start - 1]), last: label(plans[end - 1]) };
    }),
  };
}

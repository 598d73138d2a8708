/** The pager of pages that show plans in pages (plan-pages.ts): which plans this page holds and a link to every page. */
import type { Label } from '../labels.ts';
import { PLANS_PER_PAGE, planPageRange } from '../plan-pages.ts';

export interface PagerView {
  page: number;
  pageCount: number;
  /** Position (from 1) of the first and last plan on this page. */
  start: number;
  end: number;
  first: Label;
  last: Label;
  perPage: number;
  pages: { n: number; href: string; current: boolean }[];
}

/** Null when every plan fits on one page (no pager is shown). */
export function pagerView(page: number, pageCount: number, plans: number, first: Label, last: Label, href: (page: number) => string): PagerView | null {
  if (pageCount <= 1) return null;
  const { start, end } = planPageRange(page, plans);
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1).map((n) => ({ n, href: href(n), current: n === page }));
  return { page, pageCount, start, end, first, last, perPage: PLANS_PER_PAGE, pages };
}

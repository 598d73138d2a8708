/**
 * Charts with a row, column or bar per plan stay readable, and their SVG small, by drawing at
 * most MAX_PLANS_DRAWN plans: the first in the site's plan order. Every plan stays in the
 * site's tables and open data; the chart's description says when plans were left out.
 */
export const MAX_PLANS_DRAWN = 40;

export interface PlansDrawn {
  /** Plan ids drawn, in plan order. */
  ids: string[];
  has: (planId: string) => boolean;
  total: number;
  capped: boolean;
  /** Appended to the chart's description when plans were left out ('' otherwise). */
  noteZh: string;
  noteEn: string;
}

export function plansDrawn(planIds: readonly string[], max = MAX_PLANS_DRAWN): PlansDrawn {
  const ids = planIds.slice(0, max);
  const set = new Set(ids);
  const capped = planIds.length > ids.length;
  return {
    ids,
    has: (id) => set.has(id),
    total: planIds.length,
    capped,
    noteZh: capped ? `共${planIds.length}份计划，图中只画计划列表中的前${ids.length}份；全部计划见网站的表格与数据下载。` : '',
    noteEn: capped ? ` Of ${planIds.length} plans, the first ${ids.length} in the plan list are drawn; every plan is in the site's tables and data downloads.` : '',
  };
}

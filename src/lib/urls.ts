/** The site's public URLs in one place, so they stay stable; `base` is the deployment's base path. */

export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\//, '');
}

export function siteUrls(base: string) {
  const u = (path: string) => joinBase(base, path);
  return {
    home: u('/'),
    plan: (planId: string, paragraphId?: string) => u(`/plans/${planId}/`) + (paragraphId ? `#${paragraphId}` : ''),
    /** A theme page; `page` > 1 for the later pages of plans (see plan-pages.ts), `planId` for a plan's column. */
    theme: (themeId: string, planId?: string, page = 1) => u(page > 1 ? `/themes/${themeId}/${page}/` : `/themes/${themeId}/`) + (planId ? `#plan-${planId}` : ''),
    compare: u('/compare/'),
    about: u('/about/'),
    indicators: u('/indicators/'),
    /** The targets table's later pages of plans (see plan-pages.ts). */
    indicatorsPage: (page: number) => u(page > 1 ? `/indicators/${page}/` : '/indicators/'),
    analysis: u('/analysis/'),
    search: (params: Record<string, string> = {}) => {
      const q = new URLSearchParams(params).toString();
      return u('/search/') + (q ? `?${q}` : '');
    },
    charts: u('/charts/'),
    chart: (chartId: string) => u(`/charts/${chartId}/`),
    embed: (chartId: string) => u(`/embed/${chartId}/`),
    data: (file: string) => u(`/data/${file}`),
    seed: (seed: string) => u(`/seeds/${seed}`),
  };
}

export type SiteUrls = ReturnType<typeof siteUrls>;

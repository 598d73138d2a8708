/**
 * Links a reader takes away (embed snippets, the chart link, citations, the picture's footer) are
 * built with the configured SITE_URL; in the browser they are moved to the origin the page is
 * actually served from, so a copy made from a preview, a mirror or a local server works there.
 */

/** The configured site base (origin + base path, ending in '/') as the build wrote it into the page. */
export function configuredBase(site: string, basePath: string): string {
  return new URL(basePath.replace(/\/?$/, '/'), site).href;
}

/**
 * The site base as served: the page's own origin with the build's base path, or null where the
 * page has no usable origin (file:, about:, data:), in which case the configured base stays.
 */
export function servedBase(locationOrigin: string, basePath: string): string | null {
  if (!/^https?:\/\/[^/]+$/i.test(locationOrigin)) return null;
  return new URL(basePath.replace(/\/?$/, '/'), `${locationOrigin}/`).href;
}

/** Every occurrence of the configured base in text, replaced by the served one (text unchanged when they are equal). */
export function rebase(text: string, from: string, to: string | null): string {
  if (!to || to === from || !from) return text;
  return text.split(from).join(to);
}

/** A URL on the configured base moved to the served one; any other URL is left as it is. */
export function rebaseUrl(url: string, from: string, to: string | null): string {
  if (!to || to === from || !url.startsWith(from)) return url;
  return to + url.slice(from.length);
}

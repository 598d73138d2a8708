// The built HTML pages in dist/, their URL paths, and one representative page per page type.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { basePath, DIST } from './paths.ts';

export interface BuiltPage {
  /** Absolute file path in dist/. */
  file: string;
  /** Path relative to dist/, with forward slashes: 'plans/x/index.html'. */
  rel: string;
  /** URL path relative to the base: '' for home, 'plans/x/', '404.html'. */
  path: string;
  /** Absolute URL path including the base: '/plans/x/'. */
  urlPath: string;
  /** Page type: 'home', 'plans/*', 'compare', '404', … */
  type: string;
  size: number;
}

/** Every file under dir, relative with forward slashes, sorted. */
export function listFiles(dir: string = DIST): string[] {
  const out: string[] = [];
  const walk = (d: string, prefix: string) => {
    for (const ent of readdirSync(d, { withFileTypes: true })) {
      const rel = prefix + ent.name;
      if (ent.isDirectory()) walk(path.join(d, ent.name), rel + '/');
      else if (ent.isFile()) out.push(rel);
    }
  };
  walk(dir, '');
  return out.sort();
}

/** URL path (relative to base) for an HTML file relative to dist/. */
export function urlPathFor(rel: string): string {
  if (rel === 'index.html') return '';
  if (rel.endsWith('/index.html')) return rel.slice(0, -'index.html'.length);
  return rel;
}

/**
 * Page type from the URL path: '' → 'home'; 'compare/' → 'compare';
 * 'plans/x/' → 'plans/*'; 'charts/' → 'charts'; '404.html' → '404'.
 * Every segment after the first is a variable part, so all /plans/<id>/ pages share a type.
 */
export function pageTypeOf(p: string): string {
  if (p === '') return 'home';
  if (/^404(\.html|\/)$/.test(p)) return '404';
  const segs = p.replace(/\.html$/, '').split('/').filter(Boolean);
  return [segs[0], ...segs.slice(1).map(() => '*')].join('/');
}

export function listHtmlPages(dist: string = DIST): BuiltPage[] {
  const base = basePath();
  return listFiles(dist)
    .filter((rel) => rel.endsWith('.html'))
    .map((rel) => {
      const file = path.join(dist, rel);
      const p = urlPathFor(rel);
      return { file, rel, path: p, urlPath: base + p, type: pageTypeOf(p), size: statSync(file).size };
    });
}

/**
 * One page per page type: the largest HTML file of that type (most content, so the most
 * to check), ties broken by path. Sorted by type.
 */
export function representativePages(pages: BuiltPage[] = listHtmlPages()): BuiltPage[] {
  const byType = new Map<string, BuiltPage>();
  for (const p of pages) {
    const cur = byType.get(p.type);
    if (!cur || p.size > cur.size || (p.size === cur.size && p.rel < cur.rel)) byType.set(p.type, p);
  }
  return [...byType.values()].sort((a, b) => a.type.localeCompare(b.type));
}

/** Fails loudly when the build produced no page at all, so no gate passes vacuously. */
export function requirePages(pages: BuiltPage[] = listHtmlPages()): BuiltPage[] {
  if (pages.length === 0) {
    throw new Error(
      `dist/ holds no HTML page. The build produced nothing to test: add pages under src/pages/ ` +
        `(run: node scripts/ensure-build.mjs --force)`,
    );
  }
  return pages;
}

export function findPage(pages: BuiltPage[], p: string): BuiltPage | undefined {
  return pages.find((x) => x.path === p);
}

/** The built page at a URL path ('' for home); fails loudly when the build did not make it. */
export function requirePage(p: string, pages: BuiltPage[] = listHtmlPages()): BuiltPage {
  const page = findPage(requirePages(pages), p);
  if (!page) throw new Error(`dist/ has no page at ${basePath()}${p} (expected ${p === '' ? 'index.html' : `${p}index.html`}); run: node scripts/ensure-build.mjs --force`);
  return page;
}

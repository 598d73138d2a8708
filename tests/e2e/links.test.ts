// Gate: every internal URL in the built HTML (href, src, srcset, action, SVG href, og:url …)
// and in the built CSS (url(…)) resolves to a file in dist/, and every #fragment on an internal
// link exists as an id on the page it points at.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorsOf, parseFile, refsOf } from './support/html.ts';
import { listFiles, listHtmlPages, requirePages } from './support/pages.ts';
import { basePath, DIST, siteOrigin } from './support/paths.ts';

const LOCAL = 'http://site.invalid';
const base = basePath();
const site = siteOrigin();

interface Broken {
  from: string;
  ref: string;
  where: string;
  why: string;
}

/** Resolves a reference to the file in dist/ it needs; null when it is external or not a URL to check. */
function resolveRef(ref: string, fromUrlPath: string): { file: string; urlPath: string; hash: string } | { error: string } | null {
  const v = ref.trim();
  if (v === '') return { error: 'empty URL' };
  if (/^(mailto|tel|sms|data|blob|javascript|about):/i.test(v)) return null;
  let u: URL;
  try {
    u = new URL(v, LOCAL + fromUrlPath);
  } catch {
    return { error: 'not a valid URL' };
  }
  if (u.origin !== LOCAL && u.origin !== site) return null; // external
  let pathname: string;
  try {
    pathname = decodeURIComponent(u.pathname);
  } catch {
    return { error: 'malformed percent-encoding' };
  }
  if (!pathname.startsWith(base)) return { error: `path ${pathname} is outside the site's base path ${base}` };
  const rel = pathname.slice(base.length);
  if (rel === '' || rel.endsWith('/')) return { file: path.join(DIST, rel, 'index.html'), urlPath: pathname, hash: u.hash };
  const file = path.join(DIST, rel);
  if (existsSync(file) && statSync(file).isDirectory()) {
    return { error: `${pathname} is a directory; with trailingSlash 'always' link to ${pathname}/` };
  }
  return { file, urlPath: pathname, hash: u.hash };
}

const anchorCache = new Map<string, Set<string>>();
function anchorsIn(file: string): Set<string> {
  let ids = anchorCache.get(file);
  if (!ids) {
    if (file.endsWith('.svg')) {
      ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid\s*=\s*["']([^"']+)["']/g)].map((m) => m[1]));
    } else {
      ids = anchorsOf(parseFile(file));
    }
    anchorCache.set(file, ids);
  }
  return ids;
}

function checkRef(value: string, where: string, fromUrlPath: string, fromLabel: string, broken: Broken[]): void {
  const r = resolveRef(value, fromUrlPath);
  if (r === null) return;
  if ('error' in r) {
    broken.push({ from: fromLabel, ref: value, where, why: r.error });
    return;
  }
  if (!existsSync(r.file)) {
    broken.push({ from: fromLabel, ref: value, where, why: `no file dist/${path.relative(DIST, r.file)}` });
    return;
  }
  if (r.hash === '' || r.hash === '#') return;
  let frag: string;
  try {
    frag = decodeURIComponent(r.hash.slice(1));
  } catch {
    broken.push({ from: fromLabel, ref: value, where, why: 'malformed percent-encoding in the fragment' });
    return;
  }
  if (frag.startsWith(':~:') || frag === 'top') return; // text fragments; #top is the page top by spec
  if (!/\.(html|svg)$/.test(r.file)) return;
  if (!anchorsIn(r.file).has(frag)) {
    broken.push({ from: fromLabel, ref: value, where, why: `no id="${frag}" in dist/${path.relative(DIST, r.file)}` });
  }
}

/** Broken references grouped by what is wrong (missing file, missing id), with examples and pages. */
function report(broken: Broken[], checked: number, files: number): string {
  const groups = new Map<string, { refs: string[]; froms: string[]; count: number }>();
  for (const b of broken) {
    const g = groups.get(b.why) ?? { refs: [], froms: [], count: 0 };
    g.count++;
    const ref = `${b.where}=${JSON.stringify(b.ref)}`;
    if (!g.refs.includes(ref)) g.refs.push(ref);
    if (!g.froms.includes(b.from)) g.froms.push(b.from);
    groups.set(b.why, g);
  }
  const lines = [...groups]
    .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
    .map(
      ([why, g]) =>
        `  ${why}: ${g.count} reference(s) on ${g.froms.length} page(s)\n` +
        `      e.g. ${g.refs.slice(0, 3).join(', ')}${g.refs.length > 3 ? ` (+${g.refs.length - 3} more distinct)` : ''}\n` +
        `      on ${g.froms.slice(0, 6).join(' ')}${g.froms.length > 6 ? ' …' : ''}`,
    );
  const shown = lines.slice(0, 50);
  const more = lines.length > shown.length ? `\n  … and ${lines.length - shown.length} more problems` : '';
  return `${broken.length} broken internal reference(s), ${groups.size} distinct problem(s), among ${checked} in ${files} file(s):\n${shown.join('\n')}${more}`;
}

describe('internal links', () => {
  const pages = listHtmlPages();

  it('every internal href/src in the HTML resolves to a file in dist/, and every #fragment to an id', () => {
    requirePages(pages);
    const broken: Broken[] = [];
    let checked = 0;
    for (const page of pages) {
      const doc = parseFile(page.file);
      anchorCache.set(page.file, anchorsOf(doc));
      const baseEl = doc.querySelector('base[href]');
      const from = baseEl ? new URL(baseEl.getAttribute('href') ?? '', LOCAL + page.urlPath).pathname : page.urlPath;
      for (const ref of refsOf(doc)) {
        checked++;
        checkRef(ref.value, ref.where, from, page.urlPath, broken);
      }
    }
    console.log(`links: checked ${checked} references in ${pages.length} HTML file(s)`);
    expect(broken.length, report(broken, checked, pages.length)).toBe(0);
  });

  it('every url(…) in the built CSS resolves to a file in dist/', () => {
    const cssFiles = existsSync(DIST) ? listFiles(DIST).filter((f) => f.endsWith('.css')) : [];
    const broken: Broken[] = [];
    let checked = 0;
    for (const rel of cssFiles) {
      const css = readFileSync(path.join(DIST, rel), 'utf8');
      for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g)) {
        const value = m[1] ?? m[2] ?? m[3] ?? '';
        if (value.startsWith('#') || value.startsWith('data:')) continue;
        checked++;
        checkRef(value, 'url()', base + rel, rel, broken);
      }
    }
    expect(broken.length, report(broken, checked, cssFiles.length)).toBe(0);
  });
});

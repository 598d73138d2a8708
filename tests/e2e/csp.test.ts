// Gate: every HTML page carries a Content-Security-Policy <meta> in <head>, before any script,
// whose script policy has no 'unsafe-inline'; and everything the page runs or styles inline is
// allowed by that policy (listed hash), so a strict CSP does not silently break the page.
import { describe, expect, it } from 'vitest';
import { effective, hasKeyword, inlineAllowed, inlineAllowedWithoutHash, parsePolicy, sameOriginAllowed } from './support/csp.ts';
import type { Policy } from './support/csp.ts';
import { parseFile } from './support/html.ts';
import { listHtmlPages, requirePages } from './support/pages.ts';
import type { BuiltPage } from './support/pages.ts';
import { siteOrigin } from './support/paths.ts';

const pages = listHtmlPages();
const EXECUTABLE = new Set(['', 'text/javascript', 'application/javascript', 'module', 'text/ecmascript']);

interface Loaded {
  page: BuiltPage;
  doc: Document;
  metas: Element[];
  policy: Policy | null;
}

let loadedCache: Loaded[] | null = null;
function loaded(): Loaded[] {
  loadedCache ??= pages.map((page) => {
    const doc = parseFile(page.file);
    const metas = [...doc.querySelectorAll('meta[http-equiv]')].filter(
      (m) => (m.getAttribute('http-equiv') ?? '').toLowerCase() === 'content-security-policy',
    );
    return { page, doc, metas, policy: metas.length ? parsePolicy(metas[0].getAttribute('content') ?? '') : null };
  });
  return loadedCache;
}

function list(problems: string[], of: number): string {
  const shown = problems.slice(0, 60);
  return `${problems.length} problem(s) in ${of} page(s):\n  ${shown.join('\n  ')}${problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : ''}`;
}

describe('Content-Security-Policy', () => {
  it('every page has a CSP <meta> in <head>, ahead of every script', () => {
    requirePages(pages);
    const problems: string[] = [];
    for (const { page, doc, metas } of loaded()) {
      if (metas.length === 0) {
        problems.push(`${page.urlPath}: no <meta http-equiv="content-security-policy"> (turn on experimental.csp in astro.config.mjs)`);
        continue;
      }
      const meta = metas[0];
      if (meta.parentElement?.tagName.toLowerCase() !== 'head') problems.push(`${page.urlPath}: the CSP <meta> is not a child of <head> (browsers ignore it elsewhere)`);
      const all = [...doc.querySelectorAll('*')];
      const at = all.indexOf(meta);
      const early = all.slice(0, at).filter((e) => e.tagName.toLowerCase() === 'script');
      if (early.length) problems.push(`${page.urlPath}: ${early.length} <script> before the CSP <meta>; the policy does not cover them`);
      if (metas.length > 1) problems.push(`${page.urlPath}: ${metas.length} CSP <meta> tags (each is enforced; keep one)`);
    }
    expect(problems.length, list(problems, pages.length)).toBe(0);
  });

  it("script-src (or its default-src fallback) exists and has no 'unsafe-inline'", () => {
    requirePages(pages);
    const problems: string[] = [];
    for (const { page, policy } of loaded()) {
      if (!policy) {
        problems.push(`${page.urlPath}: no CSP`);
        continue;
      }
      for (const d of ['script-src', 'script-src-elem', 'script-src-attr']) {
        const eff = effective(policy, d);
        if (!eff) {
          if (d === 'script-src') problems.push(`${page.urlPath}: neither script-src nor default-src: scripts are unrestricted`);
          continue;
        }
        if (hasKeyword(eff.sources, "'unsafe-inline'")) problems.push(`${page.urlPath}: ${eff.name} has 'unsafe-inline'`);
      }
    }
    expect(problems.length, list(problems, pages.length)).toBe(0);
  });

  it('every script on the page is allowed by its script policy (inline ones by hash)', () => {
    requirePages(pages);
    const origin = siteOrigin();
    const problems: string[] = [];
    for (const { page, doc, policy } of loaded()) {
      if (!policy) continue; // reported above
      const elem = effective(policy, 'script-src-elem')?.sources;
      const attr = effective(policy, 'script-src-attr')?.sources;
      for (const s of doc.querySelectorAll('script')) {
        const type = (s.getAttribute('type') ?? '').trim().toLowerCase();
        if (!EXECUTABLE.has(type)) continue; // data blocks (JSON, ld+json) are not run
        const src = s.getAttribute('src');
        if (!elem) continue;
        if (src !== null) {
          const integrity = (s.getAttribute('integrity') ?? '').split(/\s+/).filter(Boolean).map((h) => `'${h}'`);
          const isSameOrigin = !/^([a-z]+:)?\/\//i.test(src) || new URL(src, origin).origin === origin;
          const ok = (isSameOrigin && sameOriginAllowed(elem, origin)) || integrity.some((h) => elem.includes(h));
          if (!ok) problems.push(`${page.urlPath}: <script src="${src}"> is not allowed by script-src ${elem.join(' ')}`);
        } else if (!inlineAllowed(elem, s.textContent ?? '')) {
          problems.push(`${page.urlPath}: inline <script> «${(s.textContent ?? '').trim().slice(0, 60)}…» has no hash in script-src`);
        }
      }
      // Inline event handlers and javascript: URLs never run under a hash-based policy.
      const handlers = [...doc.querySelectorAll('*')].flatMap((e) =>
        Array.from(e.attributes)
          .filter((a) => /^on[a-z]+$/i.test(a.name))
          .map((a) => `<${e.tagName.toLowerCase()} ${a.name}="${a.value.slice(0, 40)}">`),
      );
      if (handlers.length && !(attr && inlineAllowedWithoutHash(attr))) {
        problems.push(`${page.urlPath}: ${handlers.length} inline event handler attribute(s), blocked by the CSP: ${handlers.slice(0, 3).join(', ')}`);
      }
      const jsUrls = [...doc.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i], [action^="javascript:" i]')];
      if (jsUrls.length) problems.push(`${page.urlPath}: ${jsUrls.length} javascript: URL(s), blocked by the CSP`);
    }
    expect(problems.length, list(problems, pages.length)).toBe(0);
  });

  it('every inline <style> and style="" attribute is allowed by the style policy', () => {
    requirePages(pages);
    const problems: string[] = [];
    for (const { page, doc, policy } of loaded()) {
      if (!policy) continue;
      const elem = effective(policy, 'style-src-elem')?.sources;
      const attr = effective(policy, 'style-src-attr')?.sources;
      if (elem) {
        let n = 0;
        for (const s of doc.querySelectorAll('style')) {
          if (!inlineAllowed(elem, s.textContent ?? '')) {
            n++;
            if (n <= 3) problems.push(`${page.urlPath}: inline <style> «${(s.textContent ?? '').trim().slice(0, 60)}…» has no hash in style-src`);
          }
        }
        if (n > 3) problems.push(`${page.urlPath}: … ${n - 3} more inline <style> without a hash`);
      }
      if (attr && !inlineAllowedWithoutHash(attr)) {
        const styled = [...doc.querySelectorAll('[style]')];
        const hashedOk = hasKeyword(attr, "'unsafe-hashes'");
        const blocked = styled.filter((e) => !(hashedOk && inlineAllowed(attr, e.getAttribute('style') ?? '')));
        if (blocked.length) {
          problems.push(
            `${page.urlPath}: ${blocked.length} style="" attribute(s) the CSP blocks (style-src without 'unsafe-inline'), e.g. ` +
              blocked.slice(0, 3).map((e) => `<${e.tagName.toLowerCase()} style="${(e.getAttribute('style') ?? '').slice(0, 40)}">`).join(', '),
          );
        }
      }
    }
    expect(problems.length, list(problems, pages.length)).toBe(0);
  });
});

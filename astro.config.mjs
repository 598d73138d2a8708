// @ts-check
import { basename, dirname, resolve } from 'node:path';
import { defineConfig } from 'astro/config';

// The public origin and base path come from the environment so that embed snippets and
// citations are absolute wherever the site is hosted.
const PLACEHOLDER_SITE = 'https://eco-plan-atlas.example.org';
const site = process.env.SITE_URL ?? PLACEHOLDER_SITE;
const base = process.env.BASE_PATH ?? '/';

/**
 * A production build without SITE_URL writes the placeholder origin into the no-JavaScript
 * fallback of every embed snippet, citation and SVG/PNG footer: say so loudly at the start and the
 * end of the build, or refuse to build when REQUIRE_SITE_URL=1 (for release pipelines).
 */
function siteUrlCheck() {
  const missing = !process.env.SITE_URL;
  const lines = [
    '',
    '!'.repeat(78),
    '!! SITE_URL is not set: the static HTML, SVG files and citations name the placeholder',
    `!! ${PLACEHOLDER_SITE}/ as the site's address. Pages fix their copyable links to the`,
    '!! address they are served from when JavaScript runs; readers without it, and the SVG',
    '!! files downloaded directly, get the placeholder. Set SITE_URL=https://your.host to the',
    '!! public origin (REQUIRE_SITE_URL=1 makes this an error).',
    '!'.repeat(78),
    '',
  ];
  return {
    name: 'eco-plan-atlas:site-url',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' || !missing) return;
        if (process.env.REQUIRE_SITE_URL === '1') {
          throw new Error('SITE_URL is not set and REQUIRE_SITE_URL=1: set SITE_URL to the public origin of the site (e.g. SITE_URL=https://atlas.example.cn)');
        }
        logger.warn(lines.join('\n'));
      },
      'astro:build:done': ({ logger }) => {
        if (missing) logger.warn(lines.join('\n'));
      },
    },
  };
}

/**
 * A build from another plan folder (ATLAS_PLANS_DIR: benchmarks, tests) keeps Astro's cache, and
 * with it the content store the pages are rendered from, beside that folder: two builds running at
 * once from different folders would otherwise read each other's plans from the one store in
 * node_modules/.astro.
 */
const plansDir = process.env.ATLAS_PLANS_DIR;
const cacheDir = plansDir ? resolve(dirname(resolve(plansDir)), `.astro-cache-${basename(resolve(plansDir))}`) : undefined;

export default defineConfig({
  site,
  base,
  ...(cacheDir ? { cacheDir } : {}),
  integrations: [siteUrlCheck()],
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  experimental: {
    // Every page gets a CSP meta with hashes for the scripts and styles Astro bundles;
    // no 'unsafe-inline' anywhere. frame-ancestors needs an HTTP header, so embeds stay frameable.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});

// @ts-check
import { defineConfig } from 'astro/config';

// The public origin and base path come from the environment so that embed snippets and
// citations are absolute wherever the site is hosted.
const site = process.env.SITE_URL ?? 'https://eco-plan-atlas.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
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

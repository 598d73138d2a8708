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
});

// Where the built site is and under which URL path it is served.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const DIST = path.join(ROOT, 'dist');

/** The site's base path as astro.config.mjs reads it (BASE_PATH, default '/'), always '/…/'. */
export function basePath(): string {
  const raw = process.env.BASE_PATH ?? '/';
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The public origin as astro.config.mjs reads it; absolute links to it count as internal. */
export function siteOrigin(): string {
  return new URL(process.env.SITE_URL ?? 'https://eco-plan-atlas.example.org').origin;
}

// The one set-up of the browser tests: the built site served from dist/ on 127.0.0.1 and a fresh
// Chromium, started before a test file's first test and closed after its last. Every browser test
// file calls useSite() once at the top and reaches pages through it.
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, openPage, type OpenedPage } from './browser.ts';
import { requirePages } from './pages.ts';
import { startServer, type StaticServer } from './server.ts';

export interface Site {
  /** The static server over dist/ (available from the first test or beforeAll on). */
  readonly server: StaticServer;
  readonly browser: Browser;
  /** Absolute URL of a path under the site's base ('plans/x/', 'search/?q=…'). */
  url(p?: string): string;
  /**
   * A page in its own browser context, recording problems from the start, opened at a path under
   * the base (or an absolute URL, e.g. another origin's page) and settled (see settle()); null
   * opens a blank page for a test that routes first.
   */
  open(p: string | null, options?: BrowserContextOptions): Promise<OpenedPage>;
}

/** Registers the set-up and tear-down hooks of a test file and returns the site they start. */
export function useSite(): Site {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    requirePages();
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useSite(): the ${what} is not started yet; use the site inside a test or a beforeAll registered after useSite()`);
    return value;
  };
  return {
    get server() {
      return ready(server, 'server');
    },
    get browser() {
      return ready(browser, 'browser');
    },
    url: (p = '') => ready(server, 'server').url(p),
    open: (p, options) => openPage(ready(browser, 'browser'), p === null ? null : /^[a-z][a-z0-9+.-]*:/i.test(p) ? p : ready(server, 'server').url(p), options),
  };
}

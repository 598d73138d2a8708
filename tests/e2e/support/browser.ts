// Launches Debian's Chromium through playwright-core. Never downloads a browser.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, BrowserContextOptions, ConsoleMessage, Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  // /dev/shm is small in containers; Debian's wrapper only adds this when it can measure it.
  '--disable-dev-shm-usage',
  // Nothing but the test server on 127.0.0.1 resolves: a page that needs the network fails here.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/**
 * A fresh browser. playwright-core's chromium.launch() gives every launch a new temporary
 * user-data dir (playwright_chromiumdev_profile-*) and deletes it on close, so no profile,
 * cache or storage is carried between launches.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install Debian's: ` +
        `apt-get install -y --no-install-recommends chromium fonts-noto-cjk (bash .ci/run does it), ` +
        `or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
}

/** Something that went wrong while a page loaded or ran. */
export interface PageProblem {
  kind: 'console-error' | 'page-error' | 'request-failed' | 'http-error';
  text: string;
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Console errors, uncaught exceptions, failed requests and 4xx/5xx responses so far. */
  problems: PageProblem[];
  close(): Promise<void>;
}

/**
 * A page in its own context that records problems from the start.
 * Default viewport 1280×800, locale zh-CN.
 */
export async function openPage(
  browser: Browser,
  url: string | null,
  options: BrowserContextOptions = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    ...options,
  });
  const page = await context.newPage();
  const problems: PageProblem[] = [];
  // The browser's own probe for /favicon.ico is not something the page asked for (a declared
  // <link rel="icon"> that is missing is caught by links.test.ts), so it is not counted.
  const isFaviconProbe = (u: string) => {
    try {
      return new URL(u).pathname === '/favicon.ico';
    } catch {
      return false;
    }
  };
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() === 'error') {
      const loc = msg.location();
      if (loc.url && isFaviconProbe(loc.url)) return;
      problems.push({ kind: 'console-error', text: `${msg.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}` });
    }
  });
  page.on('pageerror', (err: Error) => problems.push({ kind: 'page-error', text: err.stack ?? String(err) }));
  page.on('requestfailed', (req) =>
    problems.push({ kind: 'request-failed', text: `${req.method()} ${req.url()}: ${req.failure()?.errorText ?? '?'}` }),
  );
  page.on('response', (res) => {
    if (res.status() >= 400 && !isFaviconProbe(res.url())) problems.push({ kind: 'http-error', text: `${res.status()} ${res.request().method()} ${res.url()}` });
  });
  if (url !== null) {
    const res = await page.goto(url, { waitUntil: 'load' });
    if (!res) throw new Error(`openPage: no response for ${url}`);
    // Without JavaScript there is nothing to wait for once the page has loaded.
    if (options.javaScriptEnabled === false) await page.waitForLoadState('load');
    else await settle(page);
  }
  return { context, page, problems, close: () => context.close() };
}

/**
 * Waits until a page has done what it does on its own after loading: the network has gone quiet
 * (modules, fetched data), web fonts are in, nothing is marked aria-busy, and the browser reports
 * an idle moment (so handlers queued by that work have run). Signals, not a fixed sleep.
 */
export async function settle(page: Page, { timeout = 30_000 }: { timeout?: number } = {}): Promise<void> {
  await page.waitForLoadState('load', { timeout });
  // A page that keeps a connection open never reaches networkidle; the other signals still hold.
  await page.waitForLoadState('networkidle', { timeout: Math.min(timeout, 10_000) }).catch(() => undefined);
  await page.waitForFunction(() => document.fonts.status === 'loaded' && document.querySelector('[aria-busy="true"]') === null, undefined, { timeout });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        // Two frames, then an idle callback: layout and paint are done and the event loop is free.
        requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(() => resolve(), { timeout: 5_000 })));
      }),
  );
}

export function formatProblems(problems: PageProblem[]): string {
  const shown = problems.slice(0, 20).map((p) => `  [${p.kind}] ${p.text.length > 400 ? p.text.slice(0, 400) + '…' : p.text}`);
  return shown.join('\n') + (problems.length > 20 ? `\n  … and ${problems.length - 20} more` : '');
}

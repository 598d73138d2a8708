// The harness itself: the static server and the page helpers behave like a static host,
// checked on a small temporary tree (not on dist/), so a gate failure is never the harness's;
// and the test files keep to the one shared set-up, wait for signals rather than sleep, and
// fail rather than skip.
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageTypeOf, representativePages, urlPathFor } from './support/pages.ts';
import type { BuiltPage } from './support/pages.ts';
import { ROOT } from './support/paths.ts';
import { startServer } from './support/server.ts';
import type { StaticServer } from './support/server.ts';

let tmp: string;
let server: StaticServer;
let based: StaticServer;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'eco-harness-'));
  const put = (rel: string, body: string) => {
    mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true });
    writeFileSync(path.join(tmp, rel), body);
  };
  put('index.html', '<!doctype html><title>home</title>');
  put('plans/a/index.html', '<!doctype html><title>a</title>');
  put('404.html', '<!doctype html><title>not found</title>');
  put('data/x.json', '{"a":1}');
  put('data/x.csv', 'a,b\n1,2\n');
  put('data/charts/c.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
  put('中文/index.html', '<!doctype html><title>zh</title>');
  server = await startServer(tmp, '/');
  based = await startServer(tmp, '/atlas/');
});

afterAll(async () => {
  await server?.close();
  await based?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function get(url: string) {
  const res = await fetch(url, { redirect: 'manual' });
  return { status: res.status, type: res.headers.get('content-type'), location: res.headers.get('location'), body: await res.text() };
}

/** A request with the path sent exactly as given (fetch would normalise dot segments). */
function rawStatus(origin: string, rawPath: string): Promise<number> {
  const u = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path: rawPath, method: 'GET' }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static server', () => {
  it('listens on 127.0.0.1 on a free port', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.origin).not.toBe(based.origin);
  });

  it('serves directory index pages and the right content types', async () => {
    expect(await get(server.url(''))).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', body: expect.stringContaining('home') });
    expect(await get(server.url('plans/a/'))).toMatchObject({ status: 200, body: expect.stringContaining('<title>a</title>') });
    expect((await get(server.url('data/x.json'))).type).toBe('application/json; charset=utf-8');
    expect((await get(server.url('data/x.csv'))).type).toBe('text/csv; charset=utf-8');
    expect((await get(server.url('data/charts/c.svg'))).type).toBe('image/svg+xml; charset=utf-8');
    expect(await get(server.url('%E4%B8%AD%E6%96%87/'))).toMatchObject({ status: 200, body: expect.stringContaining('zh') });
  });

  it('redirects a directory without its trailing slash, keeping the query', async () => {
    expect(await get(server.url('plans/a?q=1'))).toMatchObject({ status: 301, location: '/plans/a/?q=1' });
  });

  it('answers unknown paths and escapes with the 404 page and status 404', async () => {
    const miss = await get(server.url('nope/'));
    expect(miss).toMatchObject({ status: 404, body: expect.stringContaining('not found') });
    expect(await rawStatus(server.origin, '/../../../../etc/passwd')).toBe(404);
    expect(await rawStatus(server.origin, '/..%2f..%2f..%2f..%2fetc%2fpasswd')).toBe(404);
    expect(await rawStatus(server.origin, '/%E0%A4%A')).toBe(400);
    expect(await rawStatus(server.origin, '/data/x.json%00')).toBe(400);
  });

  it('mounts the tree under a base path', async () => {
    expect(based.url('plans/a/')).toBe(`${based.origin}/atlas/plans/a/`);
    expect((await get(based.url('plans/a/'))).status).toBe(200);
    expect((await get(`${based.origin}/plans/a/`)).status).toBe(404);
    expect(await get(`${based.origin}/atlas`)).toMatchObject({ status: 301, location: '/atlas/' });
  });
});

describe('page helpers', () => {
  it('map files to URL paths and page types', () => {
    expect(urlPathFor('index.html')).toBe('');
    expect(urlPathFor('plans/a/index.html')).toBe('plans/a/');
    expect(urlPathFor('404.html')).toBe('404.html');
    expect(pageTypeOf('')).toBe('home');
    expect(pageTypeOf('compare/')).toBe('compare');
    expect(pageTypeOf('plans/shaoxing-2020/')).toBe('plans/*');
    expect(pageTypeOf('charts/')).toBe('charts');
    expect(pageTypeOf('charts/matrix/')).toBe('charts/*');
    expect(pageTypeOf('404.html')).toBe('404');
  });

  it('pick the largest page of each type', () => {
    const mk = (p: string, size: number): BuiltPage => ({ file: p, rel: p, path: p, urlPath: '/' + p, type: pageTypeOf(p), size });
    const reps = representativePages([mk('plans/a/', 10), mk('plans/b/', 30), mk('plans/c/', 30), mk('', 5), mk('about/', 1)]);
    expect(reps.map((r) => r.path)).toEqual(['about/', '', 'plans/b/']);
  });
});

describe('the e2e test files', () => {
  const dir = path.join(ROOT, 'tests/e2e');
  // This file is the checker (its patterns would match themselves) and tests the server on a tree of its own.
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.test.ts') && f !== 'harness.test.ts')
    .sort()
    .map((f) => ({ name: f, source: readFileSync(path.join(dir, f), 'utf8') }));
  /** Lines of the test files that match, as file:line: text. */
  const offending = (pattern: RegExp) =>
    files.flatMap((f) => f.source.split('\n').flatMap((line, i) => (pattern.test(line) ? [`${f.name}:${i + 1}: ${line.trim()}`] : [])));

  it('start the site through the one shared fixture (useSite), never a server or browser of their own', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(offending(/\b(startServer|launchBrowser|openPage)\b|chromium\.launch/)).toEqual([]);
    const browserFiles = files.filter((f) => /\bsite\.(open|url|browser|server)\b/.test(f.source)).map((f) => f.name);
    for (const name of browserFiles) expect(files.find((f) => f.name === name)!.source, name).toMatch(/^\s*const site = useSite\(\);$/m);
    expect(browserFiles.length).toBeGreaterThanOrEqual(10);
  });

  it('build a site of their own only through support/build.ts', () => {
    expect(offending(/spawnSync|execSync|child_process/)).toEqual([]);
  });

  it('wait for a condition, never a fixed sleep', () => {
    expect(offending(/waitForTimeout\(|setTimeout\([^)]*,\s*[1-9][\d_]*\s*\)/)).toEqual([]);
  });

  it('fail rather than skip: no skipped, conditional or to-do test', () => {
    expect(offending(/\b(it|test|describe)\.(skip|skipIf|runIf|todo|only)\b|\.skip\(/)).toEqual([]);
  });
});

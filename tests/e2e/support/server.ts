// A tiny static HTTP server over a directory (dist/ by default), on 127.0.0.1 and a free port.
// Serves the directory under the site's base path, like a static host would:
//   /x/ → x/index.html, /x (a directory) → 301 to /x/, unknown → 404.html with status 404.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { basePath, DIST } from './paths.ts';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.gz': 'application/gzip',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** Origin, e.g. http://127.0.0.1:43123 */
  origin: string;
  /** Origin + base path, e.g. http://127.0.0.1:43123/ ; join page paths to it with url(). */
  baseUrl: string;
  /** Absolute URL for a path relative to the base ('plans/x/' or '/plans/x/'). */
  url(p?: string): string;
  close(): Promise<void>;
}

export async function startServer(root: string = DIST, base: string = basePath()): Promise<StaticServer> {
  if (!existsSync(root)) throw new Error(`startServer: ${root} does not exist (run: node scripts/ensure-build.mjs)`);
  const rootAbs = path.resolve(root);
  const notFoundPage = path.join(rootAbs, '404.html');

  const server = createServer((req, res) => {
    const send = (status: number, type: string, body: string, extra: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...extra });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const sendFile = (status: number, file: string) => {
      const st = statSync(file);
      res.writeHead(status, {
        'content-type': contentType(file),
        'content-length': String(st.size),
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    };
    const notFound = () => {
      if (existsSync(notFoundPage)) sendFile(404, notFoundPage);
      else send(404, 'text/plain; charset=utf-8', `404 Not Found: ${req.url}\n`);
    };

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(405, 'text/plain; charset=utf-8', 'Method Not Allowed\n', { allow: 'GET, HEAD' });
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      send(400, 'text/plain; charset=utf-8', 'Bad Request: malformed URL\n');
      return;
    }
    if (pathname.includes('\0')) {
      send(400, 'text/plain; charset=utf-8', 'Bad Request\n');
      return;
    }
    // The base path without its trailing slash redirects to it, as hosts do.
    if (base !== '/' && pathname === base.slice(0, -1)) {
      send(301, 'text/plain; charset=utf-8', '', { location: base });
      return;
    }
    if (!pathname.startsWith(base)) return notFound();
    const file = path.resolve(rootAbs, '.' + path.posix.normalize('/' + pathname.slice(base.length)));
    if (file !== rootAbs && !file.startsWith(rootAbs + path.sep)) return notFound();
    if (!existsSync(file)) return notFound();
    const st = statSync(file);
    if (st.isDirectory()) {
      if (!pathname.endsWith('/')) {
        const q = (req.url ?? '').indexOf('?');
        const search = q >= 0 ? (req.url ?? '').slice(q) : '';
        send(301, 'text/plain; charset=utf-8', '', { location: encodeURI(pathname + '/') + search });
        return;
      }
      const index = path.join(file, 'index.html');
      if (existsSync(index)) return sendFile(200, index);
      return notFound();
    }
    return sendFile(200, file);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    baseUrl: origin + base,
    url: (p = '') => origin + base + p.replace(/^\/+/, ''),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

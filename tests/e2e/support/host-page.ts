/** A second origin (another local port) serving one HTML page: the site of someone who embeds a chart. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export async function hostPage(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const host: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const { port } = host.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => (host.closeAllConnections(), host.close(() => resolve()))),
  };
}

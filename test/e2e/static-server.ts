/**
 * A plain static file server for the issue-9 specs (subpath, embed): Node's http module, no
 * special headers, like the simplest intranet host. `routes` maps a URL prefix to a folder
 * (served with index.html for a folder), to a folder served with extra response headers, or to a
 * fixed HTML string.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export type Route = string | { html: string } | { dir: string; headers: Record<string, string> };

export async function serve(port: number, routes: Record<string, Route>): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    for (const [prefix, route] of Object.entries(routes)) {
      if (!url.pathname.startsWith(prefix)) continue;
      if (typeof route !== 'string' && 'html' in route) {
        res.writeHead(200, { 'content-type': TYPES['.html'] }).end(route.html);
        return;
      }
      const [target, headers] = typeof route === 'string' ? [route, {}] : [route.dir, route.headers];
      let file = path.join(target, decodeURIComponent(url.pathname.slice(prefix.length)));
      if (!file.startsWith(path.resolve(target))) break;
      try {
        if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
        const body = await readFile(file);
        res.writeHead(200, { ...headers, 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
      } catch {
        res.writeHead(404).end('not found');
      }
      return;
    }
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

/** Ports for the extra servers, next to the preview's (E2E_PORT moves both). */
export function extraPort(offset: number): number {
  return Number(process.env.E2E_PORT ?? 4173) + offset;
}

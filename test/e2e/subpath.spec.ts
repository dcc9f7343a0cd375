// Breaks when the built dist/ stops working from a sub-path of a plain static server (issue 9):
// an absolute asset URL, a worker or WebAssembly path resolved against the server root, or a
// service worker whose scope or cache paths assume "/".
//
// The server is Node's http module serving dist/ under /tools/clientele/ on its own port, with no
// special headers. baseURL points there, so the request-log fixture treats that server as the page
// origin and still fails the test on any request to another origin (including the preview server).
import path from 'node:path';
import { test, expect } from './fixtures';
import { buildReport, kpi, openSample } from './helpers';
import { extraPort, serve, type StaticServer } from './static-server';

const port = extraPort(20);
let server: StaticServer;

test.use({ baseURL: `http://127.0.0.1:${port}/tools/clientele/` });

test.beforeAll(async () => {
  server = await serve(port, { '/tools/clientele/': path.resolve(process.env.E2E_DIST ?? 'dist') });
});

test.afterAll(async () => {
  await server?.close();
});

test('the built site works end to end from /tools/clientele/ on a plain static server', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await openSample(page, 'en');
  await buildReport(page);
  expect(Number(await kpi(page, 'orders'))).toBeGreaterThan(0);
  // Every request of the app stayed under its folder (the WebAssembly included).
  const outside = requests.filter((p) => !p.startsWith('/tools/clientele/'));
  expect(outside).toEqual([]);
  expect(requests.some((p) => /\/tools\/clientele\/assets\/duckdb-(eh|mvp)-[\w-]+\.wasm$/.test(p))).toBe(true);
  // The service worker registered with the folder as its scope.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(`http://127.0.0.1:${port}/tools/clientele/`);
});

// Breaks when embedding stops working or stops being safe (issue 9): an allowed host page on
// another origin cannot send a CSV by postMessage and get progress and the Report back; or the app
// answers, or loads anything for, a page whose origin is not on its allow-list.
//
// Three origins take part: the app (the preview server, baseURL), an allowed host and a
// non-allowed host (both served by this test with node:http on other localhost ports). The
// request-log fixture knows only the app's origin, so this file overrides it with the same log and
// the same failure, allowing exactly those three origins: a request anywhere else still fails.
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test as base, expect, REQUEST_LOG } from './fixtures';
import { extraPort, serve, type StaticServer } from './static-server';

const hostPort = extraPort(30);
const otherPort = extraPort(31);
const hostOrigin = `http://127.0.0.1:${hostPort}`;
const otherOrigin = `http://127.0.0.1:${otherPort}`;

// (An override cannot restate `auto`; each test below names foreignRequests so it always runs.)
const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: async ({ context, baseURL }, use, testInfo) => {
    const allowed = new Set([new URL(baseURL!).origin, hostOrigin, otherOrigin]);
    const foreign: string[] = [];
    mkdirSync(path.dirname(REQUEST_LOG), { recursive: true });
    context.on('request', (req) => {
      const url = req.url();
      let origin = 'non-http';
      try {
        origin = new URL(url).origin;
      } catch {
        /* keep non-http */
      }
      const local = allowed.has(origin) || url.startsWith('blob:') || url.startsWith('data:');
      appendFileSync(REQUEST_LOG, JSON.stringify({ test: testInfo.title, url: url.slice(0, 200), local }) + '\n');
      if (!local) foreign.push(url);
    });
    await use(foreign);
    expect(foreign, 'requests outside the app and the test hosts').toEqual([]);
  },
});

/** A host page: embeds the app with the given allow-list and logs every message it receives. */
function hostPage(appUrl: string): string {
  return `<!doctype html><meta charset="utf-8"><title>host</title>
<iframe id="app" src="${appUrl}" style="width:1280px;height:800px"></iframe>
<script>
  window.received = [];
  window.addEventListener('message', (e) => window.received.push({ origin: e.origin, data: e.data }));
  window.sendCsv = (text) => {
    const file = new File([text], 'orders.csv', { type: 'text/csv' });
    document.getElementById('app').contentWindow.postMessage(
      { type: 'clientele:load', id: 'req-1', files: [{ name: 'orders.csv', data: file }] }, '*');
  };
</script>`;
}

const CSV = [
  'customer_id,order_id,order_time,paid_amount',
  ...Array.from({ length: 60 }, (_, i) => `C${(i * 7) % 17},O${1000 + i},2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')} 12:00:00,${(20 + ((i * 13) % 80)).toFixed(2)}`),
].join('\n');

let host: StaticServer;
let other: StaticServer;

test.beforeAll(async ({ baseURL }) => {
  // Both pages name only the allowed host in ?embed=; the other page embeds the app all the same.
  const appUrl = `${baseURL}?embed=${encodeURIComponent(hostOrigin)}&lang=en`;
  host = await serve(hostPort, { '/': { html: hostPage(appUrl) } });
  other = await serve(otherPort, { '/': { html: hostPage(appUrl) } });
});

test.afterAll(async () => {
  await host?.close();
  await other?.close();
});

type Received = { origin: string; data: { type: string; id?: string; report?: { overview: { orders: number } }; stage?: string; message?: string } };
const received = (page: Page) => page.evaluate(() => (window as unknown as { received: Received[] }).received);

test('an allowed host sends a CSV by postMessage and receives progress and the Report', async ({ page, baseURL, foreignRequests }) => {
  expect(foreignRequests).toEqual([]);
  const appOrigin = new URL(baseURL!).origin;
  await page.goto(`${hostOrigin}/`);
  await expect.poll(async () => (await received(page)).map((m) => m.data.type)).toContain('clientele:ready');
  await page.evaluate((csv) => (window as unknown as { sendCsv(t: string): void }).sendCsv(csv), CSV);

  await expect.poll(async () => (await received(page)).map((m) => m.data.type), { timeout: 120_000 }).toContain('clientele:report');
  const messages = await received(page);
  expect(messages.every((m) => m.origin === appOrigin)).toBe(true);
  const types = messages.map((m) => m.data.type);
  expect(types).toContain('clientele:progress');
  expect(types).toContain('clientele:loaded');
  expect(types).not.toContain('clientele:error');
  const report = messages.find((m) => m.data.type === 'clientele:report')!.data;
  expect(report.id).toBe('req-1');
  expect(report.report!.overview.orders).toBeGreaterThan(0);
  // The embedded app shows the same report.
  await expect(page.frameLocator('#app').getByTestId('report')).toBeVisible();
});

test('a page whose origin is not on the allow-list is ignored: no load, no answer', async ({ page, foreignRequests }) => {
  expect(foreignRequests).toEqual([]);
  await page.goto(`${otherOrigin}/`);
  const frame = page.frameLocator('#app');
  await expect(frame.getByTestId('engine-status')).toHaveAttribute('data-value', 'ready', { timeout: 60_000 });
  await page.evaluate((csv) => (window as unknown as { sendCsv(t: string): void }).sendCsv(csv), CSV);
  // Give a load every chance to start (the allowed host's gets its first progress in well under this).
  await page.waitForTimeout(3000);
  expect(await received(page)).toEqual([]);
  await expect(frame.getByTestId('dataset-card')).toHaveCount(0);
  await expect(frame.getByTestId('file-input')).toBeAttached();
});

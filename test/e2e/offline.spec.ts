// Breaks when a second visit does not work without the network (issue 9): the service worker is
// not registered or not activated, its precache misses a file the app needs (index.html, a chunk,
// the engine worker, the eh WebAssembly), or navigations and the worker's fetches are not answered
// from the cache.
import { test, expect } from './fixtures';
import { buildReport, kpi } from './helpers';

test('after one visit, the app loads and analyses the sample data offline', async ({ page, context }) => {
  await page.goto('./');
  // Active means installed: install only succeeds once every precached file is in the cache.
  const cached = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    // ready resolves once there is an active worker, which may still be 'activating'.
    const worker = reg.active!;
    if (worker.state !== 'activated') {
      await new Promise<void>((resolve) => {
        const done = () => worker.state === 'activated' && resolve();
        worker.addEventListener('statechange', done);
        done();
      });
    }
    const names = (await caches.keys()).filter((n) => n.startsWith('clientele-app-'));
    const urls = names.length === 1 ? (await (await caches.open(names[0])).keys()).map((r) => new URL(r.url).pathname) : [];
    return { active: reg.active?.state, names, urls };
  });
  expect(cached.active).toBe('activated');
  expect(cached.names).toHaveLength(1);
  expect(cached.urls.some((u) => /duckdb-eh-[\w-]+\.wasm$/.test(u))).toBe(true);
  expect(cached.urls.some((u) => /engine\.worker-[\w-]+\.js$/.test(u))).toBe(true);

  await context.setOffline(true);
  try {
    await page.reload();
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.getByTestId('lang-en').click();
    await expect(page.getByTestId('engine-status')).toHaveAttribute('data-value', 'ready');
    await page.getByTestId('sample-en').click();
    await expect(page.getByTestId('dataset-card')).toHaveCount(4, { timeout: 120_000 });
    await buildReport(page);
    expect(Number(await kpi(page, 'orders'))).toBeGreaterThan(0);
  } finally {
    await context.setOffline(false);
  }
});

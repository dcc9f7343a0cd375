// Breaks when the app could send data away or leaves it behind (issue 9): the Content-Security-Policy
// is missing or lets the page reach another site; the sample analysis leaves a trace in any browser
// storage after a reload without opt-in; "keep this analysis on this device" does not bring the
// files back after a reload; or "forget everything" leaves anything in storage.
//
// Egress: the request-log fixture fails any test whose page, workers or service worker request
// another origin. Here the page tries on purpose, and the CSP must stop it before any request
// exists — so the assertion is the browser's CSP violation report plus an empty request log (a
// rejected fetch alone would prove nothing on a machine without internet access).
import type { Page } from '@playwright/test';
import { test, expect, openApp, waitForMapping } from './fixtures';
import { buildReport, openSample } from './helpers';

interface Traces {
  local: Record<string, string>;
  session: string[];
  idb: string[];
  opfs: string[];
  kept: string[];
  caches: { cache: string; url: string }[];
}

/** Everything the page can see in every kind of browser storage. */
function traces(page: Page): Promise<Traces> {
  return page.evaluate(async () => {
    const list = async (dir: FileSystemDirectoryHandle) => {
      const names: string[] = [];
      for await (const n of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(n);
      return names.sort();
    };
    const root = await navigator.storage.getDirectory();
    const opfs = await list(root);
    const kept = opfs.includes('clientele-kept') ? await list(await root.getDirectoryHandle('clientele-kept')) : [];
    const cacheEntries: { cache: string; url: string }[] = [];
    for (const name of await caches.keys()) {
      for (const r of await (await caches.open(name)).keys()) cacheEntries.push({ cache: name, url: r.url });
    }
    return {
      local: Object.fromEntries(Object.entries(localStorage)),
      session: Object.keys(sessionStorage),
      idb: (await indexedDB.databases()).map((d) => d.name ?? ''),
      opfs,
      kept,
      caches: cacheEntries,
    };
  });
}

/** Only the app's own code may be cached: built files of this origin, under the app's folder. */
function expectAppShellOnly(page: Page, entries: Traces['caches']): void {
  const base = new URL('./', page.url()).href;
  for (const e of entries) {
    expect(e.cache, e.url).toMatch(/^clientele-app-[0-9a-f]+$/);
    expect(e.url.startsWith(base), e.url).toBe(true);
    expect(e.url.slice(base.length), e.url).toMatch(/^(|assets\/[\w.-]+\.(js|css|wasm)|icons\/[\w.-]+\.png|favicon\.svg|manifest\.webmanifest)$/);
  }
}

async function openPrivacy(page: Page): Promise<void> {
  if (!(await page.getByTestId('forget-everything').isVisible())) await page.getByTestId('privacy-note').click();
  await expect(page.getByTestId('forget-everything')).toBeVisible();
}

test('the CSP blocks a fetch to another origin before any request is made', async ({ page, foreignRequests }) => {
  await openApp(page, 'en');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("connect-src 'self'");

  const outcome = await page.evaluate(async () => {
    const violations: { directive: string; blocked: string }[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI }));
    let fetched: string;
    try {
      await fetch('https://example.com/');
      fetched = 'resolved';
    } catch (e) {
      fetched = `rejected: ${e}`;
    }
    // violation events are queued as tasks: give them a moment
    await new Promise((r) => setTimeout(r, 200));
    return { fetched, violations };
  });
  expect(outcome.fetched).toMatch(/^rejected/);
  expect(outcome.violations).toEqual([{ directive: 'connect-src', blocked: expect.stringContaining('example.com') }]);
  // (An <img> or XMLHttpRequest to a remote URL is blocked by the policy too, but Chromium still
  // reports those to Playwright as requests that failed with ERR_BLOCKED_BY_CSP, which the
  // request log would count as egress; the img-src directive is checked in the policy text.)
  expect(csp).toContain("img-src 'self' data: blob:");
  // Nothing reached the network layer: the fixture logged no request to example.com.
  expect(foreignRequests).toEqual([]);
});

test('without opt-in, a reload leaves no trace of the analysis in any browser storage', async ({ page }) => {
  await openSample(page, 'en');
  await buildReport(page);
  await page.reload();
  await expect(page.getByTestId('file-input')).toBeAttached();
  await expect(page.getByTestId('engine-status')).toHaveAttribute('data-value', 'ready');
  await expect(page.getByTestId('dataset-card')).toHaveCount(0);

  const t = await traces(page);
  // The only key is the language choice (a UI preference, documented in docs/deploy.md).
  expect(t.local).toEqual({ 'clientele.locale': 'en' });
  expect(t.session).toEqual([]);
  expect(t.idb).toEqual([]);
  expect(t.opfs).toEqual([]);
  expectAppShellOnly(page, t.caches);
});

test('opt-in keeps the files on this device across a reload; "forget everything" removes every trace', async ({ page }) => {
  await openApp(page, 'en');
  const csv = ['customer_id,order_id,order_time,amount', ...Array.from({ length: 40 }, (_, i) => `C${i % 9},O${i},2024-0${(i % 9) + 1}-1${i % 10} 10:00,${10 + i}.50`)].join('\n');
  await page.getByTestId('file-input').setInputFiles({ name: 'kept-orders.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await waitForMapping(page, 1);

  await openPrivacy(page);
  await page.getByTestId('keep-toggle').check();
  await expect(page.getByTestId('keep-status')).toBeVisible();
  await expect.poll(async () => (await traces(page)).kept).toEqual(['0.bin', 'manifest.json']);

  await page.reload();
  await waitForMapping(page, 1);
  await expect(page.locator('[data-testid="dataset-card"][data-dataset-name="kept-orders.csv"]')).toBeVisible();
  await openPrivacy(page);
  await expect(page.getByTestId('keep-toggle')).toBeChecked();

  await page.getByTestId('forget-everything').click();
  await expect(page.getByTestId('forgotten')).toBeVisible();
  await expect(page.getByTestId('keep-toggle')).not.toBeChecked();
  const t = await traces(page);
  expect(t.opfs).toEqual([]);
  expect(t.local).toEqual({});
  expect(t.session).toEqual([]);
  expect(t.idb).toEqual([]);
  expectAppShellOnly(page, t.caches);

  await page.reload();
  await expect(page.getByTestId('engine-status')).toHaveAttribute('data-value', 'ready');
  await expect(page.getByTestId('dataset-card')).toHaveCount(0);
  expect((await traces(page)).opfs).toEqual([]);
});

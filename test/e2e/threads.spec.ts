// Breaks when a cross-origin isolated page stops getting DuckDB's multi-threaded build (issue 10,
// part 4), when that build cannot carry a whole report (the AsyncBindings queue, cancel, the
// lockdown), or when its report differs from the single-threaded one beyond the last digits of
// a float sum (threads add partial sums in a different order; nothing else may change).
//
// One static server, one origin, two folders of the same build: /isolated/ answers with
// COOP + COEP (the page is cross-origin isolated and may use threads), /plain/ without.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openApp, waitForMapping } from './fixtures';
import { buildReport, openSample } from './helpers';
import { extraPort, serve, type StaticServer } from './static-server';

const port = extraPort(40);
const origin = `http://127.0.0.1:${port}`;
const dist = path.resolve(process.env.E2E_DIST ?? 'dist');
const ISOLATION = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
let server: StaticServer;

test.use({ baseURL: `${origin}/isolated/` });

test.beforeAll(async () => {
  server = await serve(port, { '/isolated/': { dir: dist, headers: ISOLATION }, '/plain/': dist });
});

test.afterAll(async () => {
  await server?.close();
});

/** The engine worker's DuckDB build: eh or mvp (one thread) or coi (threads). */
async function engineBundle(page: Page): Promise<string> {
  const worker = page.workers().find((w) => w.url().includes('engine.worker'));
  if (!worker) throw new Error('no engine worker');
  return (await worker.evaluate('self.clienteleBundle?.() ?? null')) as string;
}

async function reportJson(page: Page): Promise<unknown> {
  await page.getByTestId('export-open').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-json').click()]);
  return JSON.parse(await readFile(await download.path(), 'utf8'));
}

/**
 * An optimiser's note on why it stopped (e.g. "gradient below tolerance"): inputs that differ in
 * the last bits can end the same fit for another of its stopping rules, at the same optimum.
 */
const STOP_NOTE = /^\$\.clv\.\w+\.message$/;

/** Paths where two reports differ: numbers beyond a relative 1e-9, anything else at all. */
function differences(a: unknown, b: unknown, at = '$', out: string[] = []): string[] {
  if (STOP_NOTE.test(at)) return out;
  if (typeof a === 'number' && typeof b === 'number') {
    if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))) out.push(`${at}: ${a} vs ${b}`);
  } else if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${at}: ${a.length} vs ${b.length} items`);
    else a.forEach((x, i) => differences(x, b[i], `${at}[${i}]`, out));
  } else if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`, out);
  } else if (a !== b) out.push(`${at}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
  return out;
}

test('an isolated page runs the multi-threaded build and its report equals the single-threaded one', async ({ page, context }) => {
  await openApp(page, 'en');
  // The analyst sees that the engine runs on several threads.
  await expect(page.getByTestId('engine-status')).toHaveAttribute('data-bundle', 'coi', { timeout: 60_000 });
  await expect(page.getByTestId('engine-status')).toContainText(/DuckDB \S+ · \d+ threads/);
  await page.getByTestId('sample-en').click();
  await waitForMapping(page, 4);
  await expect(page.getByTestId('link').first()).toBeVisible();
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  expect(await engineBundle(page)).toBe('coi');
  await buildReport(page);
  const threaded = await reportJson(page);

  const plainPage = await context.newPage();
  await plainPage.goto(`${origin}/plain/`);
  await plainPage.getByTestId('lang-en').click();
  await expect(plainPage.getByTestId('engine-status')).toHaveAttribute('data-bundle', /^(eh|mvp)$/, { timeout: 60_000 });
  await expect(plainPage.getByTestId('engine-status')).not.toContainText('threads');
  await plainPage.getByTestId('sample-en').click();
  await expect(plainPage.getByTestId('dataset-card')).toHaveCount(4, { timeout: 120_000 });
  await expect(plainPage.getByTestId('link').first()).toBeVisible();
  expect(await plainPage.evaluate(() => crossOriginIsolated)).toBe(false);
  expect(await engineBundle(plainPage)).toMatch(/^(eh|mvp)$/);
  await buildReport(plainPage);
  const single = await reportJson(plainPage);

  expect(differences(threaded, single)).toEqual([]);
});

test('cancel stops a report on the multi-threaded build, and the next one completes', async ({ page }) => {
  await openSample(page, 'en');
  expect(await engineBundle(page)).toBe('coi');
  await page.getByTestId('build-report').click();
  // Past the first steps, so a statement is running in DuckDB's own worker when Cancel arrives.
  await expect(page.getByTestId('report-progress')).toContainText(/Step [3-9] of/, { timeout: 60_000 });
  await page.getByTestId('cancel').click();
  await expect(page.getByTestId('report-progress')).toBeHidden({ timeout: 10_000 });
  await expect(page.getByTestId('report')).toHaveCount(0);
  await expect(page.getByTestId('build-report')).toBeEnabled();
  await buildReport(page);
  expect(await engineBundle(page)).toBe('coi');
});

/**
 * Every e2e test runs with a request log: each request the page, its workers or the service
 * worker make is appended to test-results/requests.jsonl, and a test fails if any leaves the
 * page's own origin. The global teardown reads the whole run's log.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

export const REQUEST_LOG = path.resolve('test-results/requests.jsonl');

export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: [
    async ({ context, baseURL }, use, testInfo) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      mkdirSync(path.dirname(REQUEST_LOG), { recursive: true });
      context.on('request', (req) => {
        const url = req.url();
        let reqOrigin = 'non-http';
        try {
          reqOrigin = new URL(url).origin;
        } catch {
          /* keep non-http */
        }
        const local = reqOrigin === origin || url.startsWith('blob:') || url.startsWith('data:');
        appendFileSync(REQUEST_LOG, JSON.stringify({ test: testInfo.title, url: url.slice(0, 200), local }) + '\n');
        if (!local) foreign.push(url);
      });
      await use(foreign);
      expect(foreign, 'requests outside the page origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Open the app in a language and wait for the upload screen. */
export async function openApp(page: Page, locale: 'en' | 'zh'): Promise<void> {
  await page.goto('./');
  await page.getByTestId(locale === 'zh' ? 'lang-zh' : 'lang-en').click();
  await expect(page.getByTestId('file-input')).toBeAttached();
}

export async function waitForMapping(page: Page, datasets: number): Promise<void> {
  await expect(page.getByTestId('dataset-card')).toHaveCount(datasets, { timeout: 120_000 });
}

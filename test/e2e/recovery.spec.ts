// Breaks when the engine worker dying in the middle of an analysis leaves the page spinning or
// blank, when the page does not say what happened in the analyst's language, or when "Start over"
// needs a reload: a new engine must load the data and build the report in the same tab. (Cancel
// during a report build is guarded in Node: test/unit/pipeline/cancel-report.test.ts.)
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { buildReport, CJK, header, openSample } from './helpers';

/** Makes the engine worker fail as a crashed WebAssembly module would: an uncaught error. */
async function crashEngine(page: Page): Promise<void> {
  const worker = page.workers().find((w) => w.url().includes('engine.worker'));
  if (!worker) throw new Error(`no engine worker among ${page.workers().map((w) => w.url()).join(', ')}`);
  await worker.evaluate(() => {
    setTimeout(() => {
      const e = new Error('unreachable');
      e.name = 'RuntimeError';
      throw e;
    }, 0);
  });
}

test('a crashed engine is explained and replaced without a reload (zh)', async ({ page }) => {
  test.setTimeout(240_000);
  const uncaught: string[] = [];
  page.on('pageerror', (e) => uncaught.push(e.message));
  await openSample(page, 'zh');
  await page.getByTestId('build-report').click();
  await expect(page.getByTestId('report-progress').or(page.getByTestId('report')).first()).toBeVisible();
  await crashEngine(page);

  const lost = page.getByTestId('engine-lost');
  await expect(lost).toBeVisible({ timeout: 30_000 });
  await expect(lost).toHaveAttribute('data-kind', 'crash');
  const message = await lost.innerText();
  expect(message).toMatch(CJK);
  expect(message).toContain('数据没有发送到任何地方');
  // Nothing keeps spinning: the build is no longer under way, the header is still there.
  await expect(page.getByTestId('report-progress')).toHaveCount(0);
  await expect(header(page)).toBeVisible();
  await expect(page.getByTestId('build-report')).toBeDisabled();
  await page.screenshot({ path: 'test-results/shots/engine-lost-zh.png' });

  await page.getByTestId('engine-restart').click();
  await expect(lost).toHaveCount(0);
  await expect(page.getByTestId('engine-status')).toHaveAttribute('data-value', 'ready', { timeout: 60_000 });
  // The new engine does the whole job again.
  await page.getByTestId('sample-zh').click();
  await expect(page.getByTestId('dataset-card')).toHaveCount(4, { timeout: 120_000 });
  await buildReport(page);
  await expect(page.getByTestId('chapter-value')).toBeVisible();
  expect(page.workers().filter((w) => w.url().includes('engine.worker'))).toHaveLength(1);
  expect(uncaught).toEqual([]);
});


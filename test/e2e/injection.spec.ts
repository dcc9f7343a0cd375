// No code from data (issue 11): files whose column names and values are HTML, script URLs,
// template syntax, SVG and spreadsheet formulas (test/fixtures/hostile, made by make.py) go through
// the whole app. Breaks when any payload becomes markup anywhere — tables, chart labels, findings,
// the exported HTML (opened with JavaScript ON, the worst case) — when a dialog opens, when a
// request leaves the page (the fixture's request log), or when a formula reaches the customer CSV
// un-neutralised.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openApp, waitForMapping } from './fixtures';
import { buildReport } from './helpers';

const DIR = path.resolve('test/fixtures/hostile');
const FILES = ['injection-orders.csv', 'injection-feedback.csv'];
const OUT = path.resolve(process.env.E2E_SHOTS ?? 'test-results/shots');

/** Elements or attributes only a payload could have put there. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const selectors = ['img[src="x"]', 'iframe', 'svg[onload]', '[onerror]', '[onload]', 'script:not([src])', 'a[href^="javascript:"]'];
    for (const s of selectors) {
      const n = document.querySelectorAll(s).length;
      if (n > 0) found.push(`${s} x${n}`);
    }
    if ((window as unknown as { __pwned?: boolean }).__pwned) found.push('window.__pwned');
    return found;
  });
}

test('payloads in column names and values stay text everywhere', async ({ page, browser }) => {
  test.setTimeout(300_000);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  await openApp(page, 'en');
  await page.getByTestId('file-input').setInputFiles(FILES.map((f) => path.join(DIR, f)));
  await waitForMapping(page, 2);
  // The payload header is listed as a column name, as text.
  await expect(page.getByText('<img src=x onerror=alert(5)>').first()).toBeVisible();
  expect(await injected(page)).toEqual([]);

  await buildReport(page);
  // Draw every chapter: scroll each into view (charts mount as they get a width).
  const anchors = await page.locator('nav.toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const a of anchors) {
    await page.locator(a).scrollIntoViewIfNeeded();
    await expect(page.locator(a)).toBeVisible();
  }
  await page.waitForTimeout(500);
  expect(await injected(page)).toEqual([]);
  // The payloads are on the page as literal text (profiles list top values, tables name customers).
  const text = await page.locator('[data-testid="report"]').innerText();
  expect(text).toContain('<img src=x onerror=alert(');
  expect(text).toContain('{{7*7}}');
  // Chart labels are SVG text nodes, never parsed markup.
  const svgMarkup = await page.locator('[data-testid="report"] figure.chart').evaluateAll((fs) => fs.map((f) => f.innerHTML).join(''));
  expect(svgMarkup).not.toMatch(/<img|<script|<iframe|onerror=|onload=/i);

  // Exported HTML, opened with scripts allowed: still nothing runs or appears.
  await page.getByTestId('export-open').click();
  const [html] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-html').click()]);
  mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, 'injection-report.html');
  writeFileSync(file, readFileSync(await html.path()));
  const context = await browser.newContext({ offline: true });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const exported = await context.newPage();
  exported.on('dialog', (d) => {
    dialogs.push(`export: ${d.message()}`);
    void d.dismiss();
  });
  await exported.goto(`file://${file}`);
  await expect(exported.locator('h1')).toBeVisible();
  expect(await injected(exported)).toEqual([]);
  expect(await exported.locator('body').innerText()).toContain('{{7*7}}');
  expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
  await context.close();

  // Customer CSV: formulas neutralised, payloads kept as text.
  await page.getByTestId('export-open').click();
  const [csvFile] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-customers-csv').click()]);
  const csv = readFileSync(await csvFile.path(), 'utf8');
  expect(csv).toContain(`'=HYPERLINK`);
  expect(csv).toContain(`'+cmd`);
  expect(csv).toContain(`'@SUM(1+1)`);
  const cells = csv.replace(/^\uFEFF/, '').split(/\r\n/).flatMap((line) => line.split(','));
  expect(cells.filter((c) => /^"?[=+@]/.test(c))).toEqual([]);

  expect(dialogs).toEqual([]);
});

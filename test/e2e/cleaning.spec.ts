// Breaks when chapter 2 (data sources and cleaning) shows Online Retail's row accounting
// differently from the pandas reference (test/reference/cleaning/reference.json), when the numbers
// on screen stop adding up (rows in = kept + Σ set aside), when switching a rule does not
// recalculate the report (kept rows and the overview's revenue) or switching it back does not
// restore it, or when a "Download rows (CSV)" file does not hold the rows the table counts.
// Also writes test-results/screenshots/cleaning-<locale>.png of the chapter for a person to look at.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, openApp, waitForMapping } from './fixtures';
import { buildReport, kpi, openSample } from './helpers';
import { data } from '../support/datasets';

interface Reference {
  rows_in: number;
  kept: number;
  matches: Record<string, number>;
  set_aside: Record<string, number>;
  order_lines: number;
  cancellation_prefix_rows: number;
}
const REF: Reference = JSON.parse(readFileSync(path.resolve('test/reference/cleaning/reference.json'), 'utf8')).online_retail;
const REASONS = ['duplicate', 'cancellation', 'non-positive-quantity', 'non-positive-price', 'test-row', 'outlier', 'missing-customer'];
/** The rule of the rules panel that sets each reason aside. */
const RULE_OF: Record<string, string> = {
  duplicate: 'duplicates',
  cancellation: 'cancellations',
  'non-positive-quantity': 'nonPositiveQuantity',
  'non-positive-price': 'nonPositivePrice',
  'test-row': 'testRows',
  'missing-customer': 'missingCustomer',
};
const SHOTS = path.resolve('test-results/screenshots');
/** The sticky app header would cover part of a tall element's screenshot. */
const NO_HEADER = 'header.header { visibility: hidden !important; }';

async function shoot(target: Locator, name: string): Promise<void> {
  await target.screenshot({ path: path.join(SHOTS, `${name}.png`), animations: 'disabled', caret: 'hide', style: NO_HEADER });
}

async function value(locator: Locator): Promise<number> {
  const v = await locator.getAttribute('data-value');
  expect(v, 'data-value').not.toBeNull();
  return Number(v);
}

/** Records of a CSV file (quoted fields may hold line breaks), header included. */
function csvRecords(text: string): number {
  let records = 0;
  let quoted = false;
  let empty = true;
  for (const ch of text.replace(/^\uFEFF/, '')) {
    if (ch === '"') quoted = !quoted;
    if (ch === '\n' && !quoted) {
      if (!empty) records++;
      empty = true;
    } else if (ch !== '\r') empty = false;
  }
  return empty ? records : records + 1;
}

async function waitForReport(page: Page): Promise<void> {
  await expect(page.getByTestId('report')).toHaveAttribute('data-stale', 'false', { timeout: 120_000 });
}

test('Online Retail: row accounting, switching a rule, downloading the rows behind a number', async ({ page }) => {
  test.setTimeout(360_000);
  await openApp(page, 'en');
  await page.getByTestId('file-input').setInputFiles(data('online_retail/online_retail.csv.gz'));
  await waitForMapping(page, 1);
  await expect(page.getByTestId('checks-ok').or(page.getByTestId('problem').first())).toBeVisible();
  await buildReport(page);

  const chapter = page.getByTestId('chapter-cleaning');
  await chapter.scrollIntoViewIfNeeded();
  const source = chapter.getByTestId('cleaning-source');
  await expect(source).toHaveCount(1);
  const reason = (r: string) => source.locator(`[data-testid="accounting-reason"][data-reason="${r}"]`);
  const kept = source.getByTestId('accounting-kept');

  // The numbers pandas computes.
  await expect(source.getByTestId('accounting-rows-in')).toHaveAttribute('data-value', String(REF.rows_in));
  await expect(kept).toHaveAttribute('data-value', String(REF.kept));
  await expect(source.getByTestId('accounting-kept-for-orders')).toHaveAttribute('data-value', String(REF.order_lines));
  for (const r of REASONS) await expect(reason(r), r).toHaveAttribute('data-value', String(REF.set_aside[r] ?? 0));
  for (const [r, n] of Object.entries(REF.matches)) {
    const rule = chapter.locator(`[data-testid="rule"][data-rule="${RULE_OF[r]}"] [data-count="matches"]`);
    await expect(rule, `${r} matches`).toHaveAttribute('data-value', String(n));
  }
  await expect(chapter.getByTestId('prefix-applied')).toHaveAttribute('data-value', 'true');
  await expect(chapter.getByTestId('cancellation-breakdown')).toHaveAttribute('data-prefix', String(REF.cancellation_prefix_rows));

  // The identity holds on screen, and is shown with its sum.
  let aside = 0;
  for (const r of REASONS) aside += await value(reason(r));
  expect(await value(kept), 'kept + Σ set aside = rows in').toBe(REF.rows_in - aside);
  await expect(source.getByTestId('accounting-total')).toHaveAttribute('data-value', String(aside));
  await expect(source.getByTestId('accounting-set-aside')).toHaveAttribute('data-value', String(aside));
  await expect(source.getByTestId('accounting-identity')).toHaveAttribute('data-value', '0');
  await expect(source.getByTestId('accounting-identity')).toContainText(`541,909 rows in = 392,692 kept + ${new Intl.NumberFormat('en').format(aside)} set aside`);
  await expect(source.getByTestId('waterfall').locator('svg')).toBeVisible();

  await page.screenshot({ path: path.join(SHOTS, 'cleaning-top-en.png') });
  await shoot(chapter, 'cleaning-en');

  // Switching the duplicates rule off recalculates the report without reading the file again.
  const revenue = Number(await kpi(page, 'revenue'));
  await chapter.getByTestId('rule-duplicates').click();
  await expect(page.getByTestId('report')).toHaveAttribute('data-stale', 'true');
  // For a person to look at: the old numbers greyed while the new ones are computed.
  await page.screenshot({ path: path.join(SHOTS, 'cleaning-rebuilding-en.png'), animations: 'disabled' });
  await waitForReport(page);
  await expect(chapter.locator('[data-testid="rule"][data-rule="duplicates"]')).toHaveAttribute('data-enabled', 'false');
  await expect(reason('duplicate')).toHaveAttribute('data-value', '0');
  const keptOff = await value(kept);
  expect(keptOff).toBeGreaterThan(REF.kept);
  expect(Number(await kpi(page, 'revenue'))).toBeGreaterThan(revenue);
  await expect(source.getByTestId('accounting-identity')).toHaveAttribute('data-value', '0');

  // ...and back on, the original numbers return.
  await chapter.getByTestId('rule-duplicates').click();
  await waitForReport(page);
  await expect(kept).toHaveAttribute('data-value', String(REF.kept));
  await expect(reason('duplicate')).toHaveAttribute('data-value', String(REF.set_aside.duplicate));
  expect(Number(await kpi(page, 'revenue'))).toBe(revenue);
  await expect(chapter.getByTestId('rules-reset')).toBeDisabled();

  // The rows behind a number, as a CSV file with one record per row counted.
  const shown = await value(reason('non-positive-price'));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    source.locator('[data-testid="download-rows"][data-reason="non-positive-price"]').click(),
  ]);
  expect(download.suggestedFilename()).toBe('online_retail-non-positive-price.csv');
  const csv = await readFile(await download.path(), 'utf8');
  expect(csvRecords(csv) - 1, 'CSV rows (lines − header)').toBe(shown);

  // The same chapter in Chinese.
  await page.getByTestId('lang-zh').click();
  await expect(page.locator('#cleaning-title')).toHaveText('数据来源与数据清洗');
  await expect(kept).toHaveAttribute('data-value', String(REF.kept));
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, 'the report is wider than the window').toBeLessThanOrEqual(1280);
  await shoot(chapter, 'cleaning-zh');
});

test('sample data (zh): every table balances, zombie accounts, missing values, the SQL appendix', async ({ page }) => {
  await openSample(page, 'zh');
  await buildReport(page);
  const chapter = page.getByTestId('chapter-cleaning');
  const sources = chapter.getByTestId('cleaning-source');
  await expect(sources).toHaveCount(4);
  for (const source of await sources.all()) {
    const rowsIn = await value(source.getByTestId('accounting-rows-in'));
    const kept = await value(source.getByTestId('accounting-kept'));
    let aside = 0;
    for (const cell of await source.getByTestId('accounting-reason').all()) aside += await value(cell);
    expect(kept + aside, `rows of ${await source.getAttribute('data-dataset-id')}`).toBe(rowsIn);
    await expect(source.getByTestId('accounting-identity')).toHaveAttribute('data-value', '0');
  }
  expect(await value(chapter.getByTestId('zombies'))).toBeGreaterThan(0);
  await expect(chapter.getByTestId('missing-plan').first()).toBeVisible();
  // A column the rule fills can be kept as "unknown" instead: the report is rebuilt with the choice.
  const filled = chapter.locator('[data-testid="missing-plan"][data-action^="fill"]').first();
  const column = await filled.getAttribute('data-column');
  const table = await filled.getAttribute('data-table');
  await filled.getByTestId('missing-choice').selectOption('unknown');
  const plan = chapter.locator(`[data-testid="missing-plan"][data-table="${table}"][data-column="${column}"]`);
  await expect(plan).toHaveAttribute('data-action', 'unknown', { timeout: 60_000 });
  await expect(plan.getByTestId('missing-choice')).toHaveValue('unknown');
  await expect(chapter.getByTestId('profile')).toHaveCount(4);
  await shoot(chapter, 'cleaning-sample-zh');

  const appendix = page.getByTestId('chapter-methodology');
  const first = appendix.getByTestId('sql-group').first();
  await first.locator('summary').click();
  await expect(first.getByTestId('sql-step').first().locator('pre')).toContainText('CREATE');
  await shoot(appendix, 'methodology-zh');
});

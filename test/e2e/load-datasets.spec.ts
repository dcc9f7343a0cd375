// Breaks when a real export dropped into the page does not show the right row count, encoding,
// table kind and column roles on the mapping screen, or when loading makes a request outside
// the page's origin (checked by the fixture on every test).
import { existsSync } from 'node:fs';
import { test, expect, openApp, waitForMapping } from './fixtures';
import { data, shared } from '../support/datasets';
import { EXPECTED, OLIST, OLIST_FILES, type ExpectedDataset } from '../support/expected';
import type { Page } from '@playwright/test';

function location(e: ExpectedDataset): string {
  return e.shipped ? data(e.path) : shared(e.path);
}

async function expectDataset(page: Page, e: ExpectedDataset): Promise<void> {
  const card = page.locator(`[data-testid="dataset-card"][data-dataset-name="${e.name}"]`);
  await expect(card).toBeVisible();
  await expect(card.getByTestId('dataset-rows')).toHaveAttribute('data-value', String(e.rows));
  await expect(card.getByTestId('dataset-encoding')).toHaveAttribute('data-value', e.encoding);
  await expect(card.getByTestId('dataset-kind')).toHaveValue(e.kind);
  for (const [column, role] of Object.entries(e.roles)) {
    const row = card.locator(`[data-testid="column"][data-column="${column}"]`);
    await expect(row.getByTestId('column-role'), `${e.name}: ${column}`).toHaveValue(role);
  }
}

for (const e of EXPECTED) {
  const present = existsSync(location(e));
  test(`loads ${e.path}${present ? '' : ' (SKIPPED: ../shared/data absent)'}`, async ({ page }) => {
    test.skip(!present, 'test-only dataset not present');
    await openApp(page, 'en');
    const input = e.files > 1 ? 'folder-input' : 'file-input';
    await page.getByTestId(input).setInputFiles(location(e));
    await waitForMapping(page, 1);
    await expectDataset(page, e);
  });
}

const olistPresent = existsSync(shared('olist_subset_10k'));
test(`loads the Olist tables together and links them${olistPresent ? '' : ' (SKIPPED: ../shared/data absent)'}`, async ({ page }) => {
  test.skip(!olistPresent, 'test-only dataset not present');
  await openApp(page, 'en');
  await page.getByTestId('file-input').setInputFiles(OLIST_FILES.map((f) => shared('olist_subset_10k', f)));
  await waitForMapping(page, OLIST_FILES.length);
  for (const e of OLIST) await expectDataset(page, e);
  // Every order's customer is in customers.csv: the link shows 10000/10000.
  await expect(page.getByTestId('link').filter({ hasText: 'customers.csv' }).first()).toHaveAttribute('data-value', '10000/10000');
});

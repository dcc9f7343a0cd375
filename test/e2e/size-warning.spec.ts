// Breaks when a drop too big for the engine's memory is read without a word (the tab would run
// out of memory minutes later and lose everything), when the warning does not say in the page's
// language how much fits and what to do instead, or when choosing other files still reads them.
// The 3 GB file is one 1 MB blob of 70-byte order lines repeated (the browser never holds its
// bytes): 42M lines, which the check counts from the file's first 64 KiB, since the engine's
// memory grows per line (a 1.4 GB file of such lines is already 20M of them).
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { CJK } from './helpers';

async function pickHugeFile(page: Page): Promise<void> {
  await page.evaluate(() => {
    const line = 'C0000001,ORD-00000001,2024-01-01 00:00:00,Grocery,1,16.99,Paid social\n';
    const mb = new Blob([line.repeat(Math.ceil(1_000_000 / line.length)).slice(0, 1_000_000)]);
    const file = new File(Array.from({ length: 3000 }, () => mb), 'transactions-22M.csv', { type: 'text/csv' });
    const input = document.querySelector<HTMLInputElement>('[data-testid="file-input"]')!;
    const list = new DataTransfer();
    list.items.add(file);
    input.files = list.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

for (const lang of ['zh', 'en'] as const) {
  test(`a file beyond this browser's memory is held back with a warning (${lang})`, async ({ page }) => {
    await openApp(page, lang);
    await pickHugeFile(page);
    const warning = page.getByTestId('size-warning');
    await expect(warning).toBeVisible();
    const body = page.getByTestId('size-warning-body');
    // Says how big the drop is and how much fits (capacity.ts: about 20.5M lines of 70 bytes,
    // 1,430 MB of such text).
    await expect(body).toContainText('3,000.0');
    await expect(body).toContainText(lang === 'zh' ? '（约 4,290 万行）' : '(some 43 million lines)');
    const max = Number(await body.getAttribute('data-max-bytes'));
    expect(max).toBeGreaterThan(1400e6);
    expect(max).toBeLessThan(1500e6);
    await expect(body).toContainText('1,430');
    await expect(body).toContainText(lang === 'zh' ? '约可处理 2,050 万行这样的明细' : 'some 20 million lines like these');
    await expect(warning).toContainText('npx clientele report');
    expect(CJK.test((await warning.textContent()) ?? '')).toBe(lang === 'zh');
    await page.screenshot({ path: test.info().outputPath(`size-warning-${lang}.png`) });
    // Nothing was read: no progress, and choosing other files leaves the upload screen as it was.
    await expect(page.getByTestId('progress-bytes')).toHaveCount(0);
    await page.getByTestId('size-cancel').click();
    await expect(warning).toHaveCount(0);
    await expect(page.getByTestId('dataset-card')).toHaveCount(0);
    await expect(page.getByTestId('drop-zone')).toBeVisible();
  });
}

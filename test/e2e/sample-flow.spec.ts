// Breaks when the "Try with sample data" flow stops working end to end in either language: the
// four sample tables are not loaded or classified (orders, customers, events, feedback), the key
// columns of the orders table lose their roles, the tables stop linking, the report cannot be built
// or shows empty or out-of-window figures, the downloaded JSON disagrees with the figures on screen
// (or loses schemaVersion / its sources), or the interface is shown in the wrong language.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, openApp, waitForMapping } from './fixtures';
import { buildReport, card, CJK, header, kpi, LANGS, SAMPLE_FILES, type Lang } from './helpers';

/** Role expected for a few columns of the orders file, by language. */
const ORDER_ROLES: Record<Lang, Record<string, string>> = {
  en: { customer_id: 'customer_id', order_id: 'order_id', order_time: 'order_time', quantity: 'quantity', paid_amount: 'paid_amount' },
  zh: { 客户ID: 'customer_id', 订单号: 'order_id', 下单时间: 'order_time', 数量: 'quantity', 实付金额: 'paid_amount' },
};

/** Text of the page without the elements marked as another language (the 中文 button, say). */
async function englishUiText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll('[lang^="zh"]')) el.remove();
    return clone.textContent ?? '';
  });
}

function cjkIn(text: string): string[] {
  return [...new Set(text.match(new RegExp(CJK.source, 'g')) ?? [])];
}

for (const lang of LANGS) {
  test(`sample data (${lang}): four tables, links, report, JSON download`, async ({ page }) => {
    await openApp(page, lang);
    if (lang === 'en') expect(cjkIn(await englishUiText(page)), 'CJK on the English upload screen').toEqual([]);
    else await expect(page.locator('#upload-title')).toHaveText(CJK);
    await page.getByTestId(lang === 'zh' ? 'sample-zh' : 'sample-en').click();
    await waitForMapping(page, 4);
    await expect(page.getByTestId('link').first()).toBeVisible();
    const files = SAMPLE_FILES[lang];

    // Four cards, one of each kind.
    for (const [kind, name] of Object.entries(files)) {
      await expect(card(page, name).getByTestId('dataset-kind'), name).toHaveValue(kind);
    }
    const orders = card(page, files.orders);
    for (const [column, role] of Object.entries(ORDER_ROLES[lang])) {
      const row = orders.locator(`[data-testid="column"][data-column="${column}"]`);
      await expect(row.getByTestId('column-role'), `${files.orders}: ${column}`).toHaveValue(role);
    }

    // The tables link by customer (and order) id, with real match rates.
    const links = page.getByTestId('link');
    expect(await links.count()).toBeGreaterThan(0);
    for (const value of await links.evaluateAll((els) => els.map((e) => e.getAttribute('data-value') ?? ''))) {
      const m = /^(\d+)\/(\d+)$/.exec(value);
      expect(m, `link data-value "${value}"`).not.toBeNull();
      const [matched, total] = [Number(m![1]), Number(m![2])];
      expect(matched, value).toBeGreaterThan(0);
      expect(matched, value).toBeLessThanOrEqual(total);
    }
    await expect(page.locator('[data-testid="problem"][data-level="error"]')).toHaveCount(0);

    if (lang === 'en') expect(cjkIn(await englishUiText(page)), 'CJK on the English mapping screen').toEqual([]);
    else await expect(page.locator('#links-title')).toHaveText(CJK);

    await buildReport(page);

    // The figures on screen.
    const customers = Number(await kpi(page, 'customers'));
    const orderCount = Number(await kpi(page, 'orders'));
    const revenue = Number(await kpi(page, 'revenue'));
    expect(customers).toBeGreaterThan(0);
    expect(orderCount).toBeGreaterThan(0);
    expect(revenue).toBeGreaterThan(0);
    expect(Number.isInteger(customers) && Number.isInteger(orderCount)).toBe(true);
    const first = (await kpi(page, 'first-order')).slice(0, 10);
    const last = (await kpi(page, 'last-order')).slice(0, 10);
    for (const d of [first, last]) {
      expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(d >= '2024-01-01' && d <= '2025-06-30', `order date ${d} within the sample window`).toBe(true);
    }
    expect(first <= last).toBe(true);

    // The language of the report.
    const title = page.locator('#report-title');
    const chapter = page.locator('#overview-title');
    if (lang === 'zh') {
      await expect(title).toHaveText(CJK);
      await expect(chapter).toHaveText(CJK);
      await expect(page.getByTestId('export-open')).toHaveText(CJK);
      await expect(header(page).locator('nav')).toHaveText(CJK);
    } else {
      await expect(title).toHaveText('Customer report');
      await expect(chapter).toHaveText('Executive summary');
      // The whole report is English text: the sample's own values are English too.
      expect(cjkIn(await englishUiText(page)), 'CJK on the English report').toEqual([]);
    }

    // The downloaded JSON holds the same figures.
    await page.getByTestId('export-open').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-json').click()]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    const report = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(report.schemaVersion).toBe(1);
    expect(report.sources).toHaveLength(4);
    expect(report.overview.customers).toBe(customers);
    expect(report.overview.orders).toBe(orderCount);
    expect(report.overview.revenue).toBe(revenue);
    expect(report.overview.firstOrder.slice(0, 10)).toBe(first);
    expect(report.overview.lastOrder.slice(0, 10)).toBe(last);
    await expect(header(page)).toBeVisible();
  });
}

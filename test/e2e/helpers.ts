/**
 * Shared steps of the e2e specs that go beyond fixtures.ts: the sample data flow up to the report,
 * reading the overview KPIs, and the CJK check used to tell the two languages apart.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, waitForMapping } from './fixtures';

export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** Han ideographs, CJK punctuation and full-width forms: any of them means Chinese text. */
export const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** The sample data files, by kind, as the generator names them. */
export const SAMPLE_FILES: Record<Lang, Record<'orders' | 'customers' | 'events' | 'feedback', string>> = {
  en: { orders: 'orders.csv', customers: 'customers.csv', events: 'events.csv', feedback: 'feedback.csv' },
  zh: { orders: '订单明细.csv', customers: '客户信息.csv', events: '用户行为.csv', feedback: '客户评价.csv' },
};

/** The app header: it must stay on screen whatever goes wrong below it. */
export function header(page: Page): Locator {
  return page.locator('header.header');
}

export function card(page: Page, name: string): Locator {
  return page.locator(`[data-testid="dataset-card"][data-dataset-name="${name}"]`);
}

/** Open the app in a language and load that language's sample data up to the mapping screen. */
export async function openSample(page: Page, lang: Lang): Promise<void> {
  await openApp(page, lang);
  await page.getByTestId(lang === 'zh' ? 'sample-zh' : 'sample-en').click();
  await waitForMapping(page, 4);
  // The link check runs after the load; wait for its answer so the screen is settled.
  await expect(page.getByTestId('link').first()).toBeVisible();
}

/** Build the report from the mapping screen and wait for it. */
export async function buildReport(page: Page): Promise<void> {
  await expect(page.getByTestId('build-report')).toBeEnabled();
  await page.getByTestId('build-report').click();
  // Chapters mount one per task (report-screen.svelte); the report is whole once data-complete.
  await expect(page.getByTestId('report')).toHaveAttribute('data-complete', 'true', { timeout: 120_000 });
}

export async function kpi(page: Page, name: string): Promise<string> {
  const value = await page.getByTestId(`kpi-${name}`).getAttribute('data-value');
  if (value === null) throw new Error(`kpi-${name} has no data-value`);
  return value;
}

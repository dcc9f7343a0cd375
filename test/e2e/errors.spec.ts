// Breaks when a bad file dropped into the page is not explained in the chosen language with its
// own name and the right LoadErrorCode (empty file, header only, a PNG named .csv, JSON that is not
// a list of records), when a bad file takes the good files dropped with it down, when an orders
// table without a date column is not flagged as an error that blocks the report, or when any of
// this blanks the page (the header must stay on screen).
import type { Page } from '@playwright/test';
import { test, expect, openApp, waitForMapping } from './fixtures';
import { en } from '../../src/i18n/en';
import { zhCN } from '../../src/i18n/zh-CN';
import type { LoadErrorCode } from '../../workers/protocol';
import { card, CJK, header, LANGS, type Lang } from './helpers';

/** A complete 1x1 PNG (signature, IHDR, IDAT, IEND). */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

interface BadFile {
  name: string;
  buffer: Buffer;
  code: LoadErrorCode;
}

const BAD: BadFile[] = [
  { name: 'empty.csv', buffer: Buffer.alloc(0), code: 'empty' },
  { name: 'header-only.csv', buffer: Buffer.from('order_id,customer_id,amount\n'), code: 'header-only' },
  { name: 'photo.csv', buffer: PNG, code: 'binary' },
  { name: 'settings.json', buffer: Buffer.from('{"currency": "GBP", "rows": 3}'), code: 'json-shape' },
];

const GOOD_ORDERS = [
  'order_id,customer_id,order_time,product_name,quantity,amount',
  'O1001,C001,2024-03-01 10:15:00,Tea,1,12.50',
  'O1002,C002,2024-03-02 11:20:00,Coffee,2,18.00',
  'O1003,C001,2024-03-05 09:05:00,Mug,1,7.25',
].join('\n') + '\n';

const NO_DATE_ORDERS = [
  'order_id,customer_id,product_name,quantity,unit_price,amount',
  ...Array.from({ length: 40 }, (_, i) => `O${2000 + i},C${String(i % 13).padStart(3, '0')},Item ${i % 7},${1 + (i % 3)},${(4 + (i % 5)).toFixed(2)},${((4 + (i % 5)) * (1 + (i % 3))).toFixed(2)}`),
].join('\n') + '\n';

const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
const asInput = (f: BadFile) => ({ name: f.name, mimeType: f.name.endsWith('.json') ? 'application/json' : 'text/csv', buffer: f.buffer });

function expectedMessage(lang: Lang, f: BadFile): string {
  const catalog = lang === 'zh' ? zhCN : en;
  return catalog[`loadError.${f.code}` as keyof typeof en].replace('{file}', f.name);
}

/** The error of one file: its code, its name, and the catalog's sentence in the page language. */
async function expectLoadError(page: Page, lang: Lang, f: BadFile): Promise<void> {
  const item = page.locator(`[data-testid="load-error"][data-file="${f.name}"]`);
  await expect(item, f.name).toHaveAttribute('data-code', f.code);
  await expect(item).toHaveText(expectedMessage(lang, f));
  const text = (await item.innerText()).trim();
  expect(text).toContain(f.name);
  const withoutName = text.replace(f.name, '');
  expect(withoutName.trim().length).toBeGreaterThan(10);
  if (lang === 'zh') expect(withoutName, `${f.name}: Chinese message`).toMatch(CJK);
  else expect(withoutName, `${f.name}: English message`).not.toMatch(CJK);
}

async function expectNotBlank(page: Page): Promise<void> {
  await expect(header(page)).toBeVisible();
  await expect(page.getByTestId(`lang-en`)).toBeVisible();
  await expect(page.getByTestId('failure')).toHaveCount(0);
}

for (const lang of LANGS) {
  test(`each bad file is named and explained (${lang})`, async ({ page }) => {
    await openApp(page, lang);
    const input = page.getByTestId('file-input');
    for (const f of BAD) {
      await input.setInputFiles(asInput(f));
      await expectLoadError(page, lang, f);
      await expect(page.getByTestId('load-error')).toHaveCount(1);
      // Still on the upload screen, ready for another try.
      await expect(page.getByTestId('drop-zone')).toBeVisible();
      await expect(page.getByTestId('dataset-card')).toHaveCount(0);
      await expectNotBlank(page);
    }

    // All of them at once: one line each.
    await input.setInputFiles(BAD.map(asInput));
    await expect(page.getByTestId('load-error')).toHaveCount(BAD.length);
    for (const f of BAD) await expectLoadError(page, lang, f);
    const heading = (lang === 'zh' ? zhCN : en)['loadError.heading.other'].replace('{count}', String(BAD.length));
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await expect(page.getByTestId('dataset-card')).toHaveCount(0);
    await expectNotBlank(page);
  });

  test(`a good file loads when dropped with a bad one (${lang})`, async ({ page }) => {
    await openApp(page, lang);
    const bad = BAD[2];
    await page.getByTestId('file-input').setInputFiles([csv('orders.csv', GOOD_ORDERS), asInput(bad)]);
    await waitForMapping(page, 1);
    const orders = card(page, 'orders.csv');
    await expect(orders.getByTestId('dataset-rows')).toHaveAttribute('data-value', '3');
    await expect(orders.getByTestId('dataset-kind')).toHaveValue('orders');
    // The bad one is listed on the mapping screen.
    await expect(page.getByTestId('load-error')).toHaveCount(1);
    await expectLoadError(page, lang, bad);
    await expect(page.getByTestId('build-report')).toBeEnabled();
    await expectNotBlank(page);
  });

  test(`orders without a date column load but block the report (${lang})`, async ({ page }) => {
    await openApp(page, lang);
    await page.getByTestId('file-input').setInputFiles(csv('no-date.csv', NO_DATE_ORDERS));
    await waitForMapping(page, 1);
    const orders = card(page, 'no-date.csv');
    await expect(orders.getByTestId('dataset-rows')).toHaveAttribute('data-value', '40');
    await expect(orders.getByTestId('dataset-kind')).toHaveValue('orders');
    await expect(page.getByTestId('load-error')).toHaveCount(0);

    const problem = page.locator('[data-testid="problem"][data-code="no-date"]');
    await expect(problem).toHaveAttribute('data-level', 'error');
    await expect(problem).toHaveAttribute('data-dataset', await orders.getAttribute('data-dataset-id') as string);
    await expect(problem).toContainText('no-date.csv');
    if (lang === 'zh') await expect(problem).toContainText(CJK);
    else await expect(problem).toContainText('has no order time');
    await expect(page.getByTestId('checks-ok')).toHaveCount(0);
    await expect(page.getByTestId('build-report')).toBeDisabled();
    await expect(page.getByTestId('build-bar')).toContainText((lang === 'zh' ? zhCN : en)['mapping.blocked']);
    await expectNotBlank(page);
  });
}

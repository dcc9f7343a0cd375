// Breaks when a screen shows a raw message key ("mapping.build") or an unfilled {placeholder}
// instead of a sentence, in English or Chinese, on the upload, mapping or report screen (visible
// text, or the title / aria-label a screen reader reads), or when switching the language in the
// header stops re-rendering the mapping screen (a role label stays in the old language) or loses
// the analyst's choices.
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { en } from '../../src/i18n/en';
import { zhCN } from '../../src/i18n/zh-CN';
import { buildReport, card, CJK, LANGS, openSample, SAMPLE_FILES, type Lang } from './helpers';

/** Every message key of the reference catalog (a flat record of dotted keys). */
function flatKeys(catalog: object, prefix = ''): string[] {
  return Object.entries(catalog).flatMap(([k, v]) =>
    v !== null && typeof v === 'object' ? flatKeys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}
const KEYS = flatKeys(en);

/** Keys and {placeholders} found in the visible text or the accessible labels of the page. */
async function rawKeys(page: Page): Promise<string[]> {
  const { text, labels } = await page.evaluate(() => ({
    text: document.body.innerText,
    labels: [...document.querySelectorAll('[title], [aria-label]')]
      .flatMap((el) => [el.getAttribute('title') ?? '', el.getAttribute('aria-label') ?? ''])
      .join('\n'),
  }));
  const all = `${text}\n${labels}`;
  const found = KEYS.filter((k) => all.includes(k));
  const placeholders = all.match(/\{[A-Za-z_]\w*\}/g) ?? [];
  return [...found, ...placeholders];
}

async function expectNoRawKeys(page: Page, where: string): Promise<void> {
  expect(await rawKeys(page), `raw message keys on ${where}`).toEqual([]);
}

async function switchTo(page: Page, lang: Lang): Promise<void> {
  await page.getByTestId(lang === 'zh' ? 'lang-zh' : 'lang-en').click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
}

test('the catalog has keys to look for', () => {
  expect(KEYS.length).toBeGreaterThan(100);
  expect(KEYS).toContain('mapping.build');
  expect(Object.keys(zhCN).sort()).toEqual([...KEYS].sort());
});

for (const lang of LANGS) {
  test(`no raw keys on the upload, mapping and report screens (${lang})`, async ({ page }) => {
    const other: Lang = lang === 'zh' ? 'en' : 'zh';
    await openApp(page, lang);
    await expectNoRawKeys(page, `the upload screen (${lang})`);
    // The privacy explanation is part of the upload screen's text once opened.
    await page.getByTestId('privacy-note').click();
    await expect(page.getByTestId('privacy-note')).toHaveAttribute('aria-expanded', 'true');
    await expectNoRawKeys(page, `the privacy explanation (${lang})`);
    await page.getByTestId('privacy-note').click();

    await openSample(page, lang);
    await expect(page.getByTestId('checks-ok').or(page.getByTestId('problem').first())).toBeVisible();
    await expectNoRawKeys(page, `the mapping screen (${lang})`);

    await buildReport(page);
    await expectNoRawKeys(page, `the report (${lang})`);

    // The same screens in the other language, on the same data.
    await switchTo(page, other);
    await expectNoRawKeys(page, `the report (${lang} data, ${other} interface)`);
    await page.getByTestId('back-to-mapping').click();
    await expect(page.getByTestId('dataset-card')).toHaveCount(4);
    await expectNoRawKeys(page, `the mapping screen (${lang} data, ${other} interface)`);
  });
}

test('switching the language on the mapping screen relabels the roles and keeps them', async ({ page }) => {
  await openSample(page, 'en');
  const role = card(page, SAMPLE_FILES.en.orders).locator('[data-testid="column"][data-column="customer_id"]').getByTestId('column-role');
  const selectedText = () => role.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent?.trim() ?? '');
  await expect(role).toHaveValue('customer_id');
  expect(await selectedText()).toBe(en['role.customer_id']);

  // A correction made before the switch survives it.
  const channel = card(page, SAMPLE_FILES.en.orders).locator('[data-testid="column"][data-column="channel"]').getByTestId('column-role');
  await channel.selectOption('ignore');

  await switchTo(page, 'zh');
  await expect(role).toHaveValue('customer_id');
  await expect.poll(selectedText).toBe(zhCN['role.customer_id']);
  expect(await selectedText()).toMatch(CJK);
  await expect(channel).toHaveValue('ignore');
  await expect.poll(() => channel.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent?.trim())).toBe(zhCN['role.ignore']);
  await expect(page.getByTestId('build-report')).toHaveText(zhCN['mapping.build']);
  await expect(page.getByTestId('dataset-card')).toHaveCount(4);

  await switchTo(page, 'en');
  await expect.poll(selectedText).toBe(en['role.customer_id']);
  await expect(page.getByTestId('build-report')).toHaveText(en['mapping.build']);
});

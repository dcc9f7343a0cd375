// Breaks when the lifetime value and churn chapter does not render on the sample data in Chinese
// and English or on CDNOW master: a chart without an SVG, findings in the wrong language or
// without the customer count, a risk-band table that does not follow a changed P(alive)
// threshold, an at-risk CSV without its BOM, localised header or 50 customers — or when a file
// with no repeat customer does not show the plain-language fallback with its reason; or when the
// sample's churn flag is not read as a churn label and traced to its drivers (AUC, chart).
// Saves test-results/shots/clv-<lang>.png, clv-drivers-<lang>.png, clv-cdnow-en.png and clv-fallback-<lang>.png.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, openApp, waitForMapping } from './fixtures';
import { buildReport, card, CJK, kpi, LANGS, openSample, SAMPLE_FILES, type Lang } from './helpers';
import { data } from '../support/datasets';

const SHOTS = path.resolve('test-results/shots');
/** The sticky app header would cover part of a tall element's screenshot. */
const NO_HEADER = 'header.header { visibility: hidden !important; }';
const MODEL_CHARTS = [
  'clv-chart-holdout',
  'clv-chart-tracking',
  'clv-chart-distribution',
  'clv-chart-breakdown',
  'clv-chart-matrix-expected',
  'clv-chart-matrix-alive',
  'clv-chart-bands',
  'clv-chart-mix',
];
/** The sample customers' churn flag (src/analysis/sample). */
const CHURN_COLUMN: Record<Lang, string> = { zh: '是否流失', en: 'churned' };
const FALLBACK_FIXTURE = path.resolve('test/fixtures/clv/no-repeat.csv');

async function shoot(target: Locator, name: string): Promise<void> {
  await target.page().evaluate(() => document.fonts.ready.then(() => undefined));
  await target.screenshot({ path: path.join(SHOTS, `${name}.png`), animations: 'disabled', caret: 'hide', style: NO_HEADER });
}

async function waitForReport(page: Page): Promise<void> {
  await expect(page.getByTestId('report')).toHaveAttribute('data-stale', 'false', { timeout: 180_000 });
}

async function expectLanguage(text: string, lang: Lang): Promise<void> {
  if (lang === 'zh') expect(text).toMatch(CJK);
  else expect(text).not.toMatch(CJK);
}

/** Every chart of a fitted model has drawn. */
async function expectModel(chapter: Locator): Promise<void> {
  await chapter.scrollIntoViewIfNeeded();
  await expect(chapter.locator('[data-status]').first()).toHaveAttribute('data-status', 'model');
  for (const id of MODEL_CHARTS) await expect(chapter.getByTestId(id).locator('svg').first(), id).toBeVisible();
  await expect(chapter.getByTestId('clv-bgnbd')).toBeVisible();
  await expect(chapter.getByTestId('clv-gamma-gamma')).toBeVisible();
  await expect(chapter.getByTestId('clv-at-risk-table').locator('tbody tr')).toHaveCount(10);
}

for (const lang of LANGS) {
  test(`CLV chapter on the sample data (${lang})`, async ({ page }) => {
    test.setTimeout(240_000);
    await openSample(page, lang);
    // The customers' yes/no churn flag is read as the churn label by its header.
    const flag = card(page, SAMPLE_FILES[lang].customers).locator(`[data-testid="column"][data-column="${CHURN_COLUMN[lang]}"]`);
    await expect(flag.getByTestId('column-role')).toHaveValue('churn_label');
    await buildReport(page);
    const chapter = page.getByTestId('chapter-clv');
    await expectModel(chapter);

    const findings = chapter.getByTestId('clv-finding');
    await expect(findings.first()).toBeVisible();
    const text = (await findings.allInnerTexts()).join(' ');
    await expectLanguage(text, lang);
    const locale = lang === 'zh' ? 'zh-CN' : 'en';
    // The modelled customers (buyers with a dated purchase) are at most the overview's, and the findings state their number.
    const modelled = Number(await chapter.locator('[data-customers]').first().getAttribute('data-customers'));
    expect(modelled).toBeGreaterThan(0);
    expect(modelled).toBeLessThanOrEqual(Number(await kpi(page, 'customers')));
    expect(text).toContain(new Intl.NumberFormat(locale).format(modelled));
    await expectLanguage(await chapter.getByTestId('clv-model').innerText(), lang);
    await shoot(chapter, `clv-${lang}`);

    // The churn label is traced to its drivers: a fitted regression with its AUC and labelled count.
    const drivers = chapter.getByTestId('clv-drivers');
    await drivers.scrollIntoViewIfNeeded();
    await expect(drivers).toHaveAttribute('data-status', 'done');
    await expect(chapter.getByTestId('clv-chart-drivers').locator('svg').first()).toBeVisible();
    const fit = await chapter.getByTestId('clv-drivers-fit').innerText();
    await expectLanguage(fit, lang);
    expect(fit).toMatch(/AUC/);
    expect(text).toMatch(/AUC/);
    await shoot(drivers, `clv-drivers-${lang}`);

    // The at-risk list downloads as a CSV with a BOM, a header in the page's language and 50 rows.
    const [download] = await Promise.all([page.waitForEvent('download'), chapter.getByTestId('clv-at-risk-download').click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(51);
    await expectLanguage(lines[0], lang);

    if (lang === 'en') {
      // A higher P(alive) threshold puts more customers in the high band.
      const high = chapter.getByTestId('clv-bands-table').locator('tr[data-band="high"]');
      const before = Number(await high.getAttribute('data-customers'));
      await chapter.getByTestId('clv-threshold-high').fill('0.5');
      await chapter.getByTestId('clv-threshold-high').press('Enter');
      await waitForReport(page);
      await expect.poll(async () => Number(await high.getAttribute('data-customers'))).toBeGreaterThan(before);
      await expect(chapter.getByTestId('clv-threshold-high')).toHaveValue('0.5');
    }
  });
}

test('CLV chapter on CDNOW master (en)', async ({ page }) => {
  test.setTimeout(300_000);
  await openApp(page, 'en');
  await page.getByTestId('file-input').setInputFiles(data('cdnow/CDNOW_master.txt'));
  await waitForMapping(page, 1);
  await buildReport(page);
  const chapter = page.getByTestId('chapter-clv');
  await expectModel(chapter);
  // 23,570 buyers in the file; the chapter counts those with a kept, dated purchase.
  const modelled = Number(await chapter.locator('[data-customers]').first().getAttribute('data-customers'));
  expect(modelled).toBeGreaterThan(23_000);
  expect(modelled).toBeLessThanOrEqual(23_570);
  const text = (await chapter.getByTestId('clv-finding').allInnerTexts()).join(' ');
  expect(text).toContain(new Intl.NumberFormat('en').format(modelled));
  expect(text).not.toMatch(CJK);
  await expect(chapter.getByTestId('clv-validation')).toHaveAttribute('data-status', 'done');
  await shoot(chapter, 'clv-cdnow-en');
});

for (const lang of LANGS) {
  test(`CLV chapter falls back in plain words when no customer buys twice (${lang})`, async ({ page }) => {
    test.setTimeout(180_000);
    await openApp(page, lang);
    await page.getByTestId('file-input').setInputFiles(FALLBACK_FIXTURE);
    await waitForMapping(page, 1);
    await buildReport(page);
    const chapter = page.getByTestId('chapter-clv');
    await chapter.scrollIntoViewIfNeeded();
    await expect(chapter.locator('[data-status]').first()).toHaveAttribute('data-status', 'fallback');
    const fallback = chapter.getByTestId('clv-fallback');
    await expect(fallback).toBeVisible();
    await expect(chapter.getByTestId('clv-fallback-reason')).toHaveAttribute('data-reason', 'too-few-repeat-customers');
    const reason = await chapter.getByTestId('clv-fallback-reason').innerText();
    await expectLanguage(reason, lang);
    expect(reason).toContain(lang === 'zh' ? '没有任何客户复购过' : 'no customer bought more than once');
    // The rule states its yardstick: the default gap of 90 days (too few gaps to measure one), high risk beyond 180.
    await expect(chapter.getByTestId('clv-fallback-rule')).toHaveAttribute('data-gap', '90');
    await expect(chapter.getByTestId('clv-fallback-rule')).toContainText('180');
    await expect(chapter.getByTestId('clv-fallback-rule')).toBeVisible();
    await expect(chapter.getByTestId('clv-distribution')).toHaveCount(0);
    await expect(chapter.getByTestId('clv-chart-breakdown').locator('svg').first()).toBeVisible();
    await expect(chapter.getByTestId('clv-chart-bands').locator('svg').first()).toBeVisible();
    await expect(chapter.getByTestId('clv-chart-matrix-expected')).toHaveCount(0);
    await expectLanguage((await chapter.getByTestId('clv-finding').allInnerTexts()).join(' '), lang);
    await shoot(chapter, `clv-fallback-${lang}`);
  });
}

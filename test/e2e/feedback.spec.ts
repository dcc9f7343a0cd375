// Breaks when the feedback themes chapter (issue 12) stops rendering on the sample data in either
// language (a chart without an SVG, a finding in the wrong language, theme counts that disagree
// with the table), when a customer's comment is rendered as HTML instead of text (a quote with
// <b> and <script>), when editing the theme dictionary does not recalculate the theme counts (or
// restoring it does not bring them back), or when a report without a feedback file hides the
// chapter instead of saying what would enable it.
// Saves test-results/shots/feedback-<lang>.png for a person to look at.
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, openApp, waitForMapping } from './fixtures';
import { buildReport, CJK, LANGS, openSample } from './helpers';
import { data } from '../support/datasets';

// SHOTS_DIR: another checkout's Playwright run clears test-results/ while this one runs.
const SHOTS = path.resolve(process.env.SHOTS_DIR ?? 'test-results/shots');
/** The sticky app header would cover part of a tall element's screenshot. */
const NO_HEADER = 'header.header { visibility: hidden !important; }';

async function waitForReport(page: Page): Promise<void> {
  await expect(page.getByTestId('report')).toHaveAttribute('data-stale', 'false', { timeout: 120_000 });
}

async function themeCount(chapter: Locator, theme: string): Promise<number> {
  return Number(await chapter.locator(`[data-testid="feedback-theme-row"][data-theme="${theme}"]`).getAttribute('data-comments'));
}

/** Quotes must be plain text: no element inside a blockquote, whatever the comment says. */
async function expectTextQuotes(chapter: Locator): Promise<void> {
  const quotes = chapter.getByTestId('feedback-quote');
  expect(await quotes.count()).toBeGreaterThan(0);
  const children = await quotes.evaluateAll((els) => els.map((e) => e.children.length));
  expect(children.every((n) => n === 0)).toBe(true);
}

for (const lang of LANGS) {
  test(`feedback chapter on the sample data (${lang})`, async ({ page }) => {
    test.setTimeout(300_000);
    await openSample(page, lang);
    await buildReport(page);
    const chapter = page.getByTestId('chapter-feedback');
    await chapter.scrollIntoViewIfNeeded();
    await expect(chapter.getByTestId('feedback-body')).toBeVisible();

    // Every chart is drawn.
    const charts = chapter.locator('figure.chart');
    await expect(charts).toHaveCount(6);
    for (const chart of await charts.all()) await expect(chart.locator('svg').first()).toBeVisible();
    for (const id of ['themes', 'sentiment', 'links', 'trends', 'terms', 'phrases']) await expect(chapter.getByTestId(`feedback-${id}-chart`)).toBeVisible();

    // Findings in the report's language, with numbers.
    const finding = (await chapter.getByTestId('feedback-finding').textContent()) ?? '';
    expect(finding).toMatch(/\d+(\.\d+)?%/);
    expect(CJK.test(finding)).toBe(lang === 'zh');
    for (const card of ['themes', 'sentiment', 'trends', 'terms']) {
      const text = (await chapter.getByTestId(`feedback-${card}-finding`).textContent()) ?? '';
      expect(text, card).toMatch(/\d/);
      // English findings quote no Chinese; Chinese findings are Chinese sentences.
      if (lang === 'zh') expect(CJK.test(text), card).toBe(true);
    }
    for (const card of ['themes', 'sentiment', 'trends']) {
      expect(CJK.test((await chapter.getByTestId(`feedback-${card}-finding`).textContent()) ?? ''), card).toBe(lang === 'zh');
    }
    const linkFindings = chapter.getByTestId('feedback-link-finding');
    expect(await linkFindings.count()).toBeGreaterThan(0);
    expect(CJK.test((await linkFindings.first().textContent()) ?? '')).toBe(lang === 'zh');

    // Key numbers: nine themes in the table, each mentioned, the coverage line counts the comments.
    const rows = chapter.locator('[data-testid="feedback-theme-row"]');
    await expect(rows).toHaveCount(10);
    for (const theme of ['delivery', 'service', 'price', 'quality', 'features', 'returns', 'payment', 'packaging', 'app']) {
      expect(await themeCount(chapter, theme), theme).toBeGreaterThan(0);
    }
    const sentiments = await Promise.all(['positive', 'neutral', 'negative'].map(async (s) => Number(await chapter.getByTestId(`feedback-sentiment-${s}`).getAttribute('data-value'))));
    const total = sentiments.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(1000);
    await expect(chapter.getByTestId('feedback-coverage')).toContainText(new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en').format(total));

    await expectTextQuotes(chapter);
    await expect(chapter.getByTestId('feedback-quote-theme')).toHaveCount(9);

    // The grouping switch redraws the heatmap for another grouping.
    const kinds = chapter.getByTestId('feedback-links-kind').locator('button');
    await expect(kinds).toHaveCount(3);
    const shown = chapter.getByTestId('feedback-links-kind').locator('button[aria-checked="true"]');
    const first = await shown.getAttribute('data-value');
    const other = chapter.getByTestId('feedback-links-kind').locator('button[aria-checked="false"]').first();
    const otherKind = await other.getAttribute('data-value');
    await other.click();
    await expect(shown).toHaveAttribute('data-value', otherKind!);
    await expect(chapter.getByTestId('feedback-links-chart').locator('svg').first()).toBeVisible();
    await chapter.locator(`[data-testid="feedback-links-kind"] button[data-value="${first}"]`).click();

    await chapter.screenshot({ path: path.join(SHOTS, `feedback-${lang}.png`), animations: 'disabled', caret: 'hide', style: NO_HEADER });

    // Editing the dictionary: packaging also takes the quality keyword, so its count grows; restoring brings it back.
    const before = await themeCount(chapter, 'packaging');
    const quality = await themeCount(chapter, 'quality');
    const packaging = chapter.locator('[data-testid="feedback-dict-theme"][data-theme="packaging"]');
    const keyword = lang === 'zh' ? '质量' : 'quality';
    await packaging.getByTestId('feedback-dict-input').fill(keyword);
    await packaging.getByTestId('feedback-dict-add').click();
    await expect(packaging.locator(`[data-testid="feedback-dict-keyword"][data-keyword="${keyword}"]`)).toBeVisible();
    await expect(chapter.getByTestId('feedback-dict-status')).toContainText('1');
    await chapter.getByTestId('feedback-dict-apply').click();
    await waitForReport(page);
    await expect.poll(() => themeCount(chapter, 'packaging')).toBeGreaterThan(before);
    const after = await themeCount(chapter, 'packaging');
    expect(after).toBeLessThanOrEqual(before + quality);
    // The keyword can be removed again from the edited dictionary, or the built-in one restored.
    await chapter.getByTestId('feedback-dict-reset').click();
    await waitForReport(page);
    await expect.poll(() => themeCount(chapter, 'packaging')).toBe(before);
    await expect(packaging.locator(`[data-testid="feedback-dict-keyword"][data-keyword="${keyword}"]`)).toHaveCount(0);
  });
}

test('a quote containing HTML is shown as text, never run', async ({ page }) => {
  test.setTimeout(180_000);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const reviews = [
    'customer_id,comment,rating,date',
    'C1,"<b>Delivery</b> was really slow, the courier lost it",1,2024-03-02',
    'C2,"<script>alert(1)</script> the delivery driver was late again",2,2024-03-05',
    'C3,"<img src=x onerror=alert(2)> packaging was crushed, box ripped",2,2024-04-01',
    'C1,Great price and fast delivery,5,2024-04-03',
    'C2,Customer service never replied to my emails,1,2024-04-09',
  ].join('\n');
  // The report needs an orders table; three customers are enough.
  const orders = ['order_id,customer_id,order_date,amount', 'O1,C1,2024-02-01,20.5', 'O2,C2,2024-02-03,12', 'O3,C3,2024-02-10,40', 'O4,C1,2024-03-01,18'].join('\n');
  await openApp(page, 'en');
  await page.getByTestId('file-input').setInputFiles([
    { name: 'reviews.csv', mimeType: 'text/csv', buffer: Buffer.from(reviews) },
    { name: 'orders.csv', mimeType: 'text/csv', buffer: Buffer.from(orders) },
  ]);
  await waitForMapping(page, 2);
  await buildReport(page);
  const chapter = page.getByTestId('chapter-feedback');
  await chapter.scrollIntoViewIfNeeded();
  await expect(chapter.getByTestId('feedback-quote').first()).toBeVisible();
  await expectTextQuotes(chapter);
  const texts = await chapter.getByTestId('feedback-quote').allTextContents();
  expect(texts.some((t) => t.includes('<b>Delivery</b>'))).toBe(true);
  expect(texts.some((t) => t.includes('<script>alert(1)</script>'))).toBe(true);
  expect(await chapter.locator('b, script, img').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('without a feedback file the chapter says what would enable it', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page, 'zh');
  await page.getByTestId('file-input').setInputFiles(data('rfm_orders/rfm_data_orders.csv'));
  await waitForMapping(page, 1);
  await buildReport(page);
  const missing = page.getByTestId('chapter-feedback-missing');
  await expect(missing).toBeVisible();
  expect(CJK.test((await missing.textContent()) ?? '')).toBe(true);
});

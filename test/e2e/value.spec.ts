// Breaks when the customer profile, purchase behaviour or RFM value chapters stop rendering on the
// sample data (Chinese and English) or on Online Retail: a chart without its SVG, a finding in the
// wrong language or without its numbers, a segment table that does not add up to the customers of
// the overview, or settings (lead scheme, scoring method) that no longer recalculate the chapter.
// Also writes element screenshots of each chapter to test-results/shots/<chapter>-<lang>.png (and
// -retail) for a person to look at.
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, openApp, waitForMapping } from './fixtures';
import { buildReport, CJK, kpi, LANGS, openSample, type Lang } from './helpers';
import { data } from '../support/datasets';

/** The sticky app header would cover part of a tall element's screenshot. */
const NO_HEADER = 'header.header { visibility: hidden !important; }';
const CHAPTERS = ['profile', 'behaviour', 'value'] as const;

/** Into <output dir>/shots: test-results/shots unless the run was given another --output. */
async function shoot(target: Locator, name: string): Promise<void> {
  await target.page().evaluate(() => document.fonts.ready.then(() => undefined));
  const dir = path.join(test.info().project.outputDir, 'shots');
  await target.screenshot({ path: path.join(dir, `${name}.png`), animations: 'disabled', caret: 'hide', style: NO_HEADER });
}

async function waitForReport(page: Page): Promise<void> {
  await expect(page.getByTestId('report')).toHaveAttribute('data-stale', 'false', { timeout: 120_000 });
}

/** Every chart of a chapter has drawn its SVG (Plot draws once the container has a width). */
async function expectChartsDrawn(chapter: Locator, min: number): Promise<void> {
  const charts = chapter.locator('figure.chart');
  await expect.poll(() => charts.count()).toBeGreaterThanOrEqual(min);
  const n = await charts.count();
  for (let i = 0; i < n; i++) await expect(charts.nth(i).locator('svg[role="img"], figure[role="img"] svg').first(), `chart ${i}`).toBeVisible();
}

async function expectLanguage(locator: Locator, lang: Lang): Promise<void> {
  const text = (await locator.textContent()) ?? '';
  if (lang === 'zh') expect(text).toMatch(CJK);
  else expect(text, 'CJK in an English finding').not.toMatch(CJK);
}

async function segmentCounts(page: Page): Promise<Record<string, number>> {
  const rows = page.getByTestId('value-segment-row');
  const out: Record<string, number> = {};
  for (const r of await rows.all()) out[(await r.getAttribute('data-segment'))!] = Number(await r.getAttribute('data-customers'));
  return out;
}

for (const lang of LANGS) {
  test(`value chapters on the sample data (${lang})`, async ({ page }) => {
    test.setTimeout(300_000);
    await openSample(page, lang);
    await buildReport(page);
    const customers = Number(await kpi(page, 'customers'));

    for (const id of CHAPTERS) {
      const chapter = page.getByTestId(`chapter-${id}`);
      await chapter.scrollIntoViewIfNeeded();
      await expect(chapter.getByTestId(`chapter-${id}-failed`)).toHaveCount(0);
      await expect(chapter.getByTestId(`chapter-${id}-missing`)).toHaveCount(0);
    }

    // Profile: every attribute of the sample's customer table, each with a chart and a finding.
    const profile = page.getByTestId('chapter-profile');
    for (const part of ['age', 'gender', 'regions', 'cities', 'channel', 'membership']) {
      await expect(profile.getByTestId(`profile-${part}`)).toBeVisible();
      await expectLanguage(profile.getByTestId(`profile-${part}-finding`), lang);
    }
    await expectChartsDrawn(profile, 6);
    await expectLanguage(profile.getByTestId('profile-finding'), lang);

    // Behaviour: every part the sample has columns for.
    const behaviour = page.getByTestId('chapter-behaviour');
    for (const part of ['aov-part', 'orders-part', 'gaps-part', 'categories', 'category-segments', 'payment', 'discount', 'timing']) {
      await expect(behaviour.getByTestId(`behaviour-${part}`)).toBeVisible();
      await expectLanguage(behaviour.getByTestId(`behaviour-${part}-finding`), lang);
    }
    await expectChartsDrawn(behaviour, 8);

    // Value: segments add up to every customer.
    const value = page.getByTestId('chapter-value');
    await expectChartsDrawn(value, 6);
    const counts = await segmentCounts(page);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(customers);
    for (const part of ['scoring', 'segments', 'table', 'heatmap', 'distributions', 'concentration', 'recommendations-part']) {
      await expectLanguage(value.getByTestId(`value-${part}-finding`), lang);
    }
    await expect(value.getByTestId('value-recommendation').first()).toBeVisible();
    // Key numbers: the findings quote the figures of the tables and KPIs beside them.
    const top20 = Number(await value.locator('[data-testid="value-top-row"][data-share="0.2"]').getAttribute('data-value'));
    const percent = (share: number) => new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { style: 'percent', maximumFractionDigits: share < 0.1 ? 1 : 0 }).format(share);
    await expect(value.getByTestId('value-concentration-finding')).toContainText(percent(top20));
    const repeat = Number(await behaviour.getByTestId('behaviour-repeat-rate').getAttribute('data-value'));
    expect(repeat).toBeGreaterThan(0);
    expect(repeat).toBeLessThan(1);
    await expect(behaviour.getByTestId('behaviour-orders-part-finding')).toContainText(percent(repeat));
    await expect(value.getByTestId('value-score-table')).toHaveAttribute('data-levels', '5');
    await expect(value.getByTestId('value-edges')).toHaveCount(3);

    for (const id of CHAPTERS) await shoot(page.getByTestId(`chapter-${id}`), `${id}-${lang}`);
  });
}

test('Online Retail: the value chapters, and settings that recalculate them', async ({ page }) => {
  test.setTimeout(480_000);
  await openApp(page, 'en');
  await page.getByTestId('file-input').setInputFiles(data('online_retail/online_retail.csv.gz'));
  await waitForMapping(page, 1);
  await expect(page.getByTestId('checks-ok').or(page.getByTestId('problem').first())).toBeVisible();
  await buildReport(page);
  const customers = Number(await kpi(page, 'customers'));

  // No customer table, but the orders carry a country: the profile shows countries from each
  // customer's first order (United Kingdom first) and says why the other parts are missing.
  await expect(page.getByTestId('chapter-profile-missing')).toHaveCount(0);
  await expect(page.getByTestId('profile-countries-chart').locator('svg').first()).toBeVisible();
  await expect(page.getByTestId('profile-countries')).toContainText('United Kingdom');
  const behaviour = page.getByTestId('chapter-behaviour');
  await expectChartsDrawn(behaviour, 4);
  for (const part of ['categories', 'payment', 'discount']) await expect(behaviour.locator(`[data-testid="value-part-missing"][data-part="${part}"]`)).toBeVisible();
  const value = page.getByTestId('chapter-value');
  await expectChartsDrawn(value, 6);
  // The concentration numbers of the Report (checked against pandas in test/unit/value) reach the page.
  await expect(value.locator('[data-testid="value-top-row"][data-share="0.2"]')).toHaveAttribute('data-value', /^0\.746/);
  await expect(value.getByTestId('value-concentration-finding')).toContainText('75%');
  for (const id of CHAPTERS) await shoot(page.getByTestId(`chapter-${id}`), `${id}-retail-en`);

  // Quantile scores (the default) lead with the named segments.
  const table = value.getByTestId('value-segment-table');
  await expect(table).toHaveAttribute('data-scheme', 'named');
  const quantile = await segmentCounts(page);
  expect(quantile.champions).toBeGreaterThan(0);

  // Edit a named rule: champions with R 4-5 instead of 5 only take customers from later rules.
  await value.getByTestId('value-named-rules').locator('summary').click();
  await value.getByTestId('value-rule-champions-r-low').selectOption('4');
  await waitForReport(page);
  const edited = await segmentCounts(page);
  expect(edited.champions).toBeGreaterThan(quantile.champions);
  expect(Object.values(edited).reduce((a, b) => a + b, 0)).toBe(customers);
  await value.getByTestId('value-rules-restore').click();
  await waitForReport(page);
  expect(await segmentCounts(page)).toEqual(quantile);

  // Equal-size ranks: the score table has no value edges and every score holds about a fifth.
  await value.getByTestId('value-method').locator('[data-value="rank"]').click();
  await waitForReport(page);
  await expect(value.getByTestId('value-score-table')).toHaveAttribute('data-method', 'rank');
  const rank = await segmentCounts(page);
  expect(rank).not.toEqual(quantile);
  expect(Object.values(rank).reduce((a, b) => a + b, 0)).toBe(customers);
  for (const cell of await value.locator('[data-testid="value-score-row"][data-dim="recency"] td[data-score]').all()) {
    expect(Math.abs(Number(await cell.getAttribute('data-customers')) - customers / 5)).toBeLessThanOrEqual(1);
  }

  // Lead with the four value tiers: the table, the chart and the recommendations follow.
  await value.getByTestId('value-lead').locator('[data-value="tiers"]').click();
  await waitForReport(page);
  await expect(table).toHaveAttribute('data-scheme', 'tiers');
  const tiers = await segmentCounts(page);
  expect(Object.keys(tiers)).toEqual(['vip', 'growth', 'general', 'churn_risk', 'other']);
  expect(Object.values(tiers).reduce((a, b) => a + b, 0)).toBe(customers);
  await expect(value.getByTestId('value-recommendations')).toHaveAttribute('data-scheme', 'tiers');

  // The template's fixed thresholds: three levels, frequency in orders per month.
  await value.getByTestId('value-method').locator('[data-value="fixed"]').click();
  await waitForReport(page);
  await expect(value.getByTestId('value-score-table')).toHaveAttribute('data-levels', '3');
  await expect(value.locator('[data-testid="value-score-row"][data-dim="frequency"] td[data-score="3"]')).toContainText('≥ 5 per month');
  expect(await segmentCounts(page)).toEqual(tiers);
  await shoot(value, 'value-retail-fixed-en');
  // A stricter "near": fewer customers are recent enough for VIP or Growth.
  await value.getByTestId('value-fixed-r-near').fill('3');
  await value.getByTestId('value-fixed-r-near').blur();
  await waitForReport(page);
  await expect.poll(async () => (await segmentCounts(page)).vip).toBeLessThanOrEqual(tiers.vip);
  expect(Object.values(await segmentCounts(page)).reduce((a, b) => a + b, 0)).toBe(customers);

  // A recommendation rewritten by the analyst survives a recalculation; restoring brings the suggestion back.
  const vip = value.locator('[data-testid="value-recommendation"][data-segment="vip"]');
  const suggestion = await vip.getByTestId('value-recommendation-text').inputValue();
  await vip.getByTestId('value-recommendation-text').fill('Call each VIP personally before the Christmas season.');
  await vip.getByTestId('value-recommendation-text').blur();
  await expect(vip).toHaveAttribute('data-edited', 'true');
  await value.getByTestId('value-basis').locator('[data-value="median"]').click();
  await waitForReport(page);
  await expect(vip.getByTestId('value-recommendation-text')).toHaveValue('Call each VIP personally before the Christmas season.');
  await vip.getByTestId('value-recommendation-reset').click();
  await expect(vip.getByTestId('value-recommendation-text')).toHaveValue(suggestion);

  // Restore defaults: named segments with quantile scores again, the same counts as at first.
  await value.getByTestId('value-settings-reset').click();
  await waitForReport(page);
  await expect(table).toHaveAttribute('data-scheme', 'named');
  expect(await segmentCounts(page)).toEqual(quantile);
});

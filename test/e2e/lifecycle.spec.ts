// Breaks when the lifecycle chapters (同期群留存, 获客渠道效果, 转化漏斗与活跃度) stop rendering on the
// built-in sample data in either language: a chart without an SVG, a finding in the wrong language,
// cohort sizes or channel customers that no longer add up to the overview's customers, a funnel
// that grows from one step to the next, a month/week switch or a funnel window that does not
// recompute the report. On CDNOW master (shipped in test/data) the cohort matrix on screen must
// equal the pandas reference (test/reference/lifecycle/reference.json) cell by cell, and the
// chapters without channels or events must say what input would enable them.
// Also writes element screenshots to test-results/shots/<chapter>-<lang>.png for a person to look at.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, openApp, waitForMapping } from './fixtures';
import { buildReport, CJK, kpi, LANGS, openSample, type Lang } from './helpers';
import { data } from '../support/datasets';

// SHOTS_DIR moves them elsewhere (several checkouts' runs share test-results, and each run empties it).
const SHOTS = process.env.SHOTS_DIR ?? path.resolve('test-results/shots');
/** The sticky app header would cover part of a tall element's screenshot. */
const NO_HEADER = 'header.header { visibility: hidden !important; } [data-testid="rebuild-progress"] { display: none !important; }';

interface RefCohort {
  size: number;
  active: number[];
  on_or_after: number[];
  orders: number[];
}
const REF: Record<string, RefCohort> = JSON.parse(readFileSync(path.resolve('test/reference/lifecycle/reference.json'), 'utf8')).cdnow_master.cohorts;

async function shoot(target: Locator, name: string): Promise<void> {
  // A chart under the pointer shows its export buttons; the picture is of the chapter at rest.
  await target.page().mouse.move(0, 0);
  await target.page().evaluate(() => document.fonts.ready.then(() => undefined));
  await target.screenshot({ path: path.join(SHOTS, `${name}.png`), animations: 'disabled', caret: 'hide', style: NO_HEADER });
}

async function waitForReport(page: Page): Promise<void> {
  await expect(page.getByTestId('report')).toHaveAttribute('data-stale', 'false', { timeout: 120_000 });
}

/** Every chart of a chapter is drawn: one SVG per figure. */
async function expectCharts(chapter: Locator, atLeast: number): Promise<void> {
  const figures = chapter.locator('figure.chart');
  await expect(figures.first()).toBeVisible();
  const n = await figures.count();
  expect(n).toBeGreaterThanOrEqual(atLeast);
  for (let i = 0; i < n; i++) await expect(figures.nth(i).locator('svg[role="img"]'), `chart ${i}`).toHaveCount(1);
}

async function expectLanguage(finding: Locator, lang: Lang): Promise<void> {
  const text = (await finding.textContent()) ?? '';
  expect(text.length).toBeGreaterThan(20);
  if (lang === 'zh') expect(text).toMatch(CJK);
  else expect(text).not.toMatch(CJK);
}

async function num(locator: Locator, attr = 'data-value'): Promise<number> {
  const v = await locator.getAttribute(attr);
  expect(v, attr).not.toBeNull();
  return Number(v);
}

/** The cells of the heatmap's screen-reader table: one array per cohort row (label, size, values). */
async function heatmapCells(chapter: Locator): Promise<string[][]> {
  return chapter.getByTestId('cohort-heatmap').locator('table tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')));
}

async function pick(group: Locator, value: string): Promise<void> {
  await group.locator(`[data-value="${value}"]`).click();
}

for (const lang of LANGS) {
  test(`lifecycle chapters on the sample data (${lang})`, async ({ page }) => {
    test.setTimeout(360_000);
    await openSample(page, lang);
    await buildReport(page);
    const customers = Number(await kpi(page, 'customers'));

    // 同期群留存
    const cohorts = page.getByTestId('chapter-cohorts');
    await cohorts.scrollIntoViewIfNeeded();
    await expectCharts(cohorts, 3);
    await expectLanguage(cohorts.getByTestId('cohorts-finding'), lang);
    expect(await num(cohorts.getByTestId('cohorts-customers'))).toBe(customers);
    const matrix = cohorts.getByTestId('cohort-matrix');
    const monthRows = await num(matrix, 'data-rows');
    expect(monthRows).toBe(await num(cohorts.getByTestId('cohorts-count')));
    const churnShort = await num(cohorts.getByTestId('cohorts-churn-short'));
    const churnLong = await num(cohorts.getByTestId('cohorts-churn-long'));
    expect(churnShort).toBeGreaterThan(0);
    expect(churnLong).toBeGreaterThanOrEqual(churnShort);
    await shoot(cohorts, `cohorts-${lang}`);

    // 获客渠道效果
    const channels = page.getByTestId('chapter-channels');
    await channels.scrollIntoViewIfNeeded();
    await expectCharts(channels, 2);
    await expectLanguage(channels.getByTestId('channels-finding'), lang);
    const rows = channels.getByTestId('channel-row');
    expect(await rows.count()).toBeGreaterThanOrEqual(6);
    let sum = 0;
    for (let i = 0; i < (await rows.count()); i++) sum += await num(rows.nth(i), 'data-customers');
    expect(sum).toBe(customers);
    await shoot(channels, `channels-${lang}`);

    // 转化漏斗与活跃度
    const funnel = page.getByTestId('chapter-funnel');
    await funnel.scrollIntoViewIfNeeded();
    await expectCharts(funnel, 6);
    await expectLanguage(funnel.getByTestId('funnel-finding'), lang);
    await expectLanguage(funnel.getByTestId('activity-finding'), lang);
    const steps = funnel.getByTestId('funnel-step');
    await expect(steps).toHaveCount(4);
    const people = [];
    for (let i = 0; i < 4; i++) people.push(await num(steps.nth(i), 'data-people'));
    for (let i = 1; i < 4; i++) expect(people[i]).toBeLessThanOrEqual(people[i - 1]);
    expect(people[3]).toBeGreaterThan(0);
    await shoot(funnel, `funnel-${lang}`);

    // The matrix switch draws another of the Report's matrices without recomputing.
    await cohorts.scrollIntoViewIfNeeded();
    const before = await heatmapCells(cohorts);
    await pick(cohorts.getByTestId('cohort-metric'), 'revenueRetention');
    await expect(matrix).toHaveAttribute('data-metric', 'revenueRetention');
    await expect(cohorts.getByTestId('cohort-heatmap').locator('svg[role="img"]')).toHaveCount(1);
    expect(await heatmapCells(cohorts)).not.toEqual(before);
    await pick(cohorts.getByTestId('cohort-metric'), 'retention');

    // Month → week recomputes the cohorts: more, smaller cohorts, 13- and 26-week churn.
    await pick(cohorts.getByTestId('cohort-period'), 'week');
    await waitForReport(page);
    await expect(matrix).toHaveAttribute('data-period', 'week');
    const weekRows = await num(matrix, 'data-rows');
    expect(weekRows).toBeGreaterThan(monthRows * 3);
    expect(await num(cohorts.getByTestId('cohorts-customers'))).toBe(customers);
    await expectCharts(cohorts, 3);
    expect((await heatmapCells(cohorts))[0]).not.toEqual(before[0]);
    await shoot(cohorts, `cohorts-week-${lang}`);
    await pick(cohorts.getByTestId('cohort-period'), 'month');
    await waitForReport(page);
    await expect(matrix).toHaveAttribute('data-rows', String(monthRows));

    // A one-day window can only lose paths.
    await funnel.scrollIntoViewIfNeeded();
    await funnel.getByTestId('funnel-window').fill('1');
    await funnel.getByTestId('funnel-window').press('Enter');
    await expect(funnel.getByTestId('funnel-events')).toHaveAttribute('data-window', '1', { timeout: 120_000 });
    await waitForReport(page);
    const narrow = await num(steps.nth(3), 'data-people');
    expect(narrow).toBeLessThanOrEqual(people[3]);
    expect(await num(steps.nth(0), 'data-people')).toBe(people[0]);
  });
}

test('CDNOW master: the cohort matrices equal the pandas reference, cell by cell', async ({ page }) => {
  test.setTimeout(360_000);
  await openApp(page, 'en');
  await page.getByTestId('file-input').setInputFiles(data('cdnow/CDNOW_master.txt'));
  await waitForMapping(page, 1);
  await buildReport(page);
  const cohorts = page.getByTestId('chapter-cohorts');
  await cohorts.scrollIntoViewIfNeeded();
  await expectCharts(cohorts, 3);
  await expectLanguage(cohorts.getByTestId('cohorts-finding'), 'en');

  const label = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', timeZone: 'UTC' });
  const pct = new Intl.NumberFormat('en', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const int = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
  const periods = Object.keys(REF).sort();
  const expected = (cell: (c: RefCohort, k: number) => string) =>
    periods.map((p) => {
      const c = REF[p];
      const [y, m] = p.split('-').map(Number);
      return [label.format(new Date(Date.UTC(y, m - 1, 1))), int.format(c.size), ...c.active.map((_, k) => cell(c, k))];
    });
  const share = (n: number, of: number) => pct.format(n / of >= 0.9995 && n < of ? 0.999 : n / of);

  expect(await heatmapCells(cohorts)).toEqual(expected((c, k) => share(c.on_or_after[k], c.size)));
  await pick(cohorts.getByTestId('cohort-metric'), 'returnOn');
  expect(await heatmapCells(cohorts)).toEqual(expected((c, k) => share(c.active[k], c.size)));
  await pick(cohorts.getByTestId('cohort-metric'), 'orders');
  expect(await heatmapCells(cohorts)).toEqual(expected((c, k) => int.format(c.orders[k])));
  await pick(cohorts.getByTestId('cohort-metric'), 'retention');
  expect(await num(cohorts.getByTestId('cohorts-customers'))).toBe(Object.values(REF).reduce((n, c) => n + c.size, 0));
  await shoot(cohorts, 'cohorts-cdnow-en');

  // No channel column and no events: each part says what would enable it; activity comes from purchases.
  await expect(page.getByTestId('chapter-channels-missing')).toBeVisible();
  const funnel = page.getByTestId('chapter-funnel');
  await expect(funnel.getByTestId('funnel-missing')).toBeVisible();
  await expect(funnel.getByTestId('activity')).toHaveAttribute('data-basis', 'purchases');
  await expectCharts(funnel, 4);
  await shoot(page.getByTestId('chapter-channels'), 'channels-cdnow-en');
  await shoot(funnel, 'funnel-cdnow-en');
});

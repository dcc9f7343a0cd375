// Breaks when the K-means chapter does not render on the sample data in Chinese and English or on
// Online Retail: a chart without an SVG, a cluster table whose rows are not the k the chapter
// reports, findings in the wrong language or without the customer count, or fixing k in the
// settings not changing the number of clusters (and "automatic" not bringing the chosen k back).
// Saves test-results/shots/clusters-<lang>.png and clusters-online-retail.png for a person to look at.
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, openApp, waitForMapping } from './fixtures';
import { buildReport, CJK, kpi, LANGS, openSample } from './helpers';
import { data } from '../support/datasets';

const SHOTS = path.resolve('test-results/shots');
/** The sticky app header would cover part of a tall element's screenshot. */
const NO_HEADER = 'header.header { visibility: hidden !important; }';
const CHARTS = ['clusters-elbow', 'clusters-silhouette', 'clusters-scatter', 'clusters-profile'];

async function shoot(target: Locator, name: string): Promise<void> {
  // Away from the charts, whose save buttons show on hover.
  await target.page().mouse.move(0, 0);
  await target.screenshot({ path: path.join(SHOTS, `${name}.png`), animations: 'disabled', caret: 'hide', style: NO_HEADER });
}

async function waitForReport(page: Page): Promise<void> {
  await expect(page.getByTestId('report')).toHaveAttribute('data-stale', 'false', { timeout: 180_000 });
}

/** The chapter's k, after checking every chart has drawn and the table has one row per cluster. */
async function expectRendered(chapter: Locator): Promise<number> {
  await chapter.scrollIntoViewIfNeeded();
  for (const id of CHARTS) await expect(chapter.getByTestId(id).locator('svg').first(), id).toBeVisible();
  const k = Number(await chapter.locator('[data-k]').getAttribute('data-k'));
  expect(k).toBeGreaterThanOrEqual(2);
  await expect(chapter.getByTestId('cluster-row')).toHaveCount(k);
  await expect(chapter.getByTestId('clusters-crosstab')).toBeVisible();
  return k;
}

for (const lang of LANGS) {
  test(`clusters chapter on the sample data (${lang})`, async ({ page }) => {
    test.setTimeout(240_000);
    await openSample(page, lang);
    await buildReport(page);
    const chapter = page.getByTestId('chapter-clusters');
    const k = await expectRendered(chapter);

    const findings = chapter.getByTestId('clusters-finding');
    await expect(findings.first()).toBeVisible();
    const text = (await findings.allInnerTexts()).join(' ');
    if (lang === 'zh') expect(text).toMatch(CJK);
    else expect(text).not.toMatch(CJK);
    const customers = Number(await kpi(page, 'customers'));
    expect(text).toContain(new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en').format(customers));
    // Every cluster has a generated name in the page's language.
    const names = await chapter.getByTestId('cluster-name').allInnerTexts();
    expect(names).toHaveLength(k);
    for (const name of names) expect(name.length).toBeGreaterThan(0);
    if (lang === 'zh') expect(names.join('')).toMatch(CJK);
    else expect(names.join('')).not.toMatch(CJK);
    await shoot(chapter, `clusters-${lang}`);

    // Fixing k changes the number of clusters; automatic brings the chosen k back.
    const fixed = k === 3 ? 4 : 3;
    await chapter.getByTestId('clusters-k').locator(`button[data-value="${fixed}"]`).click();
    await waitForReport(page);
    await expect(chapter.locator('[data-k]')).toHaveAttribute('data-k', String(fixed));
    await expect(chapter.getByTestId('cluster-row')).toHaveCount(fixed);
    await expect(chapter.locator('[data-chosen-by]')).toHaveAttribute('data-chosen-by', 'user');
    for (const id of CHARTS) await expect(chapter.getByTestId(id).locator('svg').first(), id).toBeVisible();
    if (lang === 'en') await shoot(chapter, `clusters-${lang}-k${fixed}`);

    await chapter.getByTestId('clusters-k').locator('button[data-value="auto"]').click();
    await waitForReport(page);
    await expect(chapter.locator('[data-k]')).toHaveAttribute('data-k', String(k));
    await expect(chapter.getByTestId('cluster-row')).toHaveCount(k);
  });
}

test('clusters chapter: an extra feature joins the clustering', async ({ page }) => {
  test.setTimeout(240_000);
  await openSample(page, 'en');
  await buildReport(page);
  const chapter = page.getByTestId('chapter-clusters');
  await chapter.scrollIntoViewIfNeeded();
  const aov = chapter.locator('[data-testid="clusters-features"] li[data-feature="aov"]');
  await expect(aov).toHaveAttribute('data-used', 'false');
  const aovTick = chapter.getByTestId('clusters-profile').locator('svg text').filter({ hasText: /^AOV$/ });
  await expect(aovTick).toHaveCount(0);
  await chapter.getByTestId('clusters-feature-aov').check();
  await waitForReport(page);
  await expect(aov).toHaveAttribute('data-used', 'true');
  // The profile chart now has the average order value on its feature axis.
  await expect(aovTick).toHaveCount(1);
});

test('clusters chapter on Online Retail', async ({ page }) => {
  test.setTimeout(360_000);
  await openApp(page, 'en');
  await page.getByTestId('file-input').setInputFiles(data('online_retail/online_retail.csv.gz'));
  await waitForMapping(page, 1);
  await expect(page.getByTestId('checks-ok').or(page.getByTestId('problem').first())).toBeVisible();
  await buildReport(page);
  const chapter = page.getByTestId('chapter-clusters');
  const k = await expectRendered(chapter);
  // test/reference/kmeans/online_retail.json: scikit-learn's silhouette picks k = 2.
  expect(k).toBe(2);
  const text = (await chapter.getByTestId('clusters-finding').allInnerTexts()).join(' ');
  expect(text).toContain('4,338');
  await shoot(chapter, 'clusters-online-retail');
});

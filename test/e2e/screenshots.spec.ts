// Full-page screenshots of the upload screen, the mapping screen (sample data) and the report, in
// Chinese and English at 1280x900, for a person to look at: test-results/screenshots/<screen>-<locale>.png
// (test-results is gitignored, and Playwright empties it at the start of every run). Breaks when
// one of these screens cannot be reached, or when a screen is wider than the window (a horizontal
// scroll bar at 1280 px means something does not wrap).
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { buildReport, LANGS, openSample } from './helpers';

const DIR = path.resolve('test-results/screenshots');

async function shoot(page: Page, screen: string, lang: string): Promise<void> {
  // Let layout, fonts and the last reactive updates settle.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.evaluate(() => window.scrollTo(0, 0));
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${screen} (${lang}) is wider than the window`).toBeLessThanOrEqual(1280);
  await page.screenshot({ path: path.join(DIR, `${screen}-${lang}.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
}

for (const lang of LANGS) {
  test(`screenshots of the three screens (${lang})`, async ({ page }) => {
    expect(page.viewportSize()).toEqual({ width: 1280, height: 900 });
    await openApp(page, lang);
    await expect(page.getByTestId('engine-status')).toHaveAttribute('data-value', 'ready');
    await shoot(page, 'upload', lang);

    await openSample(page, lang);
    await expect(page.getByTestId('checks-ok').or(page.getByTestId('problem').first())).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await shoot(page, 'mapping', lang);

    await buildReport(page);
    await shoot(page, 'report', lang);
  });
}

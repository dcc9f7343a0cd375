// The report as a document (issue 8), on the sample data in both languages. Breaks when:
// - a chapter of the table of contents does not render, the contents stop following the scroll
//   position, or the executive summary is empty;
// - the HTML export needs script or network to show its charts (it is opened in a fresh context
//   with JavaScript disabled and the network offline, and must show as many charts as the page),
//   or loses what the analyst typed into the action plan;
// - print-to-PDF stops giving A4 pages with a chapter per page (the PDF and PNGs of its pages are
//   kept in test-results/shots for a person to look at);
// - the customer CSV loses its BOM, its Chinese segment names or one customer, or the Parquet file
//   another row count;
// - the settings panel no longer recomputes the report (title and RFM levels), or the downloaded
//   JSON stops validating against docs/report.schema.json;
// - axe-core finds a serious or critical accessibility violation in the report.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { parquetReadObjects } from 'hyparquet';
import Ajv from 'ajv';
import type { Page } from '@playwright/test';
import { test, expect, openApp, waitForMapping } from './fixtures';
import { data } from '../support/datasets';
import { buildReport, CJK, LANGS, openSample } from './helpers';

// E2E_SHOTS moves the files elsewhere when another run may empty test-results meanwhile.
const SHOTS = path.resolve(process.env.E2E_SHOTS ?? 'test-results/shots');
const require = createRequire(import.meta.url);

async function download(page: Page, testid: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByTestId('export-open').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

for (const lang of LANGS) {
  test(`the report as a document (${lang})`, async ({ page, browser }) => {
    test.setTimeout(300_000);
    mkdirSync(SHOTS, { recursive: true });
    await openSample(page, lang);
    await buildReport(page);

    // Every chapter of the table of contents is on the page; the summary has findings.
    const tocLinks = await page.locator('nav.toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(tocLinks.length).toBeGreaterThanOrEqual(12);
    for (const href of tocLinks) await expect(page.locator(href!)).toBeVisible();
    // The table of contents follows the reading position.
    await page.locator('nav.toc a[href="#chapter-clv"]').click();
    await expect(page.locator('nav.toc a[href="#chapter-clv"]')).toHaveAttribute('aria-current', 'location');
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(page.locator('nav.toc a[href="#chapter-overview"]')).toHaveAttribute('aria-current', 'location');
    const findings = page.getByTestId('summary-finding');
    expect(await findings.count()).toBeGreaterThanOrEqual(4);
    if (lang === 'zh') await expect(findings.first()).toHaveText(CJK);

    // Charts are drawn lazily as they mount; wait until the count settles.
    await expect(page.locator('[data-testid="report"] .chapters figure.chart svg').first()).toBeVisible();
    const charts = await page.locator('[data-testid="report"] .chapters figure.chart').count();

    // The action plan: typed text stays in the exported file, as text (never as markup).
    const owner = '<b>Ops</b> 张三';
    await expect(page.getByTestId('plan-row').first()).toBeVisible();
    await page.getByTestId('plan-owner').first().fill(owner);
    await page.getByTestId('plan-owner').first().blur();

    // HTML export: opens with scripts disabled and offline, shows every chart, asks for nothing.
    const html = await download(page, 'export-html');
    expect(html.name).toMatch(/\.html$/);
    const file = path.join(SHOTS, `report-${lang}.html`);
    mkdirSync(SHOTS, { recursive: true });
    writeFileSync(file, html.bytes);
    const text = html.bytes.toString('utf8');
    expect(text).not.toMatch(/<script/i);
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true, viewport: { width: 1280, height: 900 } });
    const requested: string[] = [];
    context.on('request', (r) => requested.push(r.url()));
    const exported = await context.newPage();
    await exported.goto(`file://${file}`);
    await expect(exported.locator('h1')).toBeVisible();
    expect(await exported.locator('figure.chart').count()).toBe(charts);
    expect(await exported.locator('figure.chart svg').count()).toBeGreaterThanOrEqual(charts);
    expect(await exported.locator('button, input, select').count()).toBe(0);
    await expect(exported.locator('[data-testid="action-plan"]')).toContainText(owner);
    expect(await exported.locator('[data-testid="action-plan"] b').count()).toBe(0);
    await exported.screenshot({ path: path.join(SHOTS, `export-html-${lang}.png`), fullPage: false });
    expect(requested.filter((u) => !u.startsWith('file://'))).toEqual([]);
    await context.close();

    // Print to PDF: A4 pages, more than one (each chapter starts a page).
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const pdfFile = path.join(SHOTS, `report-${lang}.pdf`);
    mkdirSync(SHOTS, { recursive: true });
    writeFileSync(pdfFile, pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(tocLinks.length - 1);
    try {
      // For a person to look at; poppler-utils is optional on a test machine.
      execFileSync('pdftoppm', ['-png', '-r', '50', '-l', '6', pdfFile, path.join(SHOTS, `pdf-${lang}`)]);
    } catch {
      /* no pdftoppm: the PDF itself is kept */
    }

    // Customer results: CSV with BOM and names in the report's language; Parquet with the same rows.
    const customers = Number(await page.getByTestId('kpi-customers').getAttribute('data-value'));
    const csv = await download(page, 'export-customers-csv');
    expect(csv.name).toMatch(/\.csv$/);
    const csvText = csv.bytes.toString('utf8');
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    const lines = csvText.trimEnd().split('\r\n');
    expect(lines.length - 1).toBeLessThanOrEqual(customers);
    expect(lines.length - 1).toBeGreaterThan(customers * 0.5);
    if (lang === 'zh') expect(csvText).toMatch(/重要价值客户|一般挽留客户|冠军客户/);
    else expect(csvText).not.toMatch(CJK);
    const parquet = await download(page, 'export-customers-parquet');
    const buffer = parquet.bytes.buffer.slice(parquet.bytes.byteOffset, parquet.bytes.byteOffset + parquet.bytes.byteLength) as ArrayBuffer;
    const rows = await parquetReadObjects({ file: buffer });
    expect(rows).toHaveLength(lines.length - 1);

    // Settings: a title shows in the header; three RFM levels recompute the report.
    await page.getByTestId('settings-open').click();
    await page.getByTestId('settings-title').fill(lang === 'zh' ? '2024 年客户分析' : 'Customer review 2024');
    await page.getByTestId('settings-bins').selectOption('3');
    await page.getByTestId('settings-apply').click();
    await expect(page.getByTestId('report-title')).toHaveText(lang === 'zh' ? '2024 年客户分析' : 'Customer review 2024');
    await expect(page.getByTestId('report')).toHaveAttribute('data-stale', 'false', { timeout: 120_000 });
    await page.getByTestId('export-open').click();
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-json').click()]);
    const report = JSON.parse(readFileSync(await json.path(), 'utf8'));
    expect(report.options.value.rfm.bins).toBe(3);
    // The downloaded JSON keeps the documented contract (docs/report-schema.md).
    const schema = JSON.parse(readFileSync(path.resolve('docs/report.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);

    // Accessibility: no serious or critical axe-core violation on the report.
    // Evaluated through the DevTools protocol: the page's CSP (rightly) refuses an injected <script>.
    await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document.querySelector('[data-testid="report"]'), { resultTypes: ['violations'] });
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    });
    expect(violations).toEqual([]);
  });
}

// The same document on a real export (Online Retail: orders only, no customer table, events or
// feedback), in both languages (one build, the language switched on the built report): every
// chapter is there (drawn, or one line naming the input it needs), and the exported HTML shows
// every chart with scripts off and the network offline.
test('the Online Retail report as a document (zh, then en)', async ({ page, browser }) => {
  test.setTimeout(480_000);
  await openApp(page, 'zh');
  await page.getByTestId('file-input').setInputFiles(data('online_retail/online_retail.csv.gz'));
  await waitForMapping(page, 1);
  await buildReport(page);
  for (const lang of LANGS) {
    await page.getByTestId(`lang-${lang}`).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
    const tocLinks = await page.locator('nav.toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of tocLinks) await expect(page.locator(href!)).toBeVisible();
    // Without channels, events or feedback those chapters say what would enable them.
    for (const id of ['channels', 'feedback']) await expect(page.getByTestId(`chapter-${id}-missing`)).toBeVisible();
    expect(await page.locator('[data-testid$="-failed"]').count()).toBe(0);
    expect(await page.getByTestId('summary-finding').count()).toBeGreaterThanOrEqual(3);
    const charts = await page.locator('[data-testid="report"] .chapters figure.chart').count();
    expect(charts).toBeGreaterThanOrEqual(15);

    const html = await download(page, 'export-html');
    const file = path.join(SHOTS, `retail-${lang}.html`);
    mkdirSync(SHOTS, { recursive: true });
    writeFileSync(file, html.bytes);
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const exported = await context.newPage();
    await exported.goto(`file://${file}`);
    expect(await exported.locator('figure.chart').count()).toBe(charts);
    if (lang === 'zh') await expect(exported.locator('h1')).toHaveText(CJK);
    else expect(await exported.locator('body').innerText()).not.toMatch(/[\u4e00-\u9fff]{4,}/);
    await context.close();
  }
});

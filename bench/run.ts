/**
 * npm run bench — the benchmark of record (first version).
 * Generates a transactions CSV with the project's seeded generator, serves the production build,
 * loads the file in headless Chromium through the real UI and times each stage. The last line
 * printed is one JSON object with every figure. Options: --rows N (default 1,000,000).
 */
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { generateTransactionsCsv } from '../src/analysis/sample/generate';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1]);
const rows = Number(args.get('rows') ?? 1_000_000);
const seed = 42;
const outDir = path.resolve('bench/out');
mkdirSync(outDir, { recursive: true });
const file = path.join(outDir, `transactions-${rows}-s${seed}.csv`);

async function generate(): Promise<number> {
  if (existsSync(file)) return 0;
  const t0 = performance.now();
  const out = createWriteStream(file);
  for (const chunk of generateTransactionsCsv({ rows, seed })) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const generateMs = await generate();
  const bytes = statSync(file).size;
  const server = await preview({ preview: { host: '127.0.0.1', port: 4199, strictPort: true, open: false }, logLevel: 'error' });
  const url = server.resolvedUrls!.local[0];
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const tOpen = performance.now();
    await page.goto(url);
    await page.getByTestId('lang-en').click();
    await page.getByTestId('file-input').waitFor({ state: 'attached' });
    const shellMs = performance.now() - tOpen;
    const tLoad = performance.now();
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByTestId('dataset-card').waitFor({ timeout: 600_000 });
    const loadMs = performance.now() - tLoad;
    const shownRows = Number(await page.getByTestId('dataset-rows').getAttribute('data-value'));
    const timings = page.getByTestId('dataset-timings');
    const readMs = Number(await timings.getAttribute('data-read-ms'));
    const understandMs = Number(await timings.getAttribute('data-understand-ms'));
    const tReport = performance.now();
    await page.getByTestId('build-report').click();
    await page.getByTestId('report').waitFor({ timeout: 600_000 });
    const reportMs = performance.now() - tReport;
    const memory = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null);
    const result = {
      rows,
      bytes,
      rowsLoaded: shownRows,
      generate_ms: Math.round(generateMs),
      shell_ms: Math.round(shellMs),
      load_ms: Math.round(loadMs),
      read_ms: readMs,
      understand_ms: understandMs,
      report_ms: Math.round(reportMs),
      total_ms: Math.round(loadMs + reportMs),
      main_heap_bytes: memory,
    };
    console.log('\nstage                      time');
    console.log(`generate CSV (${(bytes / 1e6).toFixed(0)} MB)     ${result.generate_ms ? `${result.generate_ms} ms` : 'cached'}`);
    console.log(`app shell ready            ${result.shell_ms} ms`);
    console.log(`read into DuckDB           ${readMs} ms   (${shownRows.toLocaleString('en')} rows)`);
    console.log(`understand columns         ${understandMs} ms`);
    console.log(`drop to mapping screen     ${result.load_ms} ms`);
    console.log(`report (overview)          ${result.report_ms} ms`);
    if (shownRows !== rows) throw new Error(`loaded ${shownRows} rows, expected ${rows}`);
    console.log(JSON.stringify(result));
  } finally {
    await browser.close();
    server.httpServer.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

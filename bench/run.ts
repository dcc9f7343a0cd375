/**
 * npm run bench — the benchmark of record.
 * Generates a transactions CSV with the project's seeded generator, serves the production build,
 * loads the file in headless Chromium through the real UI and times each stage; then runs the
 * same file through the same Engine and SQL on native DuckDB with one thread (bench/native.ts,
 * the command line's path) and prints browser / native per stage. The last line printed is one
 * JSON object with every figure. Options: --rows N (default 1,000,000).
 */
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { generateTransactionsCsv } from '../src/analysis/sample/generate';
import { byStep, nativePass, ratio, type StageTime } from './native';

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
  let closed = false;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(WATCH_LONG_TASKS);
    const tOpen = performance.now();
    await page.goto(url);
    await page.getByTestId('lang-en').click();
    await page.getByTestId('file-input').waitFor({ state: 'attached' });
    const roundTripMs = performance.now() - tOpen;
    // In-page figures, from the start of navigation: the app mounted (it answers input), and the
    // engine's WebAssembly fetched and compiled. The round trip above adds the test driver's own
    // latency (launching the navigation, the click), so it is printed but not the target.
    await page.waitForFunction(() => performance.getEntriesByName('clientele:engine-ready').length > 0, null, { timeout: 120_000 });
    const [shellMs, engineReadyMs] = (await page.evaluate(() =>
      ['clientele:interactive', 'clientele:engine-ready'].map((name) => performance.getEntriesByName(name)[0].startTime),
    )) as number[];
    const tLoad = performance.now();
    const pageLoadStart = (await page.evaluate('performance.now()')) as number;
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByTestId('dataset-card').waitFor({ timeout: 600_000 });
    const loadMs = performance.now() - tLoad;
    const shownRows = Number(await page.getByTestId('dataset-rows').getAttribute('data-value'));
    const timings = page.getByTestId('dataset-timings');
    const readMs = Number(await timings.getAttribute('data-read-ms'));
    const understandMs = Number(await timings.getAttribute('data-understand-ms'));
    await page.evaluate(WATCH_REPORT_STEPS);
    const tReport = performance.now();
    await page.getByTestId('build-report').click();
    await page.locator('[data-testid="report"][data-complete="true"]').waitFor({ timeout: 600_000 });
    const reportMs = performance.now() - tReport;
    const marks = (await page.evaluate('window.__benchSteps')) as StepMark[];
    const memory = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null);
    const engineWorker = page.workers().find((w) => w.url().includes('engine.worker'));
    const wasmBytes = engineWorker ? ((await engineWorker.evaluate('self.clienteleWasmBytes?.() ?? null')) as number | null) : null;
    const compact = engineWorker ? ((await engineWorker.evaluate('self.clienteleCompact?.() ?? null')) as boolean | null) : null;
    const longTasks = longTaskStats((await page.evaluate('window.__benchLongTasks')) as LongTask[], pageLoadStart);
    await browser.close();
    server.httpServer.close();
    closed = true;

    // The native pass runs after the browser has closed, so the two never share the CPU.
    const native = await nativePass(file, 1);
    const browserSteps = stepTimes(marks, native.steps.map((x) => x.step));
    const bSteps = byStep(browserSteps);
    const nSteps = byStep(native.steps);
    const nSql = byStep(native.steps, (x) => x.sql_ms);
    const ratios = {
      read: ratio(readMs, native.read_ms),
      understand: ratio(understandMs, native.understand_ms),
      report: ratio(reportMs, native.report_ms),
      steps: Object.fromEntries([...nSteps].map(([step, ms]) => [step, ratio(bSteps.get(step) ?? 0, ms)])),
    };
    const result = {
      rows,
      bytes,
      rowsLoaded: shownRows,
      generate_ms: Math.round(generateMs),
      shell_ms: Math.round(shellMs),
      shell_round_trip_ms: Math.round(roundTripMs),
      engine_ready_ms: Math.round(engineReadyMs),
      load_ms: Math.round(loadMs),
      read_ms: readMs,
      understand_ms: understandMs,
      report_ms: Math.round(reportMs),
      total_ms: Math.round(loadMs + reportMs),
      main_heap_bytes: memory,
      wasm_peak_bytes: wasmBytes,
      compressed_tables: compact,
      long_tasks: longTasks,
      browser_steps: Object.fromEntries([...bSteps].map(([k, v]) => [k, Math.round(v)])),
      native,
      ratios,
    };
    console.log('\nstage                      time');
    console.log(`generate CSV (${(bytes / 1e6).toFixed(0)} MB)     ${result.generate_ms ? `${result.generate_ms} ms` : 'cached'}`);
    console.log(`app shell interactive      ${result.shell_ms} ms   (in the page; ${result.shell_round_trip_ms} ms as the test driver sees it)`);
    console.log(`engine ready (WASM)        ${result.engine_ready_ms} ms   (fetched and compiled while the user picks a file)`);
    console.log(`read into DuckDB           ${readMs} ms   (${shownRows.toLocaleString('en')} rows)`);
    console.log(`understand columns         ${understandMs} ms`);
    console.log(`drop to mapping screen     ${result.load_ms} ms`);
    console.log(`report (overview)          ${result.report_ms} ms`);
    console.log(`peak WebAssembly memory    ${wasmBytes === null ? '-' : `${Math.round(wasmBytes / 2 ** 20)} MiB`}   (tables ${compact ? 'compressed' : 'plain'})`);
    console.log(
      `main thread, drop to report: ${longTasks.count} long tasks (> 50 ms), ${longTasks.over200} over 200 ms, longest ${longTasks.max_ms} ms, ${longTasks.total_ms} ms in all`,
    );
    console.log('\nstage (browser vs native DuckDB, 1 thread)   browser     native   browser/native   native in SQL');
    const line = (name: string, b: number, n: number, sql?: number) =>
      console.log(
        `${name.padEnd(44)} ${`${Math.round(b)} ms`.padStart(9)} ${`${Math.round(n)} ms`.padStart(10)}   ${String(ratio(b, n) ?? '-').padStart(14)}   ${sql === undefined ? '' : `${Math.round(sql)} ms`.padStart(13)}`,
      );
    line('read into DuckDB', readMs, native.read_ms, native.read_sql_ms);
    line('understand columns', understandMs, native.understand_ms, native.understand_sql_ms);
    for (const [step, ms] of nSteps) line(`  report step: ${step}`, bSteps.get(step) ?? 0, ms, nSql.get(step));
    line('report total', reportMs, native.report_ms);
    console.log(
      `Both columns include the stage's JS (inference, k-means, model fits: Chromium's V8 vs Node's); "native in SQL" is the part spent in DuckDB statements. ` +
        `The native report includes ${native.encode_ms} ms re-encoding results as Arrow for the Engine; the browser's includes rendering the report.`,
    );
    if (shownRows !== rows) throw new Error(`loaded ${shownRows} rows, expected ${rows}`);
    if (native.rows !== rows) throw new Error(`native loaded ${native.rows} rows, expected ${rows}`);
    console.log(JSON.stringify(result));
  } finally {
    if (!closed) {
      await browser.close();
      server.httpServer.close();
    }
  }
}

interface LongTask {
  start: number;
  duration: number;
}

/** Main-thread tasks over 50 ms (the Long Tasks API) from the file drop on, in page time. */
function longTaskStats(tasks: LongTask[], from: number) {
  const after = (tasks ?? []).filter((t) => t.start >= from).map((t) => Math.round(t.duration));
  return {
    count: after.length,
    over200: after.filter((d) => d > 200).length,
    max_ms: after.length ? Math.max(...after) : 0,
    total_ms: after.reduce((a, b) => a + b, 0),
    durations_ms: after,
  };
}

/** Registered before the page loads: every long task of the main thread, buffered from the start. */
const WATCH_LONG_TASKS = `(() => {
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
})()`;

interface StepMark {
  n: number;
  t: number;
}

/**
 * Runs in the page before "build report" is clicked: records when each report step starts (the
 * progress bar's "Step n of total", n = RunProgress.done + 1) and when the report screen shows.
 * A step too short to be rendered on its own is counted in the one before it. Plain JS text, not
 * a function: tsx would compile a function with helpers (__name) that do not exist in the page.
 */
const WATCH_REPORT_STEPS = `(() => {
  window.__benchSteps = [];
  let last = 0;
  const observer = new MutationObserver(() => {
    const el = document.querySelector('[data-testid="report-progress"]');
    const m = el && el.textContent ? el.textContent.match(/Step (\\d+) of (\\d+)/) : null;
    if (m && Number(m[1]) !== last) {
      last = Number(m[1]);
      window.__benchSteps.push({ n: last, t: performance.now() });
    }
    if (document.querySelector('[data-testid="report"][data-complete="true"]')) {
      window.__benchSteps.push({ n: -1, t: performance.now() });
      observer.disconnect();
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-complete'] });
})()`;

/** Browser step durations named like the native run's steps (both run the same pipeline). */
function stepTimes(marks: StepMark[], names: string[]): StageTime[] {
  const end = marks.find((m) => m.n === -1)?.t ?? marks.at(-1)?.t ?? 0;
  const starts = marks.filter((m) => m.n > 0);
  return names.map((step, i) => {
    const start = starts.find((m) => m.n === i + 1);
    if (!start) return { step, ms: 0 };
    const next = starts.find((m) => m.n > i + 1)?.t ?? end;
    return { step, ms: next - start.t };
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

/**
 * npm run bench — the benchmark of record.
 * Generates a transactions CSV with the project's seeded generator, serves the production build,
 * loads the file in headless Chromium through the real UI and times each stage; then runs the
 * same file through the same Engine and SQL on native DuckDB with one thread (bench/native.ts,
 * the command line's path) and prints browser / native per stage. The last line printed is one
 * JSON object with every figure. The browser pass runs twice: as any page gets it (DuckDB's
 * single-threaded build) and served cross-origin isolated (the multi-threaded build, one thread
 * per core). Options: --rows N (default 1,000,000); --threads no: skip the isolated pass;
 * --large: the command line's path only, for files beyond a tab (bench/large.ts), with
 * --threads N (default: every core). --all-files: instead of one transactions file, the four
 * files of the built-in sample's world (orders, customers, events, feedback; generateSample, en)
 * with about N order lines, dropped together, so every chapter has its data (issue 10: the 1M
 * case with customers and events).
 */
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { generateSample, generateTransactionsCsv } from '../src/analysis/sample/generate';
import { availableParallelism } from 'node:os';
import { largePass, printLarge } from './large';
import { byStep, nativePass, ratio, type StageTime } from './native';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i++) {
  const key = process.argv[i].replace(/^--/, '');
  if (key === 'large' || key === 'all-files') args.set(key, 'true');
  else args.set(key, process.argv[++i]);
}
const large = args.has('large');
const allFiles = args.has('all-files');
const rows = Number(args.get('rows') ?? 1_000_000);
const seed = 42;
const outDir = path.resolve('bench/out');
mkdirSync(outDir, { recursive: true });
const file = path.join(outDir, `transactions-${rows}-s${seed}.csv`);
/** The sample's world at this many customers gives about three order lines each. */
const ORDER_LINES_PER_SAMPLE_CUSTOMER = 3;
const sampleDir = path.join(outDir, `all-files-${rows}-s${seed}`);
const sampleCustomers = Math.min(1_000_000, Math.max(1, Math.round(rows / ORDER_LINES_PER_SAMPLE_CUSTOMER)));

/** The files the run drops: one transactions file, or with --all-files the sample's four. */
function benchFiles(): string[] {
  return allFiles ? readdirSync(sampleDir).sort().map((name) => path.join(sampleDir, name)) : [file];
}

async function generate(): Promise<number> {
  if (allFiles) return generateAllFiles();
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

/** The four files of the sample's world with about `rows` order lines, written once. */
function generateAllFiles(): number {
  if (existsSync(path.join(sampleDir, 'done'))) return 0;
  const t0 = performance.now();
  rmSync(sampleDir, { recursive: true, force: true });
  mkdirSync(sampleDir, { recursive: true });
  const sample = generateSample({ locale: 'en', seed, customers: sampleCustomers });
  for (const f of sample.files) writeFileSync(path.join(sampleDir, f.name), f.text);
  writeFileSync(path.join(sampleDir, 'done'), JSON.stringify(sample.summary));
  return performance.now() - t0;
}

/** Rows of the four sample files, from the summary generateAllFiles kept. */
function sampleRows(): number {
  const s = JSON.parse(readFileSync(path.join(sampleDir, 'done'), 'utf8')) as Record<string, number>;
  return s.orderLines + s.customers + s.events + s.feedback;
}

async function main(): Promise<void> {
  const generateMs = await generate();
  const files = benchFiles().filter((f) => !f.endsWith('done'));
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  // Rows the mapping screen must show: the generated lines, or the four files' rows as the
  // sample's summary counts them (its comments can span lines, so lines are not rows).
  const expectedRows = allFiles ? sampleRows() : rows;
  if (large) {
    const run = { rows, bytes, generate_ms: Math.round(generateMs), ...(await largePass(files, Number(args.get('threads') ?? availableParallelism()))) };
    printLarge(run);
    if (run.native.rows !== expectedRows) throw new Error(`native loaded ${run.native.rows} rows, expected ${expectedRows}`);
    console.log(JSON.stringify(run));
    return;
  }
  // The single-threaded pass first (what every page gets), then the same page served
  // cross-origin isolated, where the engine runs DuckDB's multi-threaded build (issue 10, part 4).
  const plain = await browserPass(false, files);
  const threaded = args.get('threads') === 'no' ? null : await browserPass(true, files);

  // The native pass runs after the browsers have closed, so they never share the CPU.
  const native = await nativePass(files, 1);
  const stepNames = native.steps.map((x) => x.step);
  const bSteps = byStep(stepTimes(plain.marks, stepNames));
  const tSteps = threaded ? byStep(stepTimes(threaded.marks, stepNames)) : null;
  const nSteps = byStep(native.steps);
  const nSql = byStep(native.steps, (x) => x.sql_ms);
  const ratios = {
    read: ratio(plain.readMs, native.read_ms),
    understand: ratio(plain.understandMs, native.understand_ms),
    report: ratio(plain.reportMs, native.report_ms),
    steps: Object.fromEntries([...nSteps].map(([step, ms]) => [step, ratio(bSteps.get(step) ?? 0, ms)])),
  };
  const result = {
    rows,
    files: files.map((f) => path.basename(f)),
    bytes,
    rowsLoaded: plain.shownRows,
    generate_ms: Math.round(generateMs),
    shell_ms: Math.round(plain.shellMs),
    shell_round_trip_ms: Math.round(plain.roundTripMs),
    engine_ready_ms: Math.round(plain.engineReadyMs),
    bundle: plain.bundle,
    load_ms: Math.round(plain.loadMs),
    read_ms: plain.readMs,
    understand_ms: plain.understandMs,
    report_ms: Math.round(plain.reportMs),
    total_ms: Math.round(plain.loadMs + plain.reportMs),
    main_heap_bytes: plain.memory,
    wasm_peak_bytes: plain.wasmBytes,
    compressed_tables: plain.compact,
    long_tasks: plain.longTasks,
    browser_steps: Object.fromEntries([...bSteps].map(([k, v]) => [k, Math.round(v)])),
    threaded: threaded && {
      bundle: threaded.bundle,
      threads: threaded.threads,
      engine_ready_ms: Math.round(threaded.engineReadyMs),
      load_ms: Math.round(threaded.loadMs),
      read_ms: threaded.readMs,
      understand_ms: threaded.understandMs,
      report_ms: Math.round(threaded.reportMs),
      total_ms: Math.round(threaded.loadMs + threaded.reportMs),
      compressed_tables: threaded.compact,
      long_tasks: threaded.longTasks,
      browser_steps: Object.fromEntries([...tSteps!].map(([k, v]) => [k, Math.round(v)])),
      speedup_total: ratio(plain.loadMs + plain.reportMs, threaded.loadMs + threaded.reportMs),
    },
    native,
    ratios,
  };
  const p = plain;
  console.log('\nstage                      time');
  console.log(`generate CSV (${(bytes / 1e6).toFixed(0)} MB)     ${result.generate_ms ? `${result.generate_ms} ms` : 'cached'}`);
  console.log(`app shell interactive      ${result.shell_ms} ms   (in the page; ${result.shell_round_trip_ms} ms as the test driver sees it)`);
  console.log(`engine ready (WASM)        ${result.engine_ready_ms} ms   (fetched and compiled while the user picks a file)`);
  console.log(`read into DuckDB           ${p.readMs} ms   (${p.shownRows.toLocaleString('en')} rows)`);
  console.log(`understand columns         ${p.understandMs} ms`);
  console.log(`drop to mapping screen     ${result.load_ms} ms`);
  console.log(`report (overview)          ${result.report_ms} ms`);
  console.log(`peak WebAssembly memory    ${p.wasmBytes === null ? '-' : `${Math.round(p.wasmBytes / 2 ** 20)} MiB`}   (tables ${p.compact ? 'compressed' : 'plain'})`);
  console.log(
    `main thread, drop to report: ${p.longTasks.count} long tasks (> 50 ms), ${p.longTasks.over200} over 200 ms, longest ${p.longTasks.max_ms} ms, ${p.longTasks.total_ms} ms in all`,
  );
  const cell = (ms: number | undefined) => (ms === undefined ? '-' : `${Math.round(ms)} ms`).padStart(10);
  console.log(`\nstage (browser: 1 thread, ${threaded ? `${threaded.threads} threads (${threaded.bundle})` : 'threaded not run'}; native DuckDB, 1 thread)`);
  console.log(`${''.padEnd(40)} ${'1 thread'.padStart(10)} ${'threads'.padStart(10)} ${'native'.padStart(10)}   browser/native   native in SQL`);
  const line = (name: string, b: number, t: number | undefined, n: number, sql?: number) =>
    console.log(
      `${name.padEnd(40)} ${cell(b)} ${cell(t)} ${cell(n)}   ${String(ratio(b, n) ?? '-').padStart(14)}   ${sql === undefined ? '' : `${Math.round(sql)} ms`.padStart(13)}`,
    );
  line('read into DuckDB', p.readMs, threaded?.readMs, native.read_ms, native.read_sql_ms);
  line('understand columns', p.understandMs, threaded?.understandMs, native.understand_ms, native.understand_sql_ms);
  for (const [step, ms] of nSteps) line(`  report step: ${step}`, bSteps.get(step) ?? 0, tSteps?.get(step), ms, nSql.get(step));
  line('report total', p.reportMs, threaded?.reportMs, native.report_ms);
  if (threaded) {
    console.log(
      `drop to every chapter: ${result.total_ms} ms on one thread, ${result.threaded!.total_ms} ms on ${threaded.threads} (x${result.threaded!.speedup_total}); ` +
        `longest main-thread task with threads ${threaded.longTasks.max_ms} ms`,
    );
  }
  console.log(
    `Every column includes the stage's JS (inference, k-means, model fits: Chromium's V8 vs Node's); "native in SQL" is the part spent in DuckDB statements. ` +
      `The native report includes ${native.encode_ms} ms re-encoding results as Arrow for the Engine; the browser's includes rendering the report.`,
  );
  for (const run of [plain, threaded]) if (run && run.shownRows !== expectedRows) throw new Error(`loaded ${run.shownRows} rows, expected ${expectedRows}`);
  if (threaded && threaded.bundle !== 'coi') throw new Error(`the isolated page ran the ${threaded.bundle} build, not the multi-threaded one`);
  if (native.rows !== expectedRows) throw new Error(`native loaded ${native.rows} rows, expected ${expectedRows}`);
  console.log(JSON.stringify(result));
}

/** Headers that make the page cross-origin isolated, so it may use threads (docs/deploy.md). */
const ISOLATION_HEADERS = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

/** One drop-to-every-chapter run in Chromium on the production build. */
async function browserPass(isolated: boolean, files: string[]) {
  const server = await preview({
    preview: { host: '127.0.0.1', port: 4199, strictPort: true, open: false, headers: isolated ? ISOLATION_HEADERS : {} },
    logLevel: 'error',
  });
  const url = server.resolvedUrls!.local[0];
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
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
    const threads = (await page.evaluate('navigator.hardwareConcurrency')) as number;
    const tLoad = performance.now();
    const pageLoadStart = (await page.evaluate('performance.now()')) as number;
    await page.getByTestId('file-input').setInputFiles(files);
    await page.getByTestId('dataset-card').nth(files.length - 1).waitFor({ timeout: 600_000 });
    const loadMs = performance.now() - tLoad;
    // One card per file: rows and stage times add up over them.
    const sumOf = async (testId: string, attribute: string) =>
      (await Promise.all((await page.getByTestId(testId).all()).map(async (el) => Number(await el.getAttribute(attribute))))).reduce((a, b) => a + b, 0);
    const shownRows = await sumOf('dataset-rows', 'data-value');
    const readMs = await sumOf('dataset-timings', 'data-read-ms');
    const understandMs = await sumOf('dataset-timings', 'data-understand-ms');
    await page.evaluate(WATCH_REPORT_STEPS);
    const tReport = performance.now();
    await page.getByTestId('build-report').click();
    await page.locator('[data-testid="report"][data-complete="true"]').waitFor({ timeout: 600_000 });
    const reportMs = performance.now() - tReport;
    const marks = (await page.evaluate('window.__benchSteps')) as StepMark[];
    const memory = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null);
    const engineWorker = page.workers().find((w) => w.url().includes('engine.worker'));
    const fromWorker = async <T>(expr: string): Promise<T | null> => (engineWorker ? ((await engineWorker.evaluate(expr)) as T | null) : null);
    const wasmBytes = await fromWorker<number>('self.clienteleWasmBytes?.() ?? null');
    const compact = await fromWorker<boolean>('self.clienteleCompact?.() ?? null');
    const bundle = (await fromWorker<string>('self.clienteleBundle?.() ?? null')) ?? '?';
    const longTasks = longTaskStats((await page.evaluate('window.__benchLongTasks')) as LongTask[], pageLoadStart);
    return { shellMs, roundTripMs, engineReadyMs, threads, loadMs, shownRows, readMs, understandMs, reportMs, marks, memory, wasmBytes, compact, bundle, longTasks };
  } finally {
    await browser.close();
    server.httpServer.close();
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


/// <reference lib="webworker" />
/**
 * The engine worker: DuckDB-WASM's synchronous browser bindings run right here (one worker, no
 * nested DuckDB worker), so decoding, SQL and models all stay off the main thread. When the page
 * is cross-origin isolated (the server sends COOP and COEP headers, docs/deploy.md), DuckDB's
 * multi-threaded build runs instead, in a worker of its own with one helper per core, reached
 * through AsyncBindings; if it cannot start, the single-threaded build is used as before. The
 * bundles are served from our own origin; remote extension loading is switched off before any
 * user file is registered.
 */
import * as Comlink from 'comlink';
import * as duckdb from '@duckdb/duckdb-wasm/browser-blocking';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import coiWasm from '@duckdb/duckdb-wasm/dist/duckdb-coi.wasm?url';
import coiWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-coi.worker.js?url';
import coiPthreadWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-coi.pthread.worker.js?url';
import { AsyncBindings } from './async-bindings';
import { Engine } from './engine';
import type { EngineApi } from './protocol';

const bundles: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: '' },
  eh: { mainModule: ehWasm, mainWorker: '' },
};

let engine: Promise<Engine> | null = null;

async function start(): Promise<Engine> {
  const threaded = await startThreaded();
  if (threaded) return withProbes(threaded);
  // selectBundle prefers coi when cross-origin isolated; this layout runs the single-threaded
  // builds in our own worker, so pick between eh and mvp only.
  const chosen = await duckdb.selectBundle(bundles);
  const name = chosen.mainModule === ehWasm ? 'eh' : 'mvp';
  // createDuckDB applies the same feature test: hand it only the bundle selectBundle chose.
  const bindings = await duckdb.createDuckDB(name === 'eh' ? bundles : { mvp: bundles.mvp }, new duckdb.VoidLogger(), duckdb.BROWSER_RUNTIME);
  // A failed WebAssembly.instantiate surfaces as an unhandled rejection inside the library and
  // its own promise never settles; race it so init() rejects and the page can say so.
  await Promise.race([bindings.instantiate(() => {}), failureOfThisWorker()]);
  bindings.open({});
  const single = new Engine(bindings, name);
  await single.init();
  return withProbes(single);
}

/**
 * The multi-threaded build, locked down and ready, when this page may use it (and the browser has
 * what it needs); else null.
 */
async function startThreaded(): Promise<Engine | null> {
  const features = await duckdb.getPlatformFeatures();
  if (!(features.crossOriginIsolated && features.wasmThreads && features.wasmExceptions && features.wasmSIMD)) return null;
  const worker = new Worker(coiWorker);
  try {
    const db = new AsyncDuckDB(new duckdb.VoidLogger(), worker);
    await Promise.race([db.instantiate(coiWasm, coiPthreadWorker), failureOf(worker)]);
    const threads = Math.max(1, navigator.hardwareConcurrency || 1);
    await db.open({ maximumThreads: threads });
    // Before Engine.init's lockdown freezes the configuration.
    const conn = await db.connect();
    await conn.query(`SET threads = ${threads}`);
    await conn.close();
    const threaded = new Engine((await AsyncBindings.open(db, worker)) as unknown as duckdb.DuckDBBindings, 'coi');
    await threaded.init();
    return threaded;
  } catch {
    // Isolated but the threaded build would not start or lock down (an old browser, a memory
    // limit): the single-threaded build works everywhere.
    worker.terminate();
    return null;
  }
}

function withProbes(e: Engine): Engine {
  // For the benchmark (bench/run.ts reads it through Playwright's worker handle): the peak
  // WebAssembly memory. A number about the engine, never about the data.
  (self as unknown as { clienteleWasmBytes?: () => number | null }).clienteleWasmBytes = () => e.wasmBytes();
  // Which DuckDB build runs (eh, mvp, or coi: multi-threaded).
  (self as unknown as { clienteleBundle?: () => string }).clienteleBundle = () => e.bundle;
  // And whether the tables went compressed (large data, workers/README.md).
  (self as unknown as { clienteleCompact?: () => boolean }).clienteleCompact = () => e.isCompact();
  return e;
}

function failureOf(worker: Worker): Promise<never> {
  return new Promise((_resolve, reject) => worker.addEventListener('error', (e) => reject(new Error(e.message || 'DuckDB worker failed')), { once: true }));
}

function failureOfThisWorker(): Promise<never> {
  return new Promise((_resolve, reject) => {
    self.addEventListener('unhandledrejection', (e) => reject(e.reason instanceof Error ? e.reason : new Error(String(e.reason))), { once: true });
    self.addEventListener('error', (e) => reject(new Error(e.message)), { once: true });
  });
}

function get(): Promise<Engine> {
  engine ??= start();
  return engine;
}

const api: EngineApi = {
  async init() {
    const e = await get();
    return { duckdb: e.bindings.getVersion(), bundle: e.bundle };
  },
  load: async (files, onProgress) => (await get()).load(files, onProgress),
  loadSample: async (locale, onProgress) => (await get()).loadSample(locale, onProgress),
  reload: async (id, options, onProgress) => (await get()).reload(id, options, onProgress),
  remove: async (id) => (await get()).remove(id),
  check: async (mapping) => (await get()).check(mapping),
  report: async (mapping, options, onProgress) => (await get()).report(mapping, options, onProgress),
  exportRows: async (mapping, dataset, reason) => (await get()).exportRows(mapping, dataset, reason),
  exportCustomers: async (mapping, options, format, lang) => (await get()).exportCustomers(mapping, options, format, lang),
  cancel() {
    void engine?.then((e) => e.cancel());
  },
};

Comlink.expose(api);

/// <reference lib="webworker" />
/**
 * The engine worker: DuckDB-WASM's synchronous browser bindings run right here (one worker, no
 * nested DuckDB worker), so decoding, SQL and models all stay off the main thread. The bundles
 * are served from our own origin; remote extension loading is switched off before any user
 * file is registered.
 */
import * as Comlink from 'comlink';
import * as duckdb from '@duckdb/duckdb-wasm/browser-blocking';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import { Engine } from './engine';
import type { EngineApi } from './protocol';

const bundles: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: '' },
  eh: { mainModule: ehWasm, mainWorker: '' },
};

let engine: Promise<Engine> | null = null;

async function start(): Promise<Engine> {
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
  const e = new Engine(bindings, name);
  await e.init();
  // For the benchmark (bench/run.ts reads it through Playwright's worker handle): the peak
  // WebAssembly memory. A number about the engine, never about the data.
  (self as unknown as { clienteleWasmBytes?: () => number }).clienteleWasmBytes = () => e.wasmBytes();
  // And whether the tables went compressed (large data, workers/README.md).
  (self as unknown as { clienteleCompact?: () => boolean }).clienteleCompact = () => e.isCompact();
  return e;
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

/**
 * DuckDB-WASM in Node on the same engine and the same .wasm file the browser uses, so SQL that
 * passes here passes in the page. (Native @duckdb/node-api has parquet/json/icu built in and
 * would hide a missing-extension failure.)
 */
import { createRequire } from 'node:module';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import type { DuckDBBindings } from '@duckdb/duckdb-wasm/browser-blocking';
import { BindingsDb } from '../../workers/bindings-db';
import { LOCKDOWN_SQL } from '../../workers/lockdown';

const require = createRequire(import.meta.url);

export interface WasmDb extends BindingsDb {
  close(): void;
}

export async function openBindings(): Promise<DuckDBBindings> {
  const eh = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm');
  const mvp = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm');
  const bindings = await duckdb.createDuckDB(
    { mvp: { mainModule: mvp, mainWorker: '' }, eh: { mainModule: eh, mainWorker: '' } },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await bindings.instantiate(() => {});
  bindings.open({});
  return bindings;
}

export async function openWasmDb(): Promise<WasmDb> {
  const bindings = await openBindings();
  const conn = bindings.connect().useUnsafe((_b, id) => id);
  const db = new BindingsDb(bindings, conn) as WasmDb;
  for (const stmt of LOCKDOWN_SQL) await db.exec(stmt);
  db.close = () => {
    bindings.disconnect(conn);
    bindings.reset();
  };
  return db;
}

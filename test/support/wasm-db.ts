/**
 * DuckDB-WASM in Node on the same engine and the same .wasm file the browser uses, so SQL that
 * passes here passes in the page. (Native @duckdb/node-api has parquet/json/icu built in and
 * would hide a missing-extension failure.)
 */
import { createRequire } from 'node:module';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import type { DuckDBBindings } from '@duckdb/duckdb-wasm';
import type { Db, Row } from '../../src/analysis/db';
import { arrowToRows } from '../../workers/arrow-rows';
import { LOCKDOWN_SQL } from '../../workers/lockdown';
import { tableFromIPC } from 'apache-arrow';

const require = createRequire(import.meta.url);

export interface WasmDb extends Db {
  bindings: DuckDBBindings;
  conn: number;
  close(): void;
}

export async function openWasmDb(): Promise<WasmDb> {
  const eh = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm');
  const mvp = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm');
  const bindings = await duckdb.createDuckDB(
    { mvp: { mainModule: mvp, mainWorker: '' }, eh: { mainModule: eh, mainWorker: '' } },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await bindings.instantiate(() => {});
  bindings.open({});
  const conn = bindings.connect().useUnsafe((_b, id) => id);
  const run = (sql: string) => tableFromIPC(bindings.runQuery(conn, sql));
  for (const stmt of LOCKDOWN_SQL) run(stmt);
  return {
    bindings,
    conn,
    async query<T extends Row = Row>(sql: string) {
      return arrowToRows<T>(run(sql));
    },
    async exec(sql: string) {
      run(sql);
    },
    close() {
      bindings.disconnect(conn);
      bindings.reset();
    },
  };
}

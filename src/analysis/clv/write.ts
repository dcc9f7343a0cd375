/**
 * Writing per-customer numbers computed in TypeScript back into DuckDB, keyed by the summary's row
 * index, so no customer id (user text) ever travels back. Through the Db's bulk path when it has
 * one (an Arrow append in the worker: 200,000 customers in well under a second), else batched
 * INSERT ... VALUES of numbers only, 2,000 rows x 7 numbers per statement — parser-bound, about
 * 14 s for 200,000 customers on DuckDB-WASM.
 */
import type { Db } from '../db';

const BATCH = 2000;

const lit = (v: number) => (Number.isFinite(v) ? String(v) : 'NULL');

/** CREATE OR REPLACE `table`(idx INTEGER, <columns> DOUBLE) and fill it with the arrays (all of length n). */
export async function writeColumns(db: Db, table: string, columns: Record<string, Float64Array>, n: number): Promise<void> {
  const names = Object.keys(columns);
  const arrays = names.map((k) => columns[k]);
  await db.exec(`CREATE OR REPLACE TABLE ${table} (idx INTEGER, ${names.map((k) => `${k} DOUBLE`).join(', ')})`);
  if (db.appendColumns) {
    const idx = new Int32Array(n);
    for (let i = 0; i < n; i++) idx[i] = i;
    const typed: Record<string, Int32Array | Float64Array> = { idx };
    for (const k of names) typed[k] = columns[k].length === n ? columns[k] : columns[k].subarray(0, n);
    await db.appendColumns(table, typed);
    return;
  }
  for (let start = 0; start < n; start += BATCH) {
    const end = Math.min(n, start + BATCH);
    const rows: string[] = [];
    for (let i = start; i < end; i++) {
      let row = `(${i}`;
      for (const a of arrays) row += `,${lit(a[i])}`;
      rows.push(row + ')');
    }
    await db.exec(`INSERT INTO ${table} VALUES ${rows.join(',')}`);
  }
}

/**
 * Writing per-customer numbers computed in TypeScript back into DuckDB through Db alone (no Arrow,
 * no files): batched INSERT ... VALUES of numbers only, keyed by the summary's row index, so no
 * customer id (user text) is ever quoted into SQL. 2,000 rows x 7 numbers per statement; at
 * 100,000 customers that is 50 statements (see README.md for the timing).
 */
import type { Db } from '../db';

const BATCH = 2000;

const lit = (v: number) => (Number.isFinite(v) ? String(v) : 'NULL');

/** CREATE OR REPLACE `table`(idx INTEGER, <columns> DOUBLE) and fill it with the arrays (all of length n). */
export async function writeColumns(db: Db, table: string, columns: Record<string, Float64Array>, n: number): Promise<void> {
  const names = Object.keys(columns);
  const arrays = names.map((k) => columns[k]);
  await db.exec(`CREATE OR REPLACE TABLE ${table} (idx INTEGER, ${names.map((k) => `${k} DOUBLE`).join(', ')})`);
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

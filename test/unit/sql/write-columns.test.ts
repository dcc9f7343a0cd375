// Breaks when the bulk path that writes the CLV model's per-customer numbers back (an Arrow
// append, Db.appendColumns) stores anything other than what the INSERT ... VALUES path stores:
// the same rows in the same order, NaN and ±Infinity as NULL, arrays longer than n cut at n.
// The bulk path is exact; VALUES text goes through DuckDB's decimal literals and may move the
// last bit, so the two agree to 1e-15 relative.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/analysis/db';
import { writeColumns } from '../../../src/analysis/sql/write-columns';
import { openWasmDb, type WasmDb } from '../../support/wasm-db';

let db: WasmDb;
beforeAll(async () => {
  db = await openWasmDb();
});
afterAll(() => db.close());

/** The same database seen without the bulk path, as a Db that only has query and exec. */
const plain = (d: Db): Db => ({ query: (sql) => d.query(sql), exec: (sql) => d.exec(sql) });

describe('writeColumns', () => {
  it('stores the same table through the bulk path and through INSERT ... VALUES', async () => {
    const n = 5003; // crosses the 2,000-row VALUES batches
    const a = new Float64Array(n + 7);
    const b = new Float64Array(n + 7);
    for (let i = 0; i < a.length; i++) {
      a[i] = i * 0.25 - 100;
      b[i] = i % 997 === 0 ? NaN : i % 1009 === 0 ? Infinity : i % 1013 === 0 ? -Infinity : 1 / (i + 1);
    }
    expect(db.appendColumns).toBeTypeOf('function');
    await writeColumns(db, 'bulk', { a, b }, n);
    await writeColumns(plain(db), 'values', { a, b }, n);
    const read = (t: string) => db.query(`SELECT idx, a, b FROM ${t} ORDER BY idx`);
    const [bulk, values] = [await read('bulk'), await read('values')];
    expect(bulk).toHaveLength(n);
    const exact = (v: number) => (Number.isFinite(v) ? v : null);
    for (let i = 0; i < n; i++) {
      expect(bulk[i]).toEqual({ idx: i, a: a[i], b: exact(b[i]) });
      expect(values[i].idx).toBe(i);
      expect(values[i].a).toBe(a[i]);
      if (bulk[i].b === null) expect(values[i].b).toBeNull();
      else expect(Math.abs((values[i].b as number) - b[i])).toBeLessThanOrEqual(1e-15 * Math.abs(b[i]));
    }
    const [nulls] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM bulk WHERE b IS NULL`);
    expect(nulls.n).toBe([...Array(n).keys()].filter((i) => i % 997 === 0 || i % 1009 === 0 || i % 1013 === 0).length);
  });
});

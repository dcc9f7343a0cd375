// Breaks when the Node test engine cannot start, rows stop being plain values, a string literal
// does not survive the round trip (a NUL once cut the SQL short), or the
// lockdown stops refusing extension loads (which in the browser would mean a network request).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWasmDb, type WasmDb } from '../support/wasm-db';
import { literal } from '../../src/analysis/sql/ident';

let db: WasmDb;
beforeAll(async () => {
  db = await openWasmDb();
});
afterAll(() => db.close());

describe('wasm Db in Node', () => {
  it('returns plain rows', async () => {
    const rows = await db.query(
      "SELECT 1::BIGINT AS n, 2.5::DECIMAL(10,2) AS d, 'a' AS s, TIMESTAMP '2020-01-02 03:04:05' AS t, NULL AS z",
    );
    expect(rows).toEqual([{ n: 1, d: 2.5, s: 'a', t: Date.UTC(2020, 0, 2, 3, 4, 5), z: null }]);
  });

  it('quotes any string as a literal DuckDB reads back unchanged (quotes, NUL, emoji)', async () => {
    for (const s of ["it's", 'a\0b', '\0', "'\0'", 'π 🚀 עברית', '']) {
      const [row] = await db.query<{ v: string }>(`SELECT ${literal(s)} AS v`);
      expect(row.v).toBe(s);
    }
  });

  it('refuses extensions instead of fetching them', async () => {
    await expect(db.query("SELECT '{}'::JSON")).rejects.toThrow();
    await expect(db.exec('LOAD parquet')).rejects.toThrow(/disabled|not found|Extension/i);
    await expect(db.exec('SET enable_external_access = true')).rejects.toThrow(/locked/i);
  });
});

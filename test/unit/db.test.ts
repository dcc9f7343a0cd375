// Breaks when the Node test engine cannot start, rows stop being plain values, or the
// lockdown stops refusing extension loads (which in the browser would mean a network request).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWasmDb, type WasmDb } from '../support/wasm-db';

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

  it('refuses extensions instead of fetching them', async () => {
    await expect(db.query("SELECT '{}'::JSON")).rejects.toThrow();
    await expect(db.exec('LOAD parquet')).rejects.toThrow(/disabled|not found|Extension/i);
    await expect(db.exec('SET enable_external_access = true')).rejects.toThrow(/locked/i);
  });
});

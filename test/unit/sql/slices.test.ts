// Breaks when a table written in slices (sql/slices.ts: what keeps large reports inside a tab's
// memory) differs from the same table written by one CREATE TABLE AS: a row lost or doubled at a
// slice's edge, rows out of order, another column type. Online Retail (541,909 lines, more than
// one slice) runs through the sliced typed, flags and flagged tables in the reference tests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lineRanges, rowRanges, slicedTable } from '../../../src/analysis/sql/slices';
import { openWasmDb, type WasmDb } from '../../support/wasm-db';

let db: WasmDb;
beforeAll(async () => {
  db = await openWasmDb();
});
afterAll(() => db.close());

describe('row ranges', () => {
  it('cover every row once, in order, with open ends', () => {
    expect(rowRanges('rowid', 1000, 1000)).toEqual([null]);
    expect(rowRanges('rowid', 2500, 1000)).toEqual(['rowid < 1000', 'rowid >= 1000 AND rowid < 2000', 'rowid >= 2000']);
    expect(rowRanges('rowid', 2000, 1000)).toEqual(['rowid < 1000', 'rowid >= 1000']);
  });

  it('slice order lines by source, in the order of the transactions view', () => {
    expect(lineRanges('t', [{ id: 'd1', rows: 300 }, { id: 'd2', rows: 600 }], 1000)).toEqual([null]);
    expect(lineRanges('t', [{ id: 'd1', rows: 1500 }, { id: 'd2', rows: 600 }], 1000)).toEqual([
      "t.source = 'd1' AND t._row < 1000",
      "t.source = 'd1' AND t._row >= 1000",
      "t.source = 'd2'",
    ]);
  });
});

describe('a table written in slices', () => {
  it('equals the one written at once, row for row and type for type', async () => {
    await db.exec(`CREATE TABLE src AS SELECT CAST(i AS VARCHAR) AS a, i * 0.5 AS b, CASE WHEN i % 7 = 0 THEN NULL ELSE 'x' || i END AS c FROM range(2345) t(i)`);
    const select = (where: string | null) => `SELECT rowid AS _row, CAST(a AS INTEGER) AS n, b, upper(c) AS c FROM src${where ? ` WHERE ${where}` : ''}`;
    const whole = slicedTable('whole', select, rowRanges('rowid', 2345));
    expect(whole.statements).toEqual([whole.sql]);
    await db.exec(whole.sql);
    const sliced = slicedTable('sliced', select, rowRanges('rowid', 2345, 1000));
    expect(sliced.statements).toHaveLength(4); // an empty table, then three slices
    expect(sliced.sql).toBe(whole.sql.replace('whole', 'sliced'));
    for (const s of sliced.statements) await db.exec(s);
    const types = async (t: string) => (await db.query(`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '${t}' ORDER BY ordinal_position`)).map((r) => `${r.column_name} ${r.data_type}`);
    expect(await types('sliced')).toEqual(await types('whole'));
    // Same rows at the same rowids: the table's own order is the file's order.
    const [diff] = await db.query<{ n: number; missing: number }>(
      `SELECT (SELECT count(*) FROM sliced) AS n,
        (SELECT count(*) FROM (SELECT rowid, * FROM whole EXCEPT ALL SELECT rowid, * FROM sliced)) AS missing`,
    );
    expect(Number(diff.n)).toBe(2345);
    expect(Number(diff.missing)).toBe(0);
    const [order] = await db.query<{ ok: boolean }>(`SELECT bool_and(rowid = _row) AS ok FROM sliced`);
    expect(order.ok).toBe(true);
  });
});

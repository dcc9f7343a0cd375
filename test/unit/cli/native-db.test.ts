// cli/native-db.ts: the analysis layer's Db on native DuckDB gives rows exactly as the WASM Db
// does (src/analysis/db.ts conventions), and the native engine is locked down like the browser's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWasmDb, type WasmDb } from '../../support/wasm-db';
import { NativeDb } from '../../../cli/native-db';
import { openNativeEngine, type NativeEngine } from '../../../cli/engine';
import { defaultMapping } from '../../../cli/mapping';
import { encodeResult } from '../../../cli/arrow-encode';
import { arrowToRows } from '../../../workers/arrow-rows';
import { tableFromIPC } from 'apache-arrow';

/** One column per DuckDB type the analysis SQL can return, edge values included. */
const TYPES_SQL = `SELECT
  1::TINYINT ti, -2::SMALLINT si, 3::INTEGER i, 4::UTINYINT uti, 5::UINTEGER ui,
  9007199254740991::BIGINT b_safe, 9007199254740993::BIGINT b_big, -9007199254740993::BIGINT b_neg,
  18446744073709551615::UBIGINT ub_max, 7::HUGEINT h, (2::HUGEINT ** 60)::HUGEINT h_big,
  sum(x) AS h_sum,
  1.25::DECIMAL(10,2) d, -1.5::DECIMAL(4,1) d_neg, 12345678901234567890.123::DECIMAL(38,3) d_big,
  3.5::DOUBLE f, 0.1::FLOAT ff, 'NaN'::DOUBLE nan, '-inf'::DOUBLE ninf,
  DATE '2020-01-02' dt, DATE '1960-01-02' dt_old,
  TIMESTAMP '2020-01-02 03:04:05.123456' ts, TIMESTAMP '1969-12-31 23:59:59.999999' ts_neg,
  TIMESTAMP_S '2020-01-01 00:00:01' ts_s, TIMESTAMP_MS '2020-01-01 00:00:01.5' ts_ms,
  TIMESTAMP_NS '2020-01-01 00:00:00.123456789' ts_ns, TIME '01:02:03' tm,
  'x' s, '' empty, '中文' zh, true bo, NULL::INTEGER n_int, NULL::VARCHAR n_str,
  [1, 2] l, 'x'::BLOB bl
FROM (SELECT 9007199254740993::BIGINT x UNION ALL SELECT 1)`;

let wasm: WasmDb;
let native: NativeDb;
beforeAll(async () => {
  wasm = await openWasmDb();
  native = await NativeDb.open({ threads: 1 });
}, 60_000);
afterAll(() => {
  wasm.close();
  native.close();
});

describe('NativeDb rows', () => {
  it('equal the WASM Db rows value for value, type for type', async () => {
    const [w] = await wasm.query(TYPES_SQL);
    const [n] = await native.query(TYPES_SQL);
    expect(Object.keys(n)).toEqual(Object.keys(w));
    for (const k of Object.keys(w)) {
      expect(typeof n[k], k).toBe(typeof w[k]);
      expect(Object.is(n[k], w[k]) || n[k] === w[k], `${k}: native ${String(n[k])} vs wasm ${String(w[k])}`).toBe(true);
    }
    // The conventions themselves, spelled out.
    expect(n.b_safe).toBe(9007199254740991);
    expect(n.b_big).toBe(9007199254740993n);
    expect(n.dt).toBe(Date.UTC(2020, 0, 2));
    expect(n.ts).toBe(Date.UTC(2020, 0, 2, 3, 4, 5, 123) + 0.456);
  });

  it('keep the first of two columns of one name (as Arrow getChild does) and return empty results', async () => {
    const sql = 'SELECT 1 AS a, 2 AS a';
    expect(await native.query(sql)).toEqual(await wasm.query(sql));
    const empty = 'SELECT 1 AS a WHERE false';
    expect(await native.query(empty)).toEqual([]);
  });

  it('run statements with exec and report errors as DuckDB words them', async () => {
    await native.exec('CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (1), (2)');
    expect(await native.query('SELECT sum(a) AS s FROM t')).toEqual([{ s: 3 }]);
    await expect(native.query('SELECT * FROM no_such_table')).rejects.toThrow(/no_such_table/);
  });
});

describe('Arrow re-encoding (what the Engine reads through BindingsDb)', () => {
  it('gives back exactly the NativeDb rows, nulls, bigints and text included', async () => {
    const mixed = `SELECT * FROM (VALUES
      (1.5::DOUBLE, 'a', true, 9007199254740993::BIGINT, 18446744073709551615::UBIGINT, 1::BIGINT),
      (NULL, NULL, NULL, NULL, NULL, NULL),
      (-0.0::DOUBLE, '中文 "quoted" \u00e9', false, 1::BIGINT, 2::UBIGINT, NULL),
      (2.0::DOUBLE, '', NULL, -9007199254740993::BIGINT, NULL, 3::BIGINT)) t(f, s, b, big, ubig, small)`;
    for (const sql of [TYPES_SQL, mixed, 'SELECT 1 AS a WHERE false', 'SELECT NULL AS n']) {
      const direct = await native.query(sql);
      const viaArrow = arrowToRows(tableFromIPC(encodeResult(await native.result(sql))));
      expect(viaArrow, sql).toEqual(direct);
      for (let i = 0; i < direct.length; i++) for (const k of Object.keys(direct[i])) expect(Object.is(viaArrow[i][k], direct[i][k]), `${k}`).toBe(true);
    }
  });
});

describe('the native engine', () => {
  let ne: NativeEngine;
  beforeAll(async () => {
    ne = await openNativeEngine({ threads: 1 });
  }, 60_000);
  afterAll(() => ne.close());

  it('is locked down: no file outside its folder, no extension, no settings change', async () => {
    const db = ne.engine.db;
    await expect(db.query(`SELECT * FROM read_csv('/etc/hostname')`)).rejects.toThrow();
    await expect(db.exec('INSTALL spatial')).rejects.toThrow();
    await expect(db.exec('SET threads = 2')).rejects.toThrow(/configuration|locked/i);
    expect(await db.query(`SELECT current_setting('threads') AS t, current_setting('TimeZone') AS z`)).toEqual([{ t: 1, z: 'UTC' }]);
    // Spilling (files beyond memory) goes to the engine's own temp folder, deleted on close.
    const [spill] = await db.query<{ d: string }>(`SELECT current_setting('temp_directory') AS d`);
    expect(spill.d.startsWith(ne.bindings.dir)).toBe(true);
  });

  it('stops a report on cancel (interrupting the statement under way) and stays usable', async () => {
    const loaded = await ne.engine.loadSample('en', () => {});
    const running = ne.engine.report(defaultMapping(loaded.datasets), {}, () => {});
    setTimeout(() => ne.engine.cancel(), 300);
    await expect(running).rejects.toMatchObject({ name: 'CancelledError' });
    // The next engine call starts with a fresh cancel flag and runs normally.
    const { links } = await ne.engine.check(defaultMapping(loaded.datasets));
    expect(links.length).toBeGreaterThan(0);
  }, 120_000);

  it('shows its trace each statement as it starts and as it ends, with its row count', async () => {
    const seen: string[] = [];
    ne.bindings.trace = {
      start: (sql) => seen.push(`start ${sql}`),
      end: (sql, ms, rows) => seen.push(`end ${sql} ${rows} ${ms >= 0}`),
    };
    try {
      await ne.engine.db.query('SELECT * FROM range(3)');
    } finally {
      ne.bindings.trace = null;
    }
    expect(seen).toEqual(['start SELECT * FROM range(3)', 'end SELECT * FROM range(3) 3 true']);
  });
});

// Breaks when the SQL that types raw columns (sql/parse.ts) and the JS parsers that drive the
// preview (parseNumber, parseDate, normalizeId, parseBoolean) read the same cell differently, when a
// strptime pattern we generate is not accepted by DuckDB-WASM 1.4.3, or when a bad cell raises an
// error instead of NULL. Runs on the real engine, with no extensions, like the browser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/analysis/infer/dates';
import { parseNumber } from '../../../src/analysis/infer/numbers';
import { strptime, microsToMs } from '../../../src/analysis/infer/strptime';
import { normalizeId, parseBoolean, trimValue } from '../../../src/analysis/infer/text';
import { ident, literal } from '../../../src/analysis/sql/ident';
import { parseExpr } from '../../../src/analysis/sql/parse';
import type { ColumnFormat } from '../../../src/analysis/types';
import { openWasmDb, type WasmDb } from '../../support/wasm-db';
import { DATE_CASES, NUMBER_CASES } from './cases';

let db: WasmDb;
beforeAll(async () => {
  db = await openWasmDb();
});
afterAll(() => db.close());

/** Values of one raw VARCHAR column, typed by parseExpr, in input order. */
async function viaSql(inputs: (string | null)[], format: ColumnFormat, column = 'raw'): Promise<unknown[]> {
  const rows = inputs.map((v, i) => `(${i}, ${v === null ? 'NULL' : literal(v)})`).join(', ');
  await db.exec(`CREATE OR REPLACE TABLE t AS SELECT * FROM (VALUES ${rows}) AS v(i, ${ident(column)})`);
  const out = await db.query(`SELECT ${parseExpr(column, format)} AS x, typeof(${parseExpr(column, format)}) AS ty FROM t ORDER BY i`);
  return out.map((r) => r.x);
}

/** Agreement to the microsecond: Arrow hands fractional milliseconds back as doubles. */
function expectSame(inputs: string[], sql: unknown[], js: (number | null)[]) {
  inputs.forEach((input, k) => {
    const a = sql[k] as number | null;
    const b = js[k];
    if (a === null || b === null) expect([input, a]).toEqual([input, b]);
    else expect(Math.abs(a - b), input).toBeLessThan(1e-6);
  });
}

describe('numbers: SQL agrees with parseNumber', () => {
  for (const c of NUMBER_CASES) {
    it(c.name, async () => {
      const inputs = c.rows.map(([v]) => v);
      const sql = await viaSql(inputs, { type: 'number', number: c.format });
      expectSame(inputs, sql, inputs.map((v) => parseNumber(v, c.format)));
    });
  }
});

describe('dates: SQL agrees with parseDate', () => {
  for (const c of DATE_CASES) {
    it(c.name, async () => {
      const inputs = c.rows.map(([v]) => v);
      const sql = await viaSql(inputs, { type: 'timestamp', date: c.format });
      expectSame(inputs, sql, inputs.map((v) => parseDate(v, c.format)));
    });
  }
});

describe('the strptime twin follows DuckDB on edge cases', () => {
  // [input, pattern]: blanks, digit widths, case, leftovers, impossible dates, %p, %y, %f.
  const PROBES: Array<[string, string]> = [
    ['2011-01-02  08:26', '%Y-%m-%d %H:%M'], ['2011-01-02\t08:26', '%Y-%m-%d %H:%M'], ['2011-01-0208:26', '%Y-%m-%d %H:%M'],
    ['2011-01-02 08:26', '%Y-%m-%d  %H:%M'], ['2011-01-02t08:26', '%Y-%m-%dT%H:%M'], ['2011-01-02 08:26x', '%Y-%m-%d %H:%M'],
    ['20110-01-02', '%Y-%m-%d'], ['011-01-02', '%Y-%m-%d'], ['2011-001-02', '%Y-%m-%d'], ['2011-1-002', '%Y-%m-%d'],
    ['2011-01-02 23:5', '%Y-%m-%d %H:%M'], ['2011-01-02 23:59:60', '%Y-%m-%d %H:%M:%S'], ['2011-01-02 11:00 Am', '%Y-%m-%d %I:%M %p'],
    ['2011-01-02 11:00 a.m.', '%Y-%m-%d %I:%M %p'], ['2011-01-02 08:26PM', '%Y-%m-%d %I:%M %p'], ['1/5/3', '%m/%d/%y'],
    ['1/5/023', '%m/%d/%y'], ['2011-01-02 08:26:00.', '%Y-%m-%d %H:%M:%S.%f'], ['2011-01-02 08:26:00.000001', '%Y-%m-%d %H:%M:%S.%f'],
    ['+2011-01-02', '%Y-%m-%d'], ['2011- 01-02', '%Y-%m-%d'], ['2011-01-02\u000b', '%Y-%m-%d'], ['0000-01-02', '%Y-%m-%d'],
    ['9999-12-31 23:59:59', '%Y-%m-%d %H:%M:%S'], ['2023年1月5日14:03', '%Y年%m月%d日%H:%M'], ['19970101', '%Y%m%d'],
    ['1997011', '%Y%m%d'], ['100%', '%Y%%'], ['2011-01-02 12:00 AM', '%Y-%m-%d %I:%M %p'],
  ];
  it('returns the same instant or NULL', async () => {
    // The pattern must be a constant in DuckDB, so one column per probe.
    const cols = PROBES.map(([v, p], i) => `try_strptime(${literal(v)}, ${literal(p)}) AS c${i}`).join(', ');
    const [row] = await db.query(`SELECT ${cols}`);
    expectSame(
      PROBES.map(([v, p]) => `${v} | ${p}`),
      PROBES.map((_, i) => row[`c${i}`]),
      PROBES.map(([v, p]) => {
        const m = strptime(v, p);
        return m === null ? null : microsToMs(m);
      }),
    );
  });
});

describe('ids, booleans and text', () => {
  const IDS = ['00001', '17850.0', ' 17850.00 ', '17850.5', 'C536379', '85123A', '', '  ', 'Brion Stark', '0.0', "O'Brien", '1.0e3'];

  it('ids keep leading zeros, lose a float tail, and agree with normalizeId', async () => {
    const sql = await viaSql(IDS, { type: 'id' });
    expect(sql).toEqual(IDS.map(normalizeId));
    expect(sql.slice(0, 4)).toEqual(['00001', '17850', '17850', '17850.5']);
  });

  it('placeholders for "no id" are missing in SQL as in normalizeId, near misses are ids', async () => {
    const placeholders = ['NULL', 'null', ' N/A ', 'n/a', '#N/A', '-', '--', 'None', 'NaN', 'NA', '(null)', '<NULL>', 'undefined', '#VALUE!', '#REF!', '#NAME?', '#DIV/0!'];
    const ids = ['N/A/B', 'nullable', '-1', '---', 'Nala', 'NA1', '#N/A2', 'nan.0', 'Nul'];
    const sql = await viaSql([...placeholders, ...ids], { type: 'id' });
    expect(sql).toEqual([...placeholders, ...ids].map(normalizeId));
    expect(sql).toEqual([...placeholders.map(() => null), ...ids]);
  });

  it('booleans agree with parseBoolean', async () => {
    const inputs = ['true', 'FALSE', 'Yes', 'no', 'Y', 'n', '1', '0', '是', '否', ' T ', 'maybe', '', '2'];
    const sql = await viaSql(inputs, { type: 'boolean' });
    expect(sql).toEqual(inputs.map(parseBoolean));
    expect(sql.slice(0, 10)).toEqual([true, false, true, false, true, false, true, false, true, false]);
  });

  it('text is trimmed, blank is NULL', async () => {
    const inputs = [' 上海 ', '内蒙古自治区', '', '\u3000', 'a b'];
    const sql = await viaSql(inputs, { type: 'text' });
    expect(sql).toEqual(inputs.map((v) => trimValue(v) || null));
  });

  it('quotes odd column names and types every branch', async () => {
    const name = '订单付款时间 "x" ';
    const cases: Array<[ColumnFormat, string]> = [
      [{ type: 'integer' }, 'DOUBLE'],
      [{ type: 'number', number: { decimal: ',', thousands: '.', currency: '€', percent: true } }, 'DOUBLE'],
      [{ type: 'date', date: { style: 'compact' } }, 'TIMESTAMP'],
      [{ type: 'timestamp', date: { style: 'text', order: 'YMD', patterns: ['%Y-%m-%d %H:%M:%S'], ambiguous: false } }, 'TIMESTAMP'],
      [{ type: 'timestamp', date: { style: 'excel-serial' } }, 'TIMESTAMP'],
      [{ type: 'timestamp', date: { style: 'epoch-seconds' } }, 'TIMESTAMP'],
      [{ type: 'timestamp', date: { style: 'epoch-millis' } }, 'TIMESTAMP'],
      [{ type: 'timestamp' }, 'TIMESTAMP'],
      [{ type: 'id' }, 'VARCHAR'],
      [{ type: 'text' }, 'VARCHAR'],
      [{ type: 'boolean' }, 'BOOLEAN'],
      [{ type: 'empty' }, 'VARCHAR'],
    ];
    await db.exec(`CREATE OR REPLACE TABLE odd AS SELECT * FROM (VALUES ('x'), ('2020-01-01 00:00:00'), (NULL), ('99999999999999999999999')) AS v(${ident(name)})`);
    for (const [format, type] of cases) {
      const rows = await db.query(`SELECT typeof(${parseExpr(name, format)}) AS ty FROM odd LIMIT 1`);
      expect([format, rows[0].ty]).toEqual([format, type]);
      await db.query(`SELECT ${parseExpr(name, format)} FROM odd`); // no row raises
    }
  });
});

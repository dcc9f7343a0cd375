// Breaks when the profile's SQL changes shape (aliases that index.ts reads, quoting of awkward
// column names, the sample/seed, the fences and bin arithmetic), when a fast path in
// profileValueExpr reads a cell differently from parseExpr (the typed report would then disagree
// with the profile), or when DuckDB-WASM 1.4.3 without extensions rejects a statement.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetInput } from '../../../src/analysis/report';
import type { ColumnFormat } from '../../../src/analysis/types';
import { ident, literal } from '../../../src/analysis/sql/ident';
import { parseExpr } from '../../../src/analysis/sql/parse';
import { isMissingIdSql } from '../../../src/analysis/sql/parse';
import {
  binEdges,
  binPlan,
  columnBatches,
  duplicatesSql,
  exactDistinctSql,
  histogramSql,
  materializeSql,
  num,
  outliersSql,
  profileKind,
  profileValueExpr,
  statsSql,
  textSampleSql,
  topValuesSql,
  type ProfileColumn,
} from '../../../src/analysis/profile/sql';
import { openWasmDb, type WasmDb } from '../../support/wasm-db';
import { DATE_CASES, NUMBER_CASES, nf } from '../infer/cases';

const d: DatasetInput = {
  id: 'd7',
  name: 'orders.csv',
  table: 'raw_d7',
  kind: 'orders',
  files: ['orders.csv'],
  rows: 3,
  columns: [
    { name: 'Order ID', role: 'order_id', format: { type: 'id' } },
    { name: 'Amount', role: 'amount', format: { type: 'number', number: nf({ thousands: ',' }) } },
    { name: 'Day', role: 'order_time', format: { type: 'date', date: { style: 'text', order: 'YMD', patterns: ['%Y-%m-%d'], ambiguous: false } } },
    { name: 'Note "x"', role: 'ignore', format: { type: 'text' } },
    { name: 'Paid', role: 'ignore', format: { type: 'boolean' } },
  ],
};
const plan = (...a: Parameters<typeof binPlan>) => binPlan(...a)!;
const cols: ProfileColumn[] = d.columns.map((c, index) => ({ index, name: c.name, format: c.format, kind: profileKind(c.format.type) }));

describe('SQL strings for a fixed input', () => {
  it('materialises each column once, with a blank flag for non-text columns', () => {
    const sql = materializeSql(d.table, '_profile_d7', cols);
    expect(sql.startsWith('CREATE OR REPLACE TEMP TABLE "_profile_d7" AS SELECT v0, v1, CASE WHEN v1 IS NOT NULL THEN true ELSE coalesce(regexp_matches(r1, ')).toBe(true);
    expect(sql).toContain(`"Amount" AS r1`);
    expect(sql).toContain(`AS b2, v3, v4, CASE WHEN v4 IS NOT NULL`);
    expect(sql).toContain(`ELSE nullif("Note ""x""", '') END AS v3`);
    expect(sql.endsWith(' FROM "raw_d7")')).toBe(true);
    // The plain-number fast path, then the format's full pipeline.
    expect(sql).toContain(
      `CASE WHEN regexp_matches("Amount", '^[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?$') THEN nullif(nullif(try_cast("Amount" AS DOUBLE), CAST('inf' AS DOUBLE)), CAST('-inf' AS DOUBLE)) ELSE ${parseExpr('Amount', d.columns[1].format)} END AS v1`,
    );
    expect(sql).toContain(`ELSE try_strptime("Day", '%Y-%m-%d') END AS v2`);
    expect(sql).toContain(`WHEN contains("Order ID", '.') AND regexp_matches("Order ID", '^([0-9]+)\\.0+$') THEN split_part("Order ID", '.', 1) WHEN ${isMissingIdSql('"Order ID"')} THEN NULL ELSE nullif("Order ID", '') END AS v0`);
  });

  it('computes every aggregate in one statement, exact distinct up to the limit', () => {
    const sql = statsSql('_profile_d7', cols, true);
    expect(sql.startsWith('SELECT * EXCLUDE (qs1), qs1[1] AS q1_1, qs1[2] AS q2_1, qs1[3] AS q3_1 FROM (SELECT count(*) AS rows, count(v0) AS n0, count(DISTINCT v0) AS d0, ')).toBe(true);
    expect(sql).toContain(
      'count(v1) AS n1, count_if(b1) AS e1, count(DISTINCT v1) AS d1, min(v1) AS lo1, max(v1) AS hi1, avg(v1) AS mean1, stddev_pop(v1) AS sd1, skewness(v1) AS sk1, count_if(v1 = 0) AS z1, count_if(v1 < 0) AS neg1, quantile_cont(v1, [0.25, 0.5, 0.75]) AS qs1',
    );
    expect(sql).toContain(`epoch_ms(min(v2)) AS lo2, epoch_ms(max(v2)) AS hi2, strftime(min(v2), '%Y-%m-%d') AS first2, strftime(max(v2), '%Y-%m-%d') AS last2`);
    expect(sql).toContain('count(v4) AS n4, count_if(b4) AS e4, count(DISTINCT v4) AS d4 FROM "_profile_d7")');
    const approx = statsSql('_profile_d7', cols, false);
    expect(approx).toContain('approx_count_distinct(v0) AS d0, min(v0) = max(v0) AS k0');
    expect(approx).not.toContain('DISTINCT');
    expect(statsSql('t', [cols[0]], true)).toBe('SELECT count(*) AS rows, count(v0) AS n0, count(DISTINCT v0) AS d0 FROM "t"');
  });

  it('duplicates, outliers, histograms, top values, sample', () => {
    const dups = duplicatesSql(d.table, ['a', 'b"c']);
    // Whole rows are compared only where their hash repeats.
    expect(dups).toContain('SELECT hash("a", "b""c") AS k, count(*) AS n FROM "raw_d7" GROUP BY k');
    expect(dups).toContain('SELECT DISTINCT "a", "b""c" FROM "raw_d7" WHERE hash("a", "b""c") IN (SELECT k FROM repeated)');
    expect(duplicatesSql(d.table, [])).toBe('SELECT count(*) AS rows, 0 AS duplicates FROM "raw_d7"');
    expect(outliersSql('t', [{ index: 1, mean: 2.5, sd: 0.5, q1: -1, q3: 3 }])).toBe(
      "SELECT count_if(abs(v1 - CAST('2.5' AS DOUBLE)) > CAST('1.5' AS DOUBLE)) AS s1, count_if(v1 < (-7) OR v1 > 9) AS i1, count_if(v1 < (-13) OR v1 > 15) AS j1 FROM \"t\"",
    );
    const plans = [binPlan(1, 'number', -5, 35, 0)!, binPlan(3, 'number', 1, 1000, 4.4)!, binPlan(4, 'integer', 1, 5, 0.6)!, binPlan(5, 'number', 7, 7, undefined)!, binPlan(2, 'date', 0, 86_400_000, undefined)!];
    expect(plans.map((p) => p.scale)).toEqual(['linear', 'log', 'unit', 'linear', 'linear']);
    expect(histogramSql('t', plans).split('\nUNION ALL\n')).toEqual([
      'SELECT 1 AS c, least(CAST(floor((v1 - (-5)) / 2) AS INTEGER), 19) AS b, count(*) AS n FROM "t" WHERE v1 IS NOT NULL GROUP BY b',
      `SELECT 3 AS c, least(CAST(floor((ln(v3) - ln(1)) / CAST('${Math.log(1000) / 20}' AS DOUBLE)) AS INTEGER), 19) AS b, count(*) AS n FROM "t" WHERE v3 IS NOT NULL GROUP BY b`,
      'SELECT 4 AS c, CAST(floor(v4 - 1 + 0.5) AS INTEGER) AS b, count(*) AS n FROM "t" WHERE v4 IS NOT NULL GROUP BY b',
      'SELECT 5 AS c, 0 AS b, count(*) AS n FROM "t" WHERE v5 IS NOT NULL GROUP BY b',
      'SELECT 2 AS c, least(CAST(floor((epoch_ms(v2) - 0) / 4320000) AS INTEGER), 19) AS b, count(*) AS n FROM "t" WHERE v2 IS NOT NULL GROUP BY b',
    ]);
    expect(topValuesSql('t', [0, 4])).toBe(
      '(SELECT 0 AS c, CAST(v0 AS VARCHAR) AS value, count(*) AS n FROM "t" WHERE v0 IS NOT NULL GROUP BY v0 ORDER BY n DESC, value LIMIT 5)\nUNION ALL\n' +
        '(SELECT 4 AS c, CAST(v4 AS VARCHAR) AS value, count(*) AS n FROM "t" WHERE v4 IS NOT NULL GROUP BY v4 ORDER BY n DESC, value LIMIT 5)',
    );
    expect(textSampleSql('t', [3])).toBe(
      '(SELECT 3 AS c, value FROM (SELECT v3 AS value FROM "t" WHERE v3 IS NOT NULL) USING SAMPLE reservoir(1000 ROWS) REPEATABLE (42))',
    );
    expect(exactDistinctSql('t', [0, 3])).toBe('SELECT count(DISTINCT v0) AS d0, count(DISTINCT v3) AS d3 FROM "t"');
  });

  it('bin edges: equal widths, log widths, unit bins, the last edge exactly at max', () => {
    expect(binEdges(plan(0, 'number', 0, 20, 0)).slice(0, 2)).toEqual([[0, 1], [1, 2]]);
    expect(binEdges(plan(0, 'number', 0, 20, 0))[19]).toEqual([19, 20]);
    const log = binEdges(plan(0, 'number', 1, 1000, 3));
    expect(log[0][0]).toBe(1);
    expect(log[19][1]).toBe(1000);
    expect(log[9][1]).toBeCloseTo(Math.sqrt(1000), 9);
    expect(binEdges(plan(0, 'integer', 1, 3, 0))).toEqual([[0.5, 1.5], [1.5, 2.5], [2.5, 3.5]]);
    expect(binEdges(plan(0, 'number', 7, 7, undefined))).toEqual([[7, 7]]);
    expect(binPlan(0, 'number', -Number.MAX_VALUE, Number.MAX_VALUE, 0)).toBeNull();
    // Not log: non-positive values, mild skew, or less than two decades.
    expect(plan(0, 'number', 0, 1000, 5).scale).toBe('linear');
    expect(plan(0, 'number', 1, 1000, 1.5).scale).toBe('linear');
    expect(plan(0, 'number', 1, 50, 5).scale).toBe('linear');
    // Unit bins only for integer columns spanning fewer than 20 values.
    expect(plan(0, 'integer', 1, 20, 0).scale).toBe('unit');
    expect(plan(0, 'integer', 1, 21, 0).scale).toBe('linear');
  });

  it('batches stay within the cell and column budgets', () => {
    const many = Array.from({ length: 300 }, (_, i) => i);
    expect(columnBatches(many, 1000).map((b) => b.length)).toEqual([60, 60, 60, 60, 60]);
    expect(columnBatches(many.slice(0, 8), 1_000_000).map((b) => b.length)).toEqual([8]);
    expect(columnBatches(many.slice(0, 40), 1_000_000).map((b) => b.length)).toEqual([16, 16, 8]);
    expect(columnBatches(many.slice(0, 3), 50_000_000).map((b) => b.length)).toEqual([1, 1, 1]);
  });
});

describe('fast paths read every cell as parseExpr does (DuckDB-WASM)', () => {
  let db: WasmDb;
  beforeAll(async () => {
    db = await openWasmDb();
  });
  afterAll(() => db.close());

  const awkward: (string | null)[] = [
    null, '', ' ', '\u3000', '\u00a0', '\t\n',
    '12', ' 12', '12 ', '\u00a012\u3000', '-12.5', '+.5', '1.', '.', '-', '+', '1-', '12.5-', '(3)', '( 3 )', '+-1', '--1', '1+1', '1.2.3',
    '1,234.5', '1.234,5', '1,5', "1'234.5", '1 234', '1e5', '1E-3', '1e', '12%', '12 %', '$12', '¥1,200', 'US$5', '12元', 'EUR 3',
    '1' + '0'.repeat(400), '-' + '9'.repeat(400), '1_000', '0x10', 'inf', '-inf', 'nan', 'Infinity',
    'abc', '17850.0', '17850.00', '0012', '  13047.0 ', '1.5', '.0', '0.',
    '2024-01-05', ' 2024-01-05 ', '2024-01-05 10:11:12', '2024-01-05T10:11:12', '05/01/2024', '5.1.2024', '20240105', '2024年1月5日', '45000', '45000.5', '1700000000', '1700000000000',
    'true', 'Yes', ' n ', '1', '0', '是', 'maybe',
  ];
  const formats: [string, ColumnFormat][] = [
    ['text', { type: 'text' }],
    ['id', { type: 'id' }],
    ['boolean', { type: 'boolean' }],
    ['integer', { type: 'integer', number: nf() }],
    ...NUMBER_CASES.map((c): [string, ColumnFormat] => [`number: ${c.name}`, { type: 'number', number: c.format }]),
    ...DATE_CASES.map((c): [string, ColumnFormat] => [`date: ${c.name}`, { type: 'timestamp', date: c.format }]),
    ['date without patterns', { type: 'date', date: { style: 'text', order: 'YMD', patterns: [], ambiguous: false } }],
  ];

  beforeAll(async () => {
    // Every cell of every format case, plus the awkward ones, read under every format.
    const cases = [...DATE_CASES.flatMap((c) => c.rows.map(([v]) => v)), ...NUMBER_CASES.flatMap((c) => c.rows.map(([v]) => v)), ...awkward];
    const rows = cases.map((v, i) => `(${i}, ${v === null ? 'NULL' : literal(v)})`).join(', ');
    await db.exec(`CREATE OR REPLACE TABLE t AS SELECT * FROM (VALUES ${rows}) AS v(i, ${ident('raw col')})`);
  });

  it.each(formats)('%s', async (_name, format) => {
    const diff = await db.query(
      `SELECT i, "raw col" AS raw, CAST(a AS VARCHAR) AS a, CAST(b AS VARCHAR) AS b FROM (SELECT i, "raw col", ${profileValueExpr('raw col', format)} AS a, ${parseExpr('raw col', format)} AS b FROM t) WHERE a IS DISTINCT FROM b`,
    );
    expect(diff).toEqual([]);
  });

  it('number literals reach DuckDB as the exact double', async () => {
    const xs = [0, -0.5, 9.55224954743324, 0.1 + 0.2, 1e21, -1e21, 1.5e-7, 5e-324, Number.MAX_VALUE, 2 ** 53 + 2, -(2 ** 53), 218.08095663447733, 123456789.12345679];
    const r = await db.query(`SELECT ${xs.map((x, i) => `CAST(${num(x)} AS DOUBLE) AS x${i}`).join(', ')}`);
    expect(xs.map((_, i) => r[0][`x${i}`])).toEqual(xs);
    expect(() => num(Infinity)).toThrow();
  });

  it("an untyped ('empty') column is profiled as text", async () => {
    const r = await db.query(`SELECT ${profileValueExpr('x', { type: 'empty' })} AS a FROM (VALUES (1, ' a '), (2, NULL), (3, '  ')) AS v(i, x) ORDER BY i`);
    expect(r.map((x) => x.a)).toEqual(['a', null, null]);
  });
});

// Breaks when a number of the column profile drifts from its definition: missing (NULL or blank
// cells), distinct (of trimmed / parsed values), parse share, moments (population std, adjusted
// skewness), quartiles (linear interpolation), outlier rules, histogram bins (linear, log, unit,
// dates), top values and their tie order, duplicate rows, the alerts they trigger, batching of
// wide tables, or when the profile stops being plain JSON. Every expected number below is worked
// out by hand from the 20 rows of the table, not read back from DuckDB.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetInput } from '../../../src/analysis/report';
import type { ColumnMapping } from '../../../src/analysis/types';
import { ident, literal } from '../../../src/analysis/sql/ident';
import { profileDataset } from '../../../src/analysis/profile';
import type { ColumnProfile, DatasetProfile } from '../../../src/analysis/profile/types';
import { openWasmDb, type WasmDb } from '../../support/wasm-db';
import { nf } from '../infer/cases';

let db: WasmDb;
beforeAll(async () => {
  db = await openWasmDb();
});
afterAll(() => db.close());

type Cell = string | null;

async function rawTable(table: string, columns: Record<string, Cell[]>): Promise<number> {
  const names = Object.keys(columns);
  const n = columns[names[0]].length;
  const rows = Array.from({ length: n }, (_, r) => `(${names.map((c) => (columns[c][r] === null ? 'NULL' : literal(columns[c][r]!))).join(', ')})`);
  const cast = names.map((c) => `CAST(${ident(c)} AS VARCHAR) AS ${ident(c)}`).join(', ');
  await db.exec(`CREATE OR REPLACE TABLE ${ident(table)} AS SELECT ${cast} FROM (VALUES ${rows.join(', ')}) AS v(${names.map(ident).join(', ')})`);
  return n;
}

function input(id: string, table: string, rows: number, columns: ColumnMapping[]): DatasetInput {
  return { id, name: `${table}.csv`, table, kind: 'orders', files: [`${table}.csv`], rows, columns };
}

const rep = (v: Cell, k: number): Cell[] => Array.from({ length: k }, () => v);

/** Population moments and the adjusted Fisher-Pearson skewness, by the textbook formulas. */
function moments(xs: number[]) {
  const n = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const m2 = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / n;
  const m3 = xs.reduce((a, x) => a + (x - mean) ** 3, 0) / n;
  return { mean, std: Math.sqrt(m2), skewness: (m3 / m2 ** 1.5) * (Math.sqrt(n * (n - 1)) / (n - 2)) };
}

const DAY = 86_400_000;
const JAN1 = Date.UTC(2024, 0, 1);

// 20 rows. Parsed values of each column are written next to it.
const raw: Record<string, Cell[]> = {
  // C01..C20: unique
  id: Array.from({ length: 20 }, (_, i) => `C${String(i + 1).padStart(2, '0')}`),
  // 15 parse: 10 20 30 40 0 0 0 -5 15 1000.5 -3 5 5 5 5; 'abc' 'n/a' do not; '', NULL, '   ' are missing
  amount: ['10', '20', '30', '40', '0', '0', '0', '-5', ' 15 ', '1,000.5', '(3)', 'abc', 'n/a', '', null, '   ', '5', '5', '5', '5'],
  // 1 x10, 2 x2, 3 x3, 4 x4, 5 x1
  qty: [...rep('1', 10), '2', '2', '3', '3', '3', '4', '4', '4', '4', '5'],
  // 1 x15, 10 x3, 100, 1000: positive and skewed
  price: [...rep('1', 15), '10', '10', '10', '100', '1000'],
  // 2024-01-01 .. 2024-01-16 (one padded with blanks), 2 unparseable, 2 missing
  day: [...Array.from({ length: 16 }, (_, k) => (k === 4 ? ' 2024-01-05 ' : `2024-01-${String(k + 1).padStart(2, '0')}`)), 'soon', '2024-13-45', null, ''],
  // all 'UK' once trimmed (ASCII space, no-break space, ideographic space)
  country: [...rep('UK', 17), ' UK', 'UK\u00a0', '\u3000UK'],
  // 17850 x10, 00012 x5, 13047 x4, one missing (5%)
  code: [...rep('17850.0', 5), ...rep('17850', 5), ...rep('00012', 5), ...rep('  13047.0 ', 4), null],
  // typed text, but 18 of 20 values are numbers (90%)
  note: ['12', '15', '7', '3.5', '100', '100', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', 'many', 'few'],
  // typed text, all dates
  when: [...rep('2024-03-01', 10), ...rep('2024-03-02', 10)],
  flag: [...rep('yes', 12), ...rep('no', 8)],
  blank: [...rep(null, 10), ...rep('', 5), ...rep(' ', 5)],
};

const mapping: ColumnMapping[] = [
  { name: 'id', role: 'customer_id', format: { type: 'id' } },
  { name: 'amount', role: 'amount', format: { type: 'number', number: nf({ thousands: ',' }) } },
  { name: 'qty', role: 'quantity', format: { type: 'integer', number: nf() } },
  { name: 'price', role: 'unit_price', format: { type: 'number', number: nf() } },
  { name: 'day', role: 'order_time', format: { type: 'date', date: { style: 'text', order: 'YMD', patterns: ['%Y-%m-%d'], ambiguous: false } } },
  { name: 'country', role: 'country', format: { type: 'text' } },
  { name: 'code', role: 'ignore', format: { type: 'id' } },
  { name: 'note', role: 'ignore', format: { type: 'text' } },
  { name: 'when', role: 'ignore', format: { type: 'text' } },
  { name: 'flag', role: 'ignore', format: { type: 'boolean' } },
  { name: 'blank', role: 'ignore', format: { type: 'empty' } },
];

describe('a hand-made table', () => {
  let p: DatasetProfile;
  const col = (name: string): ColumnProfile => p.columns.find((c) => c.name === name)!;
  beforeAll(async () => {
    const rows = await rawTable('raw_hand', raw);
    p = await profileDataset(db, input('h1', 'raw_hand', rows, mapping));
  });

  it('table: 20 rows, no duplicates (the id is unique), temp table dropped', async () => {
    expect(p.id).toBe('h1');
    expect(p.rows).toBe(20);
    expect(p.duplicateRows).toBe(0);
    expect(p.alerts).toEqual([]);
    expect(p.columns.map((c) => c.name)).toEqual(mapping.map((m) => m.name));
    expect(await db.query(`SELECT table_name FROM duckdb_tables() WHERE table_name LIKE '_profile%'`)).toEqual([]);
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
  });

  it('id: unique, no top values listed', () => {
    const c = col('id');
    expect(c).toMatchObject({ role: 'customer_id', type: 'id', rows: 20, missing: 0, missingShare: 0, distinct: 20, parsedShare: 1 });
    expect(c.top).toBeUndefined();
    expect(c.alerts).toEqual([{ code: 'unique' }]);
  });

  it('amount: missing, unparseable, zeros, negatives, moments, quartiles, outliers, histogram', () => {
    const c = col('amount');
    const values = [10, 20, 30, 40, 0, 0, 0, -5, 15, 1000.5, -3, 5, 5, 5, 5];
    const m = moments(values); // mean 1127.5 / 15 = 75.1667, std 247.603, skewness 3.857
    expect(c).toMatchObject({ missing: 3, missingShare: 0.15, distinct: 10, min: -5, max: 1000.5, zeros: 3, negatives: 2 });
    expect(c.parsedShare).toBeCloseTo(15 / 17, 12);
    expect(c.mean).toBeCloseTo(1127.5 / 15, 10);
    expect(c.std).toBeCloseTo(m.std, 9);
    expect(c.skewness).toBeCloseTo(m.skewness, 9);
    // sorted: -5 -3 0 0 0 5 5 5 5 10 15 20 30 40 1000.5; positions 3.5, 7, 10.5
    expect([c.q1, c.median, c.q3]).toEqual([0, 5, 17.5]);
    // IQR 17.5: fences [-26.25, 43.75] and [-52.5, 70]; 3 sigma = 742.8 from the mean: only 1000.5
    expect(c.outliers).toEqual({ sigma3: 1, iqr15: 1, iqr3: 1 });
    // 20 bins of (1000.5 + 5) / 20 = 50.275 from -5: everything up to 40 in the first, 1000.5 in the last
    expect(c.logBins).toBeUndefined();
    expect(c.histogram).toHaveLength(20);
    expect(c.histogram!.map((b) => b.count)).toEqual([14, ...rep(null, 18).map(() => 0), 1]);
    expect(c.histogram![0]).toEqual({ x0: -5, x1: -5 + 50.275, count: 14 });
    expect(c.histogram![19].x1).toBe(1000.5);
    expect(c.alerts).toEqual([
      { code: 'high-missing', value: 0.15 },
      { code: 'zeros', value: 0.15 },
      { code: 'negative', value: 2 },
      { code: 'skewed', value: c.skewness },
      { code: 'mixed-types', value: c.parsedShare },
      { code: 'outliers', value: 1 / 20 },
    ]);
  });

  it('qty: one bin per integer', () => {
    const c = col('qty');
    const m = moments([...Array(10).fill(1), 2, 2, 3, 3, 3, 4, 4, 4, 4, 5]);
    expect(c).toMatchObject({ missing: 0, distinct: 5, min: 1, max: 5, mean: 2.2, zeros: 0, negatives: 0, parsedShare: 1 });
    expect(c.std).toBeCloseTo(m.std, 12);
    // sorted positions 4.75, 9.5, 14.25: 1, (1+2)/2, 3 + 0.25
    expect([c.q1, c.median, c.q3]).toEqual([1, 1.5, 3.25]);
    expect(c.outliers).toEqual({ sigma3: 0, iqr15: 0, iqr3: 0 });
    expect(c.histogram).toEqual([
      { x0: 0.5, x1: 1.5, count: 10 },
      { x0: 1.5, x1: 2.5, count: 2 },
      { x0: 2.5, x1: 3.5, count: 3 },
      { x0: 3.5, x1: 4.5, count: 4 },
      { x0: 4.5, x1: 5.5, count: 1 },
    ]);
    expect(c.alerts).toEqual([]);
  });

  it('price: log-spaced bins, fences are strict', () => {
    const c = col('price');
    const m = moments([...Array(15).fill(1), 10, 10, 10, 100, 1000]); // mean 57.25, skewness 4.40
    expect(c).toMatchObject({ min: 1, max: 1000, mean: 57.25, median: 1, q1: 1, q3: 3.25, logBins: true });
    expect(c.skewness).toBeCloseTo(m.skewness, 9);
    // IQR 2.25: above 6.625 are 10 10 10 100 1000; above 3.25 + 6.75 = 10 (strictly) are 100, 1000
    expect(c.outliers).toEqual({ sigma3: 1, iqr15: 5, iqr3: 2 });
    // ln bins of ln(1000)/20: 1 -> 0; 10 -> 6.67 -> 6; 100 -> 13.3 -> 13; 1000 -> last
    const counts = Array(20).fill(0);
    counts[0] = 15;
    counts[6] = 3;
    counts[13] = 1;
    counts[19] = 1;
    expect(c.histogram!.map((b) => b.count)).toEqual(counts);
    expect(c.histogram![0].x0).toBe(1);
    expect(c.histogram![10].x0).toBeCloseTo(Math.sqrt(1000), 9);
    expect(c.histogram![19].x1).toBe(1000);
    expect(c.alerts).toEqual([
      { code: 'skewed', value: c.skewness },
      { code: 'outliers', value: 0.05 },
    ]);
  });

  it('day: trimmed dates, parse share, ISO range, epoch-ms bins', () => {
    const c = col('day');
    expect(c).toMatchObject({ type: 'date', missing: 2, missingShare: 0.1, distinct: 16, earliest: '2024-01-01', latest: '2024-01-16' });
    expect(c.parsedShare).toBeCloseTo(16 / 18, 12);
    expect(c.min).toBeUndefined();
    // 15 days in 20 bins of 0.75 day: day k falls in bin floor(k / 0.75), the last day in the last bin
    const counts = Array(20).fill(0);
    for (let k = 0; k < 16; k++) counts[Math.min(19, Math.floor((k * 4) / 3))] += 1;
    expect(counts.filter((n) => n === 0)).toHaveLength(4);
    expect(c.histogram!.map((b) => b.count)).toEqual(counts);
    expect(c.histogram![0]).toEqual({ x0: JAN1, x1: JAN1 + 0.75 * DAY, count: 1 });
    expect(c.histogram![19].x1).toBe(JAN1 + 15 * DAY);
    expect(c.alerts).toEqual([
      { code: 'high-missing', value: 0.1 },
      { code: 'mixed-types', value: c.parsedShare },
    ]);
  });

  it('country: blanks trimmed away, constant', () => {
    const c = col('country');
    expect(c).toMatchObject({ missing: 0, distinct: 1, top: [{ value: 'UK', count: 20 }] });
    expect(c.alerts).toEqual([{ code: 'constant' }]);
  });

  it('code: float-written ids normalised, leading zeros kept, 5% missing', () => {
    const c = col('code');
    expect(c).toMatchObject({ missing: 1, missingShare: 0.05, distinct: 3, parsedShare: 1 });
    expect(c.top).toEqual([
      { value: '17850', count: 10 },
      { value: '00012', count: 5 },
      { value: '13047', count: 4 },
    ]);
    expect(c.alerts).toEqual([{ code: 'high-missing', value: 0.05 }]);
  });

  it('note: numbers stored as text (18 of 20), ties ordered by value', () => {
    const c = col('note');
    expect(c).toMatchObject({ missing: 0, distinct: 17, parsedShare: 1 });
    expect(c.top).toEqual([
      { value: '100', count: 2 },
      { value: '12', count: 2 },
      { value: '15', count: 2 },
      { value: '10', count: 1 },
      { value: '11', count: 1 },
    ]);
    expect(c.alerts).toEqual([{ code: 'numbers-as-text', value: 0.9 }]);
  });

  it('when: dates stored as text', () => {
    const c = col('when');
    expect(c.distinct).toBe(2);
    expect(c.alerts).toEqual([{ code: 'dates-as-text', value: 1 }]);
  });

  it('flag: booleans counted as true/false', () => {
    const c = col('flag');
    expect(c).toMatchObject({ missing: 0, distinct: 2, parsedShare: 1, top: [{ value: 'true', count: 12 }, { value: 'false', count: 8 }] });
    expect(c.alerts).toEqual([]);
  });

  it('blank: NULL, empty and blank cells are all missing', () => {
    const c = col('blank');
    expect(c).toMatchObject({ type: 'empty', missing: 20, missingShare: 1, distinct: 0, parsedShare: 1 });
    expect(c.top).toBeUndefined();
    expect(c.alerts).toEqual([{ code: 'high-missing', value: 1 }]);
  });
});

describe('duplicates and wide tables', () => {
  it('duplicate rows compare raw text as written, NULLs as equal', async () => {
    // rows: (a,1) x3, (b,2), (NULL,NULL) x2, (a, 1 ) -> 7 rows, 4 distinct: 3 duplicates
    // Column names that look like the profile's own aliases must not get in the way.
    const rows = await rawTable('raw_dup', { v1: ['a', 'a', 'a', 'b', null, null, 'a'], r0: ['1', '1', '1', '2', null, null, ' 1 '] });
    const p = await profileDataset(db, input('dup', 'raw_dup', rows, [
      { name: 'v1', role: 'ignore', format: { type: 'text' } },
      { name: 'r0', role: 'quantity', format: { type: 'integer', number: nf() } },
    ]));
    expect(p.rows).toBe(7);
    expect(p.duplicateRows).toBe(3);
    expect(p.alerts).toEqual([{ code: 'duplicates', value: 3 }]);
    expect(p.columns[0]).toMatchObject({ name: 'v1', missing: 2, distinct: 2, top: [{ value: 'a', count: 4 }, { value: 'b', count: 1 }] });
    expect(p.columns[1]).toMatchObject({ name: 'r0', missing: 2, distinct: 2, min: 1, max: 2 });
  });

  it('above the exact-distinct limit: approximate counts, exact constant and unique tests', async () => {
    const p = await profileDataset(db, input('h2', 'raw_hand', 20, mapping), { exactDistinctMaxRows: 10 });
    const col = (name: string) => p.columns.find((c) => c.name === name)!;
    // A unique-looking text column is recounted exactly, so 'unique' still holds.
    expect(col('id')).toMatchObject({ distinct: 20, alerts: [{ code: 'unique' }] });
    expect(col('id').distinctApprox).toBeUndefined();
    // min = max decides constant, whatever HyperLogLog says.
    expect(col('country')).toMatchObject({ distinct: 1, distinctApprox: true, alerts: [{ code: 'constant' }] });
    expect(col('qty')).toMatchObject({ distinctApprox: true, min: 1, max: 5 });
    expect(col('qty').distinct).toBeGreaterThanOrEqual(2);
    expect(col('blank')).toMatchObject({ distinct: 0 });
  });

  it('300 columns are profiled in batches, in input order', async () => {
    const mappings: ColumnMapping[] = [];
    const select: string[] = [];
    for (let j = 0; j < 300; j++) {
      const name = `c${j} "${j % 2 ? 'n' : 't'}"`;
      // odd columns: r + j for rows r = 0..29; even columns: t0 t1 t2 t0 ...
      select.push(`${j % 2 ? `CAST(r + ${j} AS VARCHAR)` : `'t' || (r % 3)`} AS ${ident(name)}`);
      mappings.push({ name, role: 'ignore', format: j % 2 ? { type: 'integer', number: nf() } : { type: 'text' } });
    }
    await db.exec(`CREATE OR REPLACE TABLE raw_wide AS SELECT ${select.join(', ')} FROM range(30) AS t(r)`);
    const rows = 30;
    const before = db.log.length;
    const p = await profileDataset(db, input('w', 'raw_wide', rows, mappings));
    expect(db.log.slice(before).filter((s) => s.startsWith('CREATE OR REPLACE TEMP TABLE'))).toHaveLength(5);
    expect(p.columns).toHaveLength(300);
    expect(p.columns.map((c) => c.name)).toEqual(mappings.map((m) => m.name));
    expect(p.columns[299]).toMatchObject({ min: 299, max: 328, mean: 313.5, distinct: 30 });
    expect(p.columns[298]).toMatchObject({ distinct: 3, top: [{ value: 't0', count: 10 }, { value: 't1', count: 10 }, { value: 't2', count: 10 }] });
    // 30 rows of r % 3 repeat every 3 rows in every column: rows r and r + 3 differ in the numbers.
    expect(p.duplicateRows).toBe(0);
  });
});

// Breaks when the header line repeated mid-file (two exports pasted into one) counts as an order
// of customer "customer_id" instead of being set aside as a copy, when a single cell that happens
// to equal its column name is taken for such a copy, or when a customer table loaded without any
// orders calls every registered customer a zombie. Runs the worker's Engine in Node.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../workers/engine';
import type { MappedDataset, SourceFile } from '../../../workers/protocol';
import type { Report } from '../../../src/analysis/report';
import { repeatsHeader, repeatsHeaderSql } from '../../../src/analysis/clean/header-repeat';
import { fromText, openEngine } from '../../support/engine';

let engine: Engine;
beforeAll(async () => {
  engine = await openEngine();
});
afterAll(() => engine.bindings.reset());

async function reportOf(files: SourceFile[]): Promise<{ mapping: MappedDataset[]; report: Report }> {
  const loaded = await engine.load(files, () => {});
  expect(loaded.errors).toEqual([]);
  const mapping = loaded.datasets.map((d) => ({ id: d.id, kind: d.kind, columns: d.columns }));
  return { mapping, report: await engine.report(mapping, {}, () => {}) };
}

async function removeAll(mapping: MappedDataset[]): Promise<void> {
  for (const d of mapping) await engine.remove(d.id);
}

const HEADER = 'order_id,customer_id,order_date,amount';
const order = (i: number) => `A${i},C${i % 3},2024-02-${String(i).padStart(2, '0')},${10 + i}.50`;

describe('the header line repeated mid-file', () => {
  it('is set aside as a duplicate (a copy of the first line), counted, and no order or customer', async () => {
    const text = [HEADER, order(1), order(2), order(3), HEADER, order(4), order(5), ''].join('\n');
    const { mapping, report } = await reportOf([fromText('two-exports.csv', text)]);
    const [t] = report.cleaning.tables;
    expect([t.rowsIn, t.kept, t.setAside]).toEqual([6, 5, { duplicate: 1 }]);
    expect(report.overview.orders).toBe(5);
    expect(report.overview.customers).toBe(3);
    const { csv, rows } = await engine.exportRows(mapping, t.id, 'duplicate');
    expect(rows).toBe(1);
    expect(csv).toContain(`\r\n4,${HEADER}\r\n`); // line 4 of the data
    await removeAll(mapping);
  });

  it('is recognised with the BOM of the second export in front, and with blank header names left empty', async () => {
    const header = `${HEADER},`;
    const text = [header, `${order(1)},x`, `${order(2)},y`, `\uFEFF${header}`, `${order(3)},z`, ''].join('\n');
    const { mapping, report } = await reportOf([fromText('bom.csv', text)]);
    expect(report.cleaning.tables[0].setAside).toEqual({ duplicate: 1 });
    await removeAll(mapping);
  });

  it('is a line of names: a single cell equal to its column name is data', () => {
    const names = ['order_id', 'customer_id', 'status', 'column4'];
    expect(repeatsHeader({ order_id: '\uFEFForder_id', customer_id: 'customer_id', status: 'status', column4: null }, names)).toBe(true);
    expect(repeatsHeader({ order_id: 'A1', customer_id: 'C1', status: 'status', column4: null }, names)).toBe(false);
    expect(repeatsHeader({ order_id: null, customer_id: null, status: 'status', column4: null }, names)).toBe(false);
    expect(repeatsHeader({ status: 'status' }, ['status'])).toBe(false);
    expect(repeatsHeaderSql(['status'])).toBe('false');
    expect(repeatsHeaderSql(['a', 'b', 'c', 'd', 'e'])).toContain('>= 3'); // at least half the columns
  });

  it('is recognised in SQL as in JS', async () => {
    const names = ['order_id', 'customer_id', 'status', 'column4'];
    const rows: (string | null)[][] = [
      ['\uFEFForder_id', 'customer_id', 'status', null],
      ['order_id', 'customer_id', 'status', 'x'],
      ['A1', 'C1', 'status', null],
      [null, 'customer_id', 'status', null],
      [null, null, 'status', null],
      ['order_id', 'customer_id', '', null],
    ];
    const values = rows.map((r, i) => `(${i}, ${r.map((v) => (v === null ? 'NULL' : `'${v}'`)).join(', ')})`).join(', ');
    const sql = `SELECT i, ${repeatsHeaderSql(names)} AS hit FROM (VALUES ${values}) AS t(i, ${names.join(', ')}) ORDER BY i`;
    const hits = (await engine.db.query<{ hit: boolean }>(sql)).map((r) => r.hit);
    const js = rows.map((r) => repeatsHeader(Object.fromEntries(names.map((n, k) => [n, r[k]])), names));
    expect(hits).toEqual(js);
    expect(js).toEqual([true, false, false, true, false, false]);
  });
});

describe('zombies', () => {
  const CUSTOMERS = ['customer_id,gender,city,signup_date', 'C1,F,Lyon,2024-01-01', 'C2,M,Porto,2024-01-02', 'C3,F,Gent,2024-01-03', ''].join('\n');

  it('are not counted at all when no orders were loaded: nobody is known to have bought', async () => {
    const { mapping, report } = await reportOf([fromText('customers.csv', CUSTOMERS)]);
    expect(report.cleaning.zombies).toBeNull();
    expect(report.cleaning.tables[0]).toMatchObject({ rowsIn: 3, kept: 3, setAside: {} });
    expect((await engine.exportRows(mapping, mapping[0].id, 'zombie')).rows).toBe(0);
    await removeAll(mapping);
  });

  it('are the registered customers without a purchase once orders are there', async () => {
    const orders = [HEADER, 'A1,C1,2024-02-01,10.50', 'A2,C1,2024-02-02,20.50', ''].join('\n');
    const { mapping, report } = await reportOf([fromText('customers.csv', CUSTOMERS), fromText('orders.csv', orders)]);
    expect(report.cleaning.zombies).toBe(2);
    const customers = mapping.find((d) => d.kind === 'customers')!;
    expect(report.cleaning.tables.find((t) => t.id === customers.id)!.setAside).toEqual({ zombie: 2 });
    await removeAll(mapping);
  });
});

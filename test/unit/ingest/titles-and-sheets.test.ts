// Breaks when a file's table is looked for in the wrong place: a title line above a CSV header
// naming the columns (and the header becoming a data row), the title rows of a report-style sheet
// taken for its header, a cover sheet read instead of the sheet with the orders, or a sheet whose
// header has blank names losing its header to a data row. Runs the worker's Engine in Node.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import type { Engine } from '../../../workers/engine';
import type { DatasetInfo, SourceFile } from '../../../workers/protocol';
import { fromText, openEngine } from '../../support/engine';

let engine: Engine;
beforeAll(async () => {
  engine = await openEngine();
});
afterAll(() => engine.bindings.reset());

async function loadOne(files: SourceFile[]): Promise<DatasetInfo> {
  const result = await engine.load(files, () => {});
  expect(result.errors).toEqual([]);
  expect(result.datasets).toHaveLength(1);
  return result.datasets[0];
}

async function rowsOf(d: DatasetInfo): Promise<Record<string, string | null>[]> {
  return (await engine.db.query(`SELECT * FROM "${d.table}"`)) as Record<string, string | null>[];
}

async function workbook(sheets: { sheet: string; data: unknown[][] }[]): Promise<Uint8Array> {
  return new Uint8Array(await writeXlsxFile(sheets as never).toBuffer());
}

const ORDERS = ['order_id,customer_id,order_date,amount', 'A1,C1,2024-02-01,47.50', 'A2,C2,2024-02-02,84.50', 'A3,C1,2024-02-03,31.50'];

describe('CSV: title lines above the header', () => {
  it('are skipped: the real header names the columns, and every order is a row', async () => {
    const d = await loadOne([fromText('export.csv', ['Order export - Shop XYZ', '', ...ORDERS, ''].join('\r\n'))]);
    expect(d.columns.map((c) => c.name)).toEqual(['order_id', 'customer_id', 'order_date', 'amount']);
    expect(d.rows).toBe(3);
    expect(d.csv).toMatchObject({ hasHeader: true, rejected: 0 });
    expect((await rowsOf(d))[0]).toEqual({ order_id: 'A1', customer_id: 'C1', order_date: '2024-02-01', amount: '47.50' });
    await engine.remove(d.id);
  });

  it('are skipped in each file of a folder, whether it has them or not', async () => {
    const d = await loadOne([
      fromText('exports/a.csv', ['Shop XYZ, January', ...ORDERS, ''].join('\n')),
      fromText('exports/b.csv', [...ORDERS, ''].join('\n')),
    ]);
    expect(d.rows).toBe(6);
    expect(d.files.map((f) => f.rows)).toEqual([3, 3]);
    expect((await rowsOf(d)).map((r) => r.order_id)).toEqual(['A1', 'A2', 'A3', 'A1', 'A2', 'A3']);
    await engine.remove(d.id);
  });
});

describe('Excel: the header below title rows', () => {
  it('is the first row as wide as the table: merged title and group rows are skipped', async () => {
    const bytes = await workbook([
      {
        sheet: 'Report',
        data: [
          [{ value: 'Sales report Q1 2024', columnSpan: 4 }, null, null, null],
          [{ value: 'Order', columnSpan: 2 }, null, { value: 'Money', columnSpan: 2 }, null],
          ['order_id', 'customer_id', 'amount', 'currency'],
          ['A1', 'C1', 47.5, 'EUR'],
          ['A2', 'C2', 84.5, 'EUR'],
        ],
      },
    ]);
    const d = await loadOne([fromText('report.xlsx', bytes)]);
    expect(d.columns.map((c) => c.name)).toEqual(['order_id', 'customer_id', 'amount', 'currency']);
    expect(await rowsOf(d)).toEqual([
      { order_id: 'A1', customer_id: 'C1', amount: '47.5', currency: 'EUR' },
      { order_id: 'A2', customer_id: 'C2', amount: '84.5', currency: 'EUR' },
    ]);
    await engine.remove(d.id);
  });

  it('stays the first row when the wider row below it holds numbers (a header with blank names)', async () => {
    const bytes = await workbook([
      {
        sheet: 'Data',
        data: [
          ['order_id', 'amount', null, null],
          ['A1', 47.5, 1, 2],
          ['A2', 84.5, 3, 4],
        ],
      },
    ]);
    const d = await loadOne([fromText('blank-names.xlsx', bytes)]);
    expect(d.columns.map((c) => c.name)).toEqual(['order_id', 'amount', 'column3', 'column4']);
    expect(d.rows).toBe(2);
    await engine.remove(d.id);
  });

  it('stays the first row when the wider row below it is text that repeats in its column (data)', async () => {
    const bytes = await workbook([
      {
        sheet: 'Data',
        data: [
          ['order_id', 'customer_id', null, null],
          ['A1', 'C1', 'EUR', 'paid'],
          ['A2', 'C2', 'EUR', 'paid'],
        ],
      },
    ]);
    const d = await loadOne([fromText('text-cells.xlsx', bytes)]);
    expect(d.columns.map((c) => c.name)).toEqual(['order_id', 'customer_id', 'column3', 'column4']);
    expect(d.rows).toBe(2);
    await engine.remove(d.id);
  });
});

describe('Excel: the sheet read by default', () => {
  it('is the one that holds a table, not a cover sheet in front of it; all sheets are listed', async () => {
    const bytes = await workbook([
      { sheet: 'Cover', data: [['Quarterly orders export'], [], ['Prepared by the finance team']] },
      { sheet: 'Orders', data: ORDERS.map((l) => l.split(',')) },
      { sheet: 'Notes', data: [['Amounts in EUR'], ['Taxes included']] },
    ]);
    const d = await loadOne([fromText('book.xlsx', bytes)]);
    expect(d.sheets).toEqual(['Cover', 'Orders', 'Notes']);
    expect(d.sheet).toBe('Orders');
    expect(d.rows).toBe(3);
    await engine.remove(d.id);
  });

  it('is the one with the most table rows; ties go to the earlier sheet', async () => {
    const small = [['key', 'value'], ['Prepared by', 'finance'], ['Period', 'Q1']];
    const bytes = await workbook([
      { sheet: 'About', data: small },
      { sheet: 'Orders', data: ORDERS.map((l) => l.split(',')) },
      { sheet: 'Same', data: ORDERS.map((l) => l.split(',')) },
    ]);
    const d = await loadOne([fromText('book.xlsx', bytes)]);
    expect(d.sheet).toBe('Orders');
    await engine.remove(d.id);
  });

  it('is still the one the user picks', async () => {
    const bytes = await workbook([
      { sheet: 'Cover', data: [['Quarterly orders export'], ['Prepared by the finance team']] },
      { sheet: 'Orders', data: ORDERS.map((l) => l.split(',')) },
    ]);
    const d = await loadOne([fromText('book.xlsx', bytes)]);
    const reloaded = await engine.reload(d.id, { sheet: 'Cover' }, () => {});
    expect(reloaded.errors).toEqual([]);
    expect(reloaded.datasets.map((x) => [x.sheet, x.rows, x.columns.map((c) => c.name)])).toEqual([['Cover', 1, ['Quarterly orders export']]]);
    await engine.remove(d.id);
  });
});

// Breaks when any input the suite knows loses a row between reading and the cleaning log: for
// every table of every report, rows in = rows kept + Σ rows set aside by reason, and rows in is
// the number of rows read. Covers the shipped datasets, both sample data sets, the test-only sets
// when present, and messy fixtures (ragged rows, duplicates, returns, no customer ids, Parquet,
// Excel).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import type { Engine } from '../../../workers/engine';
import type { LoadResult, SourceFile } from '../../../workers/protocol';
import type { Report } from '../../../src/analysis/report';
import { data, shared } from '../../support/datasets';
import { openEngine, sourceFiles } from '../../support/engine';
import { file, parquetFixture, xlsxFixture } from '../../fixtures/formats/build';

let engine: Engine;
beforeAll(async () => {
  engine = await openEngine();
});
afterAll(() => engine.bindings.reset());

const MESSY_ORDERS = [
  'order_id,customer_id,order_time,quantity,unit_price',
  'A1,c1,2024-01-02 10:00:00,1,10',
  'A1,c1,2024-01-02 10:00:00,1,10', // exact duplicate
  'A2,,2024-01-03 11:00:00,2,5', // no customer
  'C3,c2,2024-01-04 12:00:00,-1,10', // cancellation
  'A4,c2,2024-01-05 12:00:00,3,0', // zero price
  'A5,c3,2024-01-06 09:00:00,1,test', // unparseable price
  'A6,c3,2024-01-07 09:00:00,1,12,extra', // ragged: rejected when read
  'A7,c4,not a date,1,12', // unparseable time
  'A8,c4,2024-01-08 09:00:00,100,1000', // outlier order
].join('\n');

const NO_CUSTOMERS = ['order_id,order_time,amount', 'o1,2024-01-01,5', 'o2,2024-01-02,7', 'o2,2024-01-02,7'].join('\n');

function expectBalanced(report: Report, loaded: LoadResult): void {
  for (const t of report.cleaning.tables) {
    const aside = Object.values(t.setAside).reduce((n, v) => n + (v ?? 0), 0);
    expect(t.kept + aside, `rows of ${t.id}`).toBe(t.rowsIn);
    const d = loaded.datasets.find((x) => x.id === t.id)!;
    expect(t.rowsIn, `rows read of ${d.name}`).toBe(d.rows);
  }
  expect(report.cleaning.tables).toHaveLength(loaded.datasets.length);
}

async function check(files: SourceFile[], sample?: 'zh' | 'en'): Promise<void> {
  const loaded = sample ? await engine.loadSample(sample, () => {}) : await engine.load(files, () => {});
  expect(loaded.datasets.length).toBeGreaterThan(0);
  const mapping = loaded.datasets.map((d) => ({ id: d.id, kind: d.kind, columns: d.columns }));
  const report = await engine.report(mapping, {}, () => {});
  expectBalanced(report, loaded);
  for (const d of loaded.datasets) await engine.remove(d.id);
}

describe('every row is accounted for', () => {
  it.each(['cdnow/CDNOW_master.txt', 'cdnow/CDNOW_sample.txt', 'rfm_orders/rfm_data_orders.csv'])('%s', async (path) => {
    await check(await sourceFiles(data(path)));
  });

  it.each(['zh', 'en'] as const)('the %s sample data (four tables)', async (locale) => {
    await check([], locale);
  });

  it('a messy orders file: duplicates, returns, zero and unparseable prices, a ragged row, no customer', async () => {
    await check([file('messy.csv', MESSY_ORDERS)]);
  });

  it('orders without any customer id', async () => {
    await check([file('no-customers.csv', NO_CUSTOMERS)]);
  });

  it('Parquet and Excel inputs', async () => {
    await check([file('orders.parquet', parquetFixture())]);
    await check([file('orders.xlsx', await xlsxFixture())]);
  });

  const olist = shared('olist_subset_10k');
  it.skipIf(!existsSync(olist))(`Olist, five tables together${existsSync(olist) ? '' : ' (SKIPPED: ../shared/data absent)'}`, async () => {
    const names = ['orders.csv', 'customers.csv', 'order_items.csv', 'products.csv', 'product_category_name_translation.csv'];
    await check((await Promise.all(names.map((n) => sourceFiles(shared('olist_subset_10k', n))))).flat());
  });

  const tmall = shared('tmall_order_report/tmall_order_report.gbk.csv');
  it.skipIf(!existsSync(tmall))(`Tmall (GBK, no customer ids)${existsSync(tmall) ? '' : ' (SKIPPED: ../shared/data absent)'}`, async () => {
    await check(await sourceFiles(tmall));
  });
});

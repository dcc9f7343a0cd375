// Breaks when the overview chapter's numbers (customers, orders, revenue, date range) drift from
// the datasets' documented facts, or when the Report stops being plain deterministic JSON.
// The expected numbers are the dataset READMEs' counts of the raw files, made independently of
// this code, so the cleaning rules are all switched off here (test/unit/clean checks them on).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import type { Engine } from '../../../workers/engine';
import type { LoadResult } from '../../../workers/protocol';
import { data, shared } from '../../support/datasets';
import { openEngine, sourceFiles } from '../../support/engine';
import { NO_CLEANING } from '../../support/no-cleaning';

let engine: Engine;
beforeAll(async () => {
  engine = await openEngine();
});
afterAll(() => engine.bindings.reset());


async function reportFor(location: string) {
  const loaded: LoadResult = await engine.load(await sourceFiles(location), () => {});
  expect(loaded.errors).toEqual([]);
  const mapping = loaded.datasets.map((d) => ({ id: d.id, kind: d.kind, columns: d.columns }));
  const report = await engine.report(mapping, NO_CLEANING, () => {});
  return { report, loaded, mapping };
}

describe('overview chapter', () => {
  it('Online Retail: 541,909 lines, 4,372 customers, 25,900 invoices, Dec 2010 to Dec 2011', async () => {
    const { report, mapping } = await reportFor(data('online_retail/online_retail.csv.gz'));
    const o = report.overview;
    expect(o.rows).toBe(541_909);
    expect(o.lines).toBe(541_909);
    expect(o.customers).toBe(4_372);
    expect(o.customerKey).toBe('customer_id');
    expect(o.orders).toBe(25_900);
    expect(o.ordersBasis).toBe('order_id');
    expect(o.firstOrder).toBe('2010-12-01T08:26:00');
    expect(o.lastOrder).toBe('2011-12-09T12:50:00');
    expect(o.revenueBasis).toBe('quantity_x_unit_price');
    // Gross of cancellations and adjustments: cleaning (a later chapter) nets them.
    const [ref] = await engine.db.query<{ revenue: number }>(
      `SELECT sum(Quantity * UnitPrice) AS revenue FROM read_csv('/uploads/ref.csv.gz', auto_detect=true)`.replace(
        '/uploads/ref.csv.gz',
        await registerCopy(data('online_retail/online_retail.csv.gz')),
      ),
    );
    expect(o.revenue).toBeCloseTo(ref.revenue, 2);
    // The same inputs give the same Report, byte for byte.
    const again = await engine.report(mapping, NO_CLEANING, () => {});
    expect(JSON.stringify(again)).toBe(JSON.stringify(report));
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('CDNOW master: one row = one order, 23,570 customers, $2,500,315.63', async () => {
    const { report } = await reportFor(data('cdnow/CDNOW_master.txt'));
    const o = report.overview;
    expect(o.rows).toBe(69_659);
    expect(o.customers).toBe(23_570);
    expect(o.orders).toBe(69_659);
    expect(o.ordersBasis).toBe('rows');
    expect(o.revenue).toBeCloseTo(2_500_315.63, 2);
    expect(o.firstOrder).toBe('1997-01-01T00:00:00');
    expect(o.lastOrder).toBe('1998-06-30T00:00:00');
    expect(o.days).toBe(546);
  });

  const tmall = shared('tmall_order_report/tmall_order_report.gbk.csv');
  it.skipIf(!existsSync(tmall))(`Tmall (GBK): order-level only, revenue = amount paid${existsSync(tmall) ? '' : ' (SKIPPED: ../shared/data absent)'}`, async () => {
    const { report } = await reportFor(tmall);
    const o = report.overview;
    expect(o.customers).toBeNull();
    expect(o.customerKey).toBeNull();
    expect(o.orders).toBe(28_010);
    expect(o.revenueBasis).toBe('paid_amount');
    expect(o.revenue).toBeCloseTo(1_902_487.15, 2);
    expect(o.firstOrder).toBe('2020-02-01T00:14:15');
    expect(o.lastOrder).toBe('2020-02-29T23:59:18');
  });
});

let copies = 0;
async function registerCopy(path: string): Promise<string> {
  const { readFileSync } = await import('node:fs');
  const name = `/uploads/ref_${++copies}.csv.gz`;
  engine.bindings.registerFileBuffer(name, new Uint8Array(readFileSync(path)));
  return name;
}

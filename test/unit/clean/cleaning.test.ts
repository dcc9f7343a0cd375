// Breaks when a cleaning rule counts, attributes or removes rows differently from an independent
// pandas computation of the same rules (test/reference/cleaning/make_reference.py wrote
// reference.json), when rows go missing from the accounting (rows in = kept + Σ set aside), or
// when switching a rule does not change the downstream numbers as it should.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Engine } from '../../../workers/engine';
import type { MappedDataset } from '../../../workers/protocol';
import type { Report } from '../../../src/analysis/report';
import type { TableAccounting } from '../../../src/analysis/clean/report';
import { data } from '../../support/datasets';
import { openEngine, sourceFiles } from '../../support/engine';

const ref = JSON.parse(readFileSync(new URL('../../reference/cleaning/reference.json', import.meta.url), 'utf8'));

let engine: Engine;
beforeAll(async () => {
  engine = await openEngine();
});
afterAll(() => engine.bindings.reset());

async function load(path: string): Promise<MappedDataset[]> {
  const r = await engine.load(await sourceFiles(data(path)), () => {});
  expect(r.errors).toEqual([]);
  return r.datasets.map((d) => ({ id: d.id, kind: d.kind, columns: d.columns }));
}

export function expectBalanced(report: Report): void {
  for (const t of report.cleaning.tables) {
    const aside = Object.values(t.setAside).reduce((n, v) => n + (v ?? 0), 0);
    expect(t.kept + aside, `rows of ${t.id}`).toBe(t.rowsIn);
  }
}

function only(report: Report): TableAccounting {
  expect(report.cleaning.tables).toHaveLength(1);
  return report.cleaning.tables[0];
}

describe('cleaning Online Retail with the default rules', () => {
  let mapping: MappedDataset[];
  let report: Report;
  const r = ref.online_retail;
  beforeAll(async () => {
    mapping = await load('online_retail/online_retail.csv.gz');
    report = await engine.report(mapping, {}, () => {});
  });

  it('counts what each rule matches, as pandas does', () => {
    const t = only(report);
    expect(t.rowsIn).toBe(r.rows_in);
    expect(t.matches).toEqual({ ...r.matches, outlier: t.matches!.outlier });
    expect(t.cancellations?.prefix).toBe(r.cancellation_prefix_rows);
  });

  it('sets rows aside by the first matching rule and balances the accounting', () => {
    const t = only(report);
    expect(t.setAside).toEqual(r.set_aside);
    expect(t.kept).toBe(r.kept);
    expect(t.keptForOrders).toBe(r.order_lines);
    expectBalanced(report);
  });

  it('leaves the customers, invoices and revenue pandas leaves', () => {
    const o = report.overview;
    expect(o.customers).toBe(r.customers);
    expect(o.orders).toBe(r.orders);
    expect(o.revenue).toBeCloseTo(r.order_revenue, 4);
    expect(report.cleaning.customerLines).toBe(r.kept);
  });

  it('switching a rule off changes the counts and the downstream numbers, and back again', async () => {
    const off = await engine.report(mapping, { cleaning: { duplicates: false } }, () => {});
    const t = only(off);
    expect(t.setAside.duplicate).toBeUndefined();
    // Duplicates of kept rows come back; duplicates of set-aside rows fall to their next rule.
    expect(t.kept).toBeGreaterThan(r.kept);
    expect(off.overview.revenue!).toBeGreaterThan(report.overview.revenue!);
    expectBalanced(off);
    const on = await engine.report(mapping, {}, () => {});
    expect(on.cleaning).toEqual(report.cleaning);
    expect(on.overview).toEqual(report.overview);
  });

  it('nets cancellations against purchases when asked', async () => {
    const net = await engine.report(mapping, { cleaning: { cancellations: { enabled: true, mode: 'net', prefixes: ['C'], statuses: [] } } }, () => {});
    const t = only(net);
    expect(t.setAside.cancellation).toBeUndefined();
    // Returns reduce revenue; cancellation invoices are not counted as orders.
    expect(net.overview.revenue!).toBeLessThan(report.overview.revenue!);
    expect(net.overview.orders).toBe(report.overview.orders);
    expectBalanced(net);
  });

  it('removes outlier orders only when asked to', async () => {
    expect(report.cleaning.outliers.orders).toBeGreaterThan(0);
    expect(only(report).setAside.outlier).toBeUndefined();
    const removed = await engine.report(mapping, { cleaning: { outliers: { enabled: true, rule: 'mean-multiple', k: 5, action: 'remove' } } }, () => {});
    expect(only(removed).setAside.outlier).toBe(report.cleaning.outliers.lines);
    expectBalanced(removed);
  });
});

describe('cleaning CDNOW master', () => {
  it('counts the repeated rows and the zero-value rows, as pandas does', async () => {
    const mapping = await load('cdnow/CDNOW_master.txt');
    const report = await engine.report(mapping, {}, () => {});
    const r = ref.cdnow_master;
    const t = only(report);
    expect(t.matches).toEqual({ ...r.matches, outlier: t.matches!.outlier });
    expect(t.setAside).toEqual(r.set_aside);
    expect(t.kept).toBe(r.kept);
    expect(report.overview.customers).toBe(r.customers);
    expect(report.overview.revenue).toBeCloseTo(r.customer_revenue, 2);
    expectBalanced(report);
  });
});

describe('set-aside rows can be downloaded', () => {
  it('gives the raw rows of one reason as a spreadsheet-safe CSV, as many as the log counts', async () => {
    const mapping = await load('online_retail/online_retail.csv.gz');
    const report = await engine.report(mapping, {}, () => {});
    const t = only(report);
    const { csv, rows } = await engine.exportRows(mapping, t.id, 'non-positive-price');
    expect(rows).toBe(t.setAside['non-positive-price']);
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(rows + 1);
    expect(lines[0]).toBe('\uFEFFline,InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country');
    // "Adjust bad debt" rows (A563186/A563187) have negative prices; a '-' cell is neutralised.
    expect(csv).toContain("A563186,B,Adjust bad debt,1,2011-08-12 14:51:00,'-11062.06");
  });
});

describe('outlier cut-offs', () => {
  it('are the rule itself: 5 x the mean order total, and every flagged order lies beyond it', async () => {
    const mapping = await load('online_retail/online_retail.csv.gz');
    const report = await engine.report(mapping, {}, () => {});
    const { cutoff, lo, orders } = report.cleaning.outliers;
    // Recomputed here: the mean order total of the lines no earlier rule sets aside.
    const [m] = await engine.db.query<{ mean: number }>(
      `SELECT avg(total) AS mean FROM (SELECT order_id, sum(revenue) AS total FROM tx_flagged
        WHERE NOT (f_duplicate OR f_cancellation OR f_non_positive_quantity OR f_non_positive_price OR f_test_row)
        GROUP BY order_id)`,
    );
    expect(cutoff.lo).toBeNull();
    expect(cutoff.hi).toBeCloseTo(5 * Number(m.mean), 6);
    expect(orders).toBeGreaterThan(0);
    expect(lo!).toBeGreaterThan(cutoff.hi!);
  });
});

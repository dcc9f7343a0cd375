/**
 * Reports for the chapter 2 tests, built by hand from the numbers the engine gives (Online Retail
 * from test/reference/cleaning/reference.json; the English sample data's four tables).
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_CLEANING, type CleaningOptions } from '../../../src/analysis/clean/options';
import type { CleaningReport, TableAccounting } from '../../../src/analysis/clean/report';
import type { Report, SourceSummary } from '../../../src/analysis/report';
import { reportOptions } from '../../../src/analysis/pipeline';

/** What chapter 2 reads of a Report; the other chapters' parts are left out. */
type CleaningPart = Pick<Report, 'schemaVersion' | 'options' | 'sources' | 'overview' | 'profiles' | 'cleaning' | 'methodology'>;

const ref = JSON.parse(readFileSync(new URL('../../reference/cleaning/reference.json', import.meta.url), 'utf8'));

export function cleaningReport(tables: TableAccounting[], extra: Partial<CleaningReport> = {}, options: CleaningOptions = DEFAULT_CLEANING): CleaningReport {
  return {
    options,
    prefixApplied: true,
    tables,
    outliers: { orders: 0, lines: 0, lo: null, hi: null, cutoff: { lo: null, hi: null } },
    variants: [],
    missing: [],
    zombies: null,
    customerLines: 0,
    orderLines: 0,
    ...extra,
  };
}

export function report(cleaning: CleaningReport, sources: SourceSummary[]): Report {
  const part: CleaningPart = {
    schemaVersion: 1,
    options: reportOptions({ cleaning: cleaning.options }),
    sources,
    overview: {
      datasets: sources.length,
      files: sources.length,
      rows: sources.reduce((n, s) => n + s.rows, 0),
      linesIn: 0,
      lines: 0,
      customers: null,
      orders: null,
      ordersBasis: 'order_id',
      customerKey: null,
      firstOrder: null,
      lastOrder: null,
      days: null,
      revenue: null,
      revenueBasis: null,
      currency: 'GBP',
    },
    profiles: [],
    cleaning,
    methodology: { steps: [] },
  };
  return part as Report;
}

const r = ref.online_retail;
export const RETAIL_TABLE: TableAccounting = {
  id: 'd1',
  rowsIn: r.rows_in,
  kept: r.kept,
  setAside: r.set_aside,
  matches: { ...r.matches, outlier: 70976 },
  cancellations: { prefix: r.cancellation_prefix_rows, status: 0, orders: 5172 },
  keptForOrders: r.order_lines,
};

export const RETAIL: Report = report(cleaningReport([RETAIL_TABLE], { outliers: { orders: 464, lines: 70941, lo: 2671.27, hi: 168469.6, cutoff: { lo: null, hi: 2663.17 } } }), [
  { id: 'd1', name: 'online_retail.csv.gz', kind: 'orders', files: 1, rows: r.rows_in, roles: { customer_id: 'CustomerID', order_id: 'InvoiceNo' } },
]);

/** The English sample: orders, customers (609 zombies), events (591 duplicates), feedback. */
export const SAMPLE: Report = report(
  cleaningReport(
    [
      {
        id: 'd4',
        rowsIn: 9011,
        kept: 8285,
        setAside: { cancellation: 638, 'test-row': 88 },
        matches: { duplicate: 0, cancellation: 638, 'non-positive-quantity': 0, 'non-positive-price': 0, 'test-row': 92, outlier: 120, 'missing-customer': 0 },
        cancellations: { prefix: 0, status: 638, orders: 390 },
        keptForOrders: 8285,
      },
      { id: 'd1', rowsIn: 3000, kept: 2391, setAside: { zombie: 609 }, matches: null, cancellations: null, keptForOrders: null },
      { id: 'd2', rowsIn: 33618, kept: 33027, setAside: { duplicate: 591 }, matches: null, cancellations: null, keptForOrders: null },
      { id: 'd3', rowsIn: 1472, kept: 1472, setAside: {}, matches: null, cancellations: null, keptForOrders: null },
    ],
    { prefixApplied: false, zombies: 609 },
  ),
  [
    { id: 'd1', name: 'customers.csv', kind: 'customers', files: 1, rows: 3000, roles: { customer_id: 'customer_id' } },
    { id: 'd2', name: 'events.csv', kind: 'events', files: 1, rows: 33618, roles: { customer_id: 'customer_id' } },
    { id: 'd3', name: 'feedback.csv', kind: 'feedback', files: 1, rows: 1472, roles: { customer_id: 'customer_id' } },
    { id: 'd4', name: 'orders.csv', kind: 'orders', files: 1, rows: 9011, roles: { customer_id: 'customer_id', order_id: 'order_id' } },
  ],
);

/**
 * Hand-made tx_clean (and customers_clean) tables for the value chapter, without reading or
 * cleaning files: the chapter only reads these relations, so small cases stay readable.
 */
import type { Db } from '../../../src/analysis/db';
import type { DatasetInput } from '../../../src/analysis/report';
import type { Role } from '../../../src/analysis/types';
import { literal } from '../../../src/analysis/sql/ident';
import { runValue } from '../../../src/analysis/value';
import { valueOptions, type ValueSettings } from '../../../src/analysis/value/options';
import type { ValueReport, ValueReportOk } from '../../../src/analysis/value/types';

export interface Line {
  customer: string;
  /** Order id; null = the line is its own order. */
  order?: string | null;
  /** 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM:SS'. */
  time: string | null;
  revenue: number;
  netted?: boolean;
  category?: string | null;
  channel?: string | null;
  payment?: string | null;
  discount?: number | null;
}

const str = (v: string | null | undefined) => (v === null || v === undefined ? 'NULL' : literal(v));
const num = (v: number | null | undefined) => (v === null || v === undefined ? 'NULL' : String(v));

export async function loadLines(db: Db, lines: Line[]): Promise<void> {
  const values = lines.map(
    (l, i) =>
      `(${str(l.customer)}, ${str(l.order ?? null)}, ${l.time ? `TIMESTAMP ${literal(l.time)}` : 'NULL'}, ${num(l.revenue)}, ${str(l.category)}, ${str(l.channel)}, ${str(l.payment)}, ${num(l.discount)}, ${i}, ${l.netted ? 'true' : 'false'})`,
  );
  await db.exec(`CREATE OR REPLACE TABLE tx_clean AS SELECT CAST(customer_id AS VARCHAR) AS customer_id, CAST(order_id AS VARCHAR) AS order_id,
      CAST(order_time AS TIMESTAMP) AS order_time, CAST(revenue AS DOUBLE) AS revenue,
      CAST(NULL AS DOUBLE) AS quantity, CAST(NULL AS DOUBLE) AS unit_price, CAST(NULL AS VARCHAR) AS product_id,
      CAST(NULL AS VARCHAR) AS product_name, CAST(category AS VARCHAR) AS category, CAST(NULL AS VARCHAR) AS status,
      CAST(channel AS VARCHAR) AS channel, CAST(payment_method AS VARCHAR) AS payment_method,
      CAST(NULL AS VARCHAR) AS country, CAST(NULL AS VARCHAR) AS region, CAST(NULL AS VARCHAR) AS city, CAST(discount AS DOUBLE) AS discount,
      'd1' AS source, CAST(_row AS BIGINT) AS _row, _netted, false AS f_outlier
    FROM (VALUES ${values.join(', ')}) AS v(customer_id, order_id, order_time, revenue, category, channel, payment_method, discount, _row, _netted)`);
  await db.exec(`CREATE OR REPLACE VIEW transactions AS SELECT * FROM tx_clean`);
}

/** A customer table as the cleaning step leaves it (customers_clean), and its DatasetInput. */
export async function loadCustomers(db: Db, columns: Role[], rows: (string | number | null)[][]): Promise<DatasetInput> {
  const values = rows.map((r, i) => `(${i}, ${r.map((v) => (typeof v === 'number' ? String(v) : str(v))).join(', ')})`);
  await db.exec(`CREATE OR REPLACE TABLE customers_clean AS SELECT * FROM (VALUES ${values.join(', ')}) AS v(_row, ${columns.join(', ')})`);
  return {
    id: 'c1',
    name: 'customers.csv',
    table: 'raw_c1',
    kind: 'customers',
    files: ['customers.csv'],
    rows: rows.length,
    columns: columns.map((role) => ({ name: role, role, format: { type: 'text' } })),
  };
}

export async function value(db: Db, settings: ValueSettings & { analysisDate?: string | null; datasets?: DatasetInput[]; net?: boolean } = {}): Promise<ValueReport> {
  return runValue(db, {
    datasets: settings.datasets ?? [],
    analysisDate: settings.analysisDate ?? null,
    options: valueOptions(settings),
    returnsNetted: settings.net ?? false,
  });
}

export function ok(v: ValueReport): ValueReportOk {
  if (v.status !== 'ok') throw new Error(`value chapter unavailable: ${v.reason}`);
  return v;
}

/** customer_results as customer_id -> row. */
export async function results(db: Db): Promise<Map<string, Record<string, unknown>>> {
  const rows = await db.query(`SELECT * FROM customer_results`);
  return new Map(rows.map((r) => [String(r.customer_id), r]));
}

/**
 * runReport: the whole analysis, from confirmed inputs to one Report. The browser worker, the
 * unit tests and any command line call this same function; it reaches DuckDB only through Db.
 */
import type { Db } from './db';
import type { DatasetInput, Overview, Report, ReportInputs, ReportOptions, SqlStep } from './report';
import { cleaningOptions, type CleaningOptions } from './clean/options';
import { runCleaning } from './clean/run';
import type { Row } from './db';
import { column, revenueBasis, transactionTables, personTable, typedName } from './model';
import { typedSql } from './sql/typed';
import { createOnce } from './sql/cache';
import { transactionsViewSql } from './sql/transactions';
import { overviewSql } from './sql/overview';
import type { Role } from './types';
import { currencyOf } from './currency';

export interface RunProgress {
  step: string;
  done: number;
  total: number;
}

/** Options as callers give them: every part optional, cleaning rules partly. */
export interface ReportSettings {
  currency?: string | null;
  cleaning?: Partial<CleaningOptions>;
}

export function reportOptions(settings: ReportSettings = {}): ReportOptions {
  return { currency: settings.currency ?? null, cleaning: cleaningOptions(settings.cleaning) };
}

export async function runReport(
  db: Db,
  inputs: ReportInputs,
  settings: ReportSettings = {},
  onProgress: (p: RunProgress) => void = () => {},
): Promise<Report> {
  const opts = reportOptions(settings);
  const steps: SqlStep[] = [];
  const run = async (label: string, sql: string) => {
    steps.push({ label, sql });
    await db.exec(sql);
  };
  const query = async <T extends Record<string, unknown>>(label: string, sql: string): Promise<T[]> => {
    steps.push({ label, sql });
    return (await db.query<Row>(sql)) as T[];
  };
  const cached = async (name: string, sql: string) => {
    steps.push({ label: name, sql });
    await createOnce(db, name, sql);
  };
  const total = inputs.datasets.length + 3;
  let done = 0;
  for (const d of inputs.datasets) {
    onProgress({ step: 'typed', done: done++, total });
    for (const sql of typedSql(d, 'table')) await cached(typedName(d), sql);
  }
  onProgress({ step: 'transactions', done: done++, total });
  await run('transactions', transactionsViewSql(inputs.datasets));
  onProgress({ step: 'cleaning', done: done++, total });
  const cleaning = await runCleaning(db, inputs.datasets, opts.cleaning, run, query, cached);
  onProgress({ step: 'overview', done: done++, total });
  const overview = await computeOverview(db, inputs.datasets, opts, steps);
  onProgress({ step: 'done', done: total, total });
  return {
    schemaVersion: 1,
    options: opts,
    sources: inputs.datasets.map((d) => ({
      id: d.id,
      name: d.name,
      kind: d.kind,
      files: d.files.length,
      rows: d.rows,
      roles: rolesOf(d),
    })),
    overview,
    cleaning,
    methodology: { steps },
  };
}

async function computeOverview(db: Db, datasets: DatasetInput[], opts: ReportOptions, steps: SqlStep[]): Promise<Overview> {
  const sql = overviewSql();
  steps.push({ label: 'overview', sql });
  const [r] = await db.query(sql);
  const tx = transactionTables(datasets);
  const withCustomer = Number(r.customers) > 0;
  const withOrderIds = Number(r.lines_with_order) > 0;
  const basis = tx.map(revenueBasis).find((b) => b !== null) ?? null;
  return {
    datasets: datasets.length,
    files: datasets.reduce((n, d) => n + d.files.length, 0),
    rows: datasets.reduce((n, d) => n + d.rows, 0),
    linesIn: Number(r.lines_in),
    lines: Number(r.lines),
    customers: withCustomer ? Number(r.customers) : null,
    orders: withOrderIds ? Number(r.orders) : Number(r.purchase_lines),
    ordersBasis: withOrderIds ? 'order_id' : 'rows',
    customerKey: withCustomer ? (personTable(datasets) ? 'person_id' : 'customer_id') : null,
    firstOrder: (r.first_order as string | null) ?? null,
    lastOrder: (r.last_order as string | null) ?? null,
    days: r.days === null ? null : Number(r.days),
    revenue: Number(r.lines_with_revenue) > 0 ? Number(r.revenue) : null,
    revenueBasis: basis,
    currency: opts.currency ?? detectCurrency(tx),
  };
}

function detectCurrency(tables: DatasetInput[]): string | null {
  for (const d of tables) {
    const basis = revenueBasis(d);
    const role = basis === 'quantity_x_unit_price' ? 'unit_price' : basis;
    const c = role ? column(d, role) : undefined;
    const code = currencyOf(c?.format.number?.currency ?? '');
    if (code) return code;
  }
  return null;
}

function rolesOf(d: DatasetInput): Partial<Record<Role, string>> {
  const roles: Partial<Record<Role, string>> = {};
  for (const c of d.columns) if (c.role !== 'ignore' && !(c.role in roles)) roles[c.role] = c.name;
  return roles;
}

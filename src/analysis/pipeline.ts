/**
 * runReport: the whole analysis, from confirmed inputs to one Report. The browser worker, the
 * unit tests and any command line call this same function; it reaches DuckDB only through Db.
 */
import type { Db } from './db';
import type { ChapterFailure, DatasetInput, Overview, Report, ReportInputs, ReportOptions, SqlStep } from './report';
import { cleaningOptions, type CleaningOptions } from './clean/options';
import { runCleaning } from './clean/run';
import { profileDataset } from './profile';
import { analysisDateOption, runValue, valueOptions, type ValueSettings } from './value';
import type { Row } from './db';
import { clvOptions, runClv, type ClvSettings } from './clv';
import { lifecycleOptions, runLifecycle, type LifecycleSettings } from './lifecycle';
import { feedbackOptions, runFeedback, type FeedbackSettings } from './feedback';
import { runClusters } from './clusters/run';
import { DEFAULT_CLUSTERS, type ClusterOptions } from './clusters/types';
import { column, has, revenueBasis, transactionTables, personTable, typedName } from './model';
import { typedTable } from './sql/typed';
import { createOnce, memo } from './sql/cache';
import { transactionsViewSql } from './sql/transactions';
import { overviewSql } from './sql/overview';
import type { Role } from './types';
import { currencyOf } from './currency';

export interface RunProgress {
  step: string;
  done: number;
  total: number;
}

/** Options as callers give them: every part optional. */
export interface ReportSettings {
  currency?: string | null;
  /** ISO date (YYYY-MM-DD) recency is counted to; null = the day after the last transaction date. */
  analysisDate?: string | null;
  cleaning?: Partial<CleaningOptions>;
  /** Cohort period and basis, funnel steps and window, channel verdict minimum. */
  lifecycle?: LifecycleSettings;
  value?: ValueSettings;
  clusters?: Partial<ClusterOptions>;
  /** BTYD period and unit, horizon, discount, risk thresholds, validation. */
  clv?: ClvSettings;
  /** Theme dictionary, comment cap, sentiment thresholds. */
  feedback?: FeedbackSettings;
}

export function reportOptions(settings: ReportSettings = {}): ReportOptions {
  return {
    currency: settings.currency ?? null,
    analysisDate: analysisDateOption(settings.analysisDate),
    cleaning: cleaningOptions(settings.cleaning),
    lifecycle: lifecycleOptions(settings.lifecycle),
    value: valueOptions(settings.value),
    clusters: { ...DEFAULT_CLUSTERS, ...settings.clusters },
    clv: clvOptions(settings.clv),
    feedback: feedbackOptions(settings.feedback),
  };
}

/** Column of customer_results that holds each segment scheme (the clusters' cross-tab uses the lead one). */
const SEGMENT_COLUMN = { named: 'named_segment', 'eight-class': 'eight_class', tiers: 'tier' } as const;

/** Tables the chapters write per customer; dropped at the start of each report. */
const PER_REPORT_TABLES = ['customer_results', 'customer_clusters', 'customer_clv', 'clv_attrs'] as const;

/** The analysis chapters after cleaning, in the order they run (later ones join earlier tables). */
const CHAPTERS = ['lifecycle', 'value', 'clusters', 'clv', 'feedback'] as const;

export async function runReport(
  db: Db,
  inputs: ReportInputs,
  settings: ReportSettings = {},
  onProgress: (p: RunProgress) => void = () => {},
): Promise<Report> {
  const opts = reportOptions(settings);
  const steps: SqlStep[] = [];
  // `statements`: what executes `sql` when a big table is written in slices (sql/slices.ts).
  const run = async (label: string, sql: string, statements: readonly string[] = [sql]) => {
    steps.push({ label, sql });
    for (const s of statements) await db.exec(s);
  };
  const query = async <T extends Record<string, unknown>>(label: string, sql: string): Promise<T[]> => {
    steps.push({ label, sql });
    return (await db.query<Row>(sql)) as T[];
  };
  const cached = async (name: string, sql: string, statements?: readonly string[]) => {
    steps.push({ label: name, sql });
    await createOnce(db, name, sql, statements);
  };
  const total = inputs.datasets.length * 2 + 3 + CHAPTERS.length;
  let done = 0;
  for (const d of inputs.datasets) {
    onProgress({ step: 'typed', done: done++, total });
    const typed = typedTable(d);
    await cached(typedName(d), typed.sql, typed.statements);
  }
  // Profiles describe the files as read, before any rule: they are why the rules exist.
  const profiles = [];
  for (const d of inputs.datasets) {
    onProgress({ step: 'profile', done: done++, total });
    const key = JSON.stringify([d.table, d.columns.map((c) => [c.name, c.format])]);
    // Not logged in the methodology: a memoised run would log nothing and the Report would differ.
    profiles.push(await memo(db, `profile:${d.id}`, key, () => profileDataset(db, d)));
  }
  onProgress({ step: 'transactions', done: done++, total });
  await run('transactions', transactionsViewSql(inputs.datasets));
  onProgress({ step: 'cleaning', done: done++, total });
  const cleaning = await runCleaning(db, inputs.datasets, opts.cleaning, run, query, cached);
  onProgress({ step: 'overview', done: done++, total });
  const overview = await computeOverview(db, inputs.datasets, opts, steps);
  // A chapter that fails says so in its place; the report around it still stands. Only a cancel
  // stops the whole run.
  const chapter = async <T>(step: (typeof CHAPTERS)[number], fn: (log: (sql: string) => void) => Promise<T>): Promise<T | ChapterFailure> => {
    onProgress({ step, done: done++, total });
    try {
      return await fn((sql) => steps.push({ label: step, sql }));
    } catch (e) {
      if (e instanceof Error && e.name === 'CancelledError') throw e;
      return { status: 'failed', error: e instanceof Error ? e.message : String(e) };
    }
  };
  // Per-customer tables of an earlier report must not pass for this one's when a chapter is
  // skipped or fails this time (the engine keeps one database across reports).
  for (const table of PER_REPORT_TABLES) await db.exec(`DROP TABLE IF EXISTS ${table}`);
  const lifecycle = await chapter('lifecycle', (log) => runLifecycle(db, { datasets: inputs.datasets, options: opts.lifecycle }, log));
  const value = await chapter('value', (log) =>
    runValue(
      db,
      {
        datasets: inputs.datasets,
        analysisDate: opts.analysisDate,
        options: opts.value,
        returnsNetted: opts.cleaning.cancellations.enabled && opts.cleaning.cancellations.mode === 'net',
      },
      log,
    ),
  );
  const valueReady = 'status' in value && value.status !== 'failed' && value.status !== 'unavailable';
  const clusters = await chapter('clusters', async () =>
    valueReady ? runClusters(db, opts.clusters, query, run, SEGMENT_COLUMN[opts.value.segments.lead]) : null,
  );
  const clv = await chapter('clv', (log) =>
    runClv(db, opts.clv, log, {
      customerResults: valueReady,
      customerClusters: clusters !== null && !('status' in clusters) && clusters.skipped === null,
      customerTable: inputs.datasets.some((d) => d.kind === 'customers' && has(d, 'customer_id')),
      segmentScheme: opts.value.segments.lead,
    }),
  );
  const feedback = await chapter('feedback', (log) => runFeedback(db, inputs.datasets, opts.feedback, log));
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
    profiles,
    cleaning,
    lifecycle,
    value,
    clusters,
    clv,
    feedback,
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


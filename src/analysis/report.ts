/**
 * The Report: one plain, JSON-serialisable object that every chapter of the page, the exports
 * and the tests read. Deterministic: no timestamps of when it was made, no random ids, so the
 * same files and settings give the same Report byte for byte.
 */
import type { ColumnMapping, FileKind, Role } from './types';
import type { CleaningOptions } from './clean/options';
import type { CleaningReport } from './clean/report';
import type { LifecycleOptions } from './lifecycle/options';
import type { LifecycleReport } from './lifecycle/types';
import type { DatasetProfile } from './profile/types';
import type { ValueOptions } from './value/options';
import type { ValueReport } from './value/types';
import type { ClvOptions } from './clv/options';
import type { ClvReport } from './clv/types';
import type { FeedbackOptions } from './feedback/options';
import type { FeedbackReport } from './feedback/types';
import type { ClusterOptions } from './clusters/types';
import type { ClustersReport } from './clusters/types';

/** A loaded table as the user confirmed it on the mapping screen. */
export interface DatasetInput {
  id: string;
  /** Display name: the file name, or the folder name for a folder read as one table. */
  name: string;
  /** Raw DuckDB table with every column as VARCHAR, as read from the file(s). */
  table: string;
  kind: FileKind;
  files: string[];
  rows: number;
  columns: ColumnMapping[];
}

export interface ReportInputs {
  datasets: DatasetInput[];
}

export interface ReportOptions {
  /** ISO 4217 code or a symbol; null = detect from the data. */
  currency: string | null;
  /** ISO date recency is counted to; null = the day after the last transaction date in tx_clean. */
  analysisDate: string | null;
  cleaning: CleaningOptions;
  /** Cohorts, channels, funnel and activity. */
  lifecycle: LifecycleOptions;
  /** RFM scoring and segment schemes of the value chapter. */
  value: ValueOptions;
  /** K-means on the customer table. */
  clusters: ClusterOptions;
  /** Lifetime value and churn. */
  clv: ClvOptions;
  /** Feedback theme dictionary and limits. */
  feedback: FeedbackOptions;
}

export type RevenueBasis = 'paid_amount' | 'amount' | 'quantity_x_unit_price' | 'unit_price';

export interface SourceSummary {
  id: string;
  name: string;
  kind: FileKind;
  files: number;
  rows: number;
  /** Which column plays each role (first column wins when several have the same role). */
  roles: Partial<Record<Role, string>>;
}

export interface Overview {
  datasets: number;
  files: number;
  /** Rows in all input tables. */
  rows: number;
  /** Transaction lines read (rows of the order tables that carry money or an order). */
  linesIn: number;
  /** Transaction lines kept for order totals after cleaning. */
  lines: number;
  customers: number | null;
  orders: number | null;
  /** How orders are counted: distinct order ids, or one row = one order when there is no id. */
  ordersBasis: 'order_id' | 'rows';
  /** Which key identifies a customer: the person key from a customer table, or the customer id. */
  customerKey: 'person_id' | 'customer_id' | null;
  /** Wall-clock ISO timestamps (no time zone), or null without an order time. */
  firstOrder: string | null;
  lastOrder: string | null;
  days: number | null;
  revenue: number | null;
  revenueBasis: RevenueBasis | null;
  currency: string | null;
}

export interface SqlStep {
  label: string;
  sql: string;
}

export interface Report {
  schemaVersion: 1;
  options: ReportOptions;
  sources: SourceSummary[];
  overview: Overview;
  /** Every input column profiled, per dataset (the data-quality part of chapter 2). */
  profiles: DatasetProfile[];
  cleaning: CleaningReport;
  /** issue 5: cohort retention, channel effectiveness, conversion funnel, activity. */
  lifecycle: LifecycleReport | ChapterFailure;
  /** Customer table, RFM scores and segments, concentration, profile and behaviour. */
  value: ValueReport | ChapterFailure;
  /** Null when the value chapter (its customer table) is unavailable. */
  clusters: ClustersReport | null | ChapterFailure;
  /** BG/NBD + Gamma-Gamma lifetime value and churn risk (or the rule-based fallback). */
  clv: ClvReport | ChapterFailure;
  /** Feedback themes, sentiment, trends, quotes; null without a feedback table. */
  feedback: FeedbackReport | null | ChapterFailure;
  methodology: { steps: SqlStep[] };
}

/** A chapter whose computation failed: the report shows the message in its place. */
export interface ChapterFailure {
  status: 'failed';
  error: string;
}

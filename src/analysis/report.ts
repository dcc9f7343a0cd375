/**
 * The Report: one plain, JSON-serialisable object that every chapter of the page, the exports
 * and the tests read. Deterministic: no timestamps of when it was made, no random ids, so the
 * same files and settings give the same Report byte for byte.
 */
import type { ColumnMapping, FileKind, Role } from './types';
import type { CleaningOptions } from './clean/options';
import type { CleaningReport } from './clean/report';

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
  cleaning: CleaningOptions;
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
  cleaning: CleaningReport;
  methodology: { steps: SqlStep[] };
}

/**
 * How the confirmed mapping turns into the few logical tables every analysis reads. Decisions
 * that several SQL builders share live here, once: which column plays a role, which tables
 * carry money, which only carry order headers, and which key identifies a customer.
 */
import type { DatasetInput, RevenueBasis } from './report';
import type { ColumnMapping, Role } from './types';

export function column(d: DatasetInput, role: Role): ColumnMapping | undefined {
  return d.columns.find((c) => c.role === role);
}

export function has(d: DatasetInput, role: Role): boolean {
  return column(d, role) !== undefined;
}

export function revenueBasis(d: DatasetInput): RevenueBasis | null {
  if (has(d, 'paid_amount')) return 'paid_amount';
  if (has(d, 'amount')) return 'amount';
  if (has(d, 'unit_price')) return has(d, 'quantity') ? 'quantity_x_unit_price' : 'unit_price';
  return null;
}

/** Order tables with money on their rows (order lines or whole orders). */
export function lineTables(datasets: DatasetInput[]): DatasetInput[] {
  return datasets.filter((d) => d.kind === 'orders' && revenueBasis(d) !== null);
}

/** Order tables without money that can lend customer and time to lines through the order id. */
export function headerTables(datasets: DatasetInput[]): DatasetInput[] {
  return datasets.filter(
    (d) => d.kind === 'orders' && revenueBasis(d) === null && has(d, 'order_id') && (has(d, 'customer_id') || has(d, 'order_time')),
  );
}

/** Order tables the transactions are built from: lines, or headers alone when no table has money. */
export function transactionTables(datasets: DatasetInput[]): DatasetInput[] {
  const lines = lineTables(datasets);
  if (lines.length > 0) return lines;
  return datasets.filter((d) => d.kind === 'orders');
}

/** A customer table that maps the per-account customer id to a person key. */
export function personTable(datasets: DatasetInput[]): DatasetInput | undefined {
  return datasets.find((d) => d.kind === 'customers' && has(d, 'customer_id') && has(d, 'person_id'));
}

/** A header table that can complete a line table lacking customer or time. */
export function headerFor(line: DatasetInput, datasets: DatasetInput[]): DatasetInput | undefined {
  if (!has(line, 'order_id')) return undefined;
  if (has(line, 'customer_id') && has(line, 'order_time')) return undefined;
  return headerTables(datasets).find((h) => h !== line);
}

/** The typed relation of a dataset: a table for the report, a view for the mapping screen. */
export function typedName(d: DatasetInput, as: 'table' | 'view' = 'table'): string {
  return as === 'table' ? `typed_${d.id}` : `mapped_${d.id}`;
}

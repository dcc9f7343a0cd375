/**
 * What the mapping must provide before a report makes sense. Errors stop the report; warnings
 * let it run with the chapters that need the missing role switched off, and say so.
 */
import type { DatasetInput } from './report';
import { has, headerFor, personTable, transactionTables } from './model';

export type ProblemCode =
  | 'no-orders' // no table is classified as orders/transactions
  | 'no-date' // order tables without a usable order time
  | 'no-customer' // no customer id reachable from the orders
  | 'no-money'; // no amount or price: revenue is unknown

export interface Problem {
  level: 'error' | 'warning';
  code: ProblemCode;
  /** The dataset the problem is about, when it is about one. */
  dataset?: string;
}

export function validateInputs(datasets: DatasetInput[]): Problem[] {
  const orders = transactionTables(datasets);
  if (orders.length === 0) return [{ level: 'error', code: 'no-orders' }];
  const problems: Problem[] = [];
  for (const d of orders) {
    const header = headerFor(d, datasets);
    const reach = (role: 'order_time' | 'customer_id') => has(d, role) || (header !== undefined && has(header, role));
    if (!reach('order_time')) problems.push({ level: 'error', code: 'no-date', dataset: d.id });
    if (!reach('customer_id') && !personTable(datasets)) problems.push({ level: 'warning', code: 'no-customer', dataset: d.id });
    if (!has(d, 'paid_amount') && !has(d, 'amount') && !has(d, 'unit_price')) {
      problems.push({ level: 'warning', code: 'no-money', dataset: d.id });
    }
  }
  return problems;
}

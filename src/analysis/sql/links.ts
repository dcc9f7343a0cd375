import type { DatasetInput } from '../report';
import { has, headerTables, typedName } from '../model';
import { ident } from './ident';

/** How well two tables join: the share of the keys of `from` that are found in `to`. */
export interface LinkCheck {
  from: string;
  to: string;
  key: 'customer_id' | 'order_id';
}

/**
 * Which table pairs to check. Customer tables are the reference for customer ids; order-header
 * tables for the order ids of line tables that carry no customer.
 */
export function linkChecks(datasets: DatasetInput[]): LinkCheck[] {
  const checks: LinkCheck[] = [];
  const customerTables = datasets.filter((d) => d.kind === 'customers' && has(d, 'customer_id'));
  for (const d of datasets) {
    if (d.kind === 'customers') continue;
    if (has(d, 'customer_id')) {
      for (const c of customerTables) checks.push({ from: d.id, to: c.id, key: 'customer_id' });
    } else if (has(d, 'order_id')) {
      for (const h of headerTables(datasets)) {
        if (h !== d) checks.push({ from: d.id, to: h.id, key: 'order_id' });
      }
    }
  }
  return checks;
}

export function linkSql(check: LinkCheck, datasets: DatasetInput[]): string {
  const byId = (id: string) => datasets.find((d) => d.id === id)!;
  const k = ident(check.key);
  const from = ident(typedName(byId(check.from), 'view'));
  const to = ident(typedName(byId(check.to), 'view'));
  return `SELECT count(*) AS total, count(b.k) AS matched
    FROM (SELECT DISTINCT ${k} AS k FROM ${from} WHERE ${k} IS NOT NULL) AS a
    LEFT JOIN (SELECT DISTINCT ${k} AS k FROM ${to}) AS b ON a.k = b.k`;
}

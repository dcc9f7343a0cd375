/**
 * The template's missing-value rule, per attribute column: under the threshold (5%), numbers
 * are filled with the median and categories with the most frequent value; at or above it the
 * values stay missing and charts show them as "unknown", with the reason in the cleaning log.
 */
import type { DatasetInput } from '../report';
import { has, typedName } from '../model';
import { ident, literal } from '../sql/ident';
import type { Role } from '../types';
import type { CleaningOptions } from './options';
import type { MissingPlan } from './report';

type Query = <T extends Record<string, unknown>>(label: string, sql: string) => Promise<T[]>;

const CUSTOMER_ATTRIBUTES: Role[] = ['gender', 'age', 'city', 'region', 'country', 'channel', 'membership_level'];
const LINE_ATTRIBUTES: Role[] = ['category', 'channel', 'payment_method'];
const NUMERIC: Role[] = ['age'];

export async function missingPlans(datasets: DatasetInput[], o: CleaningOptions, query: Query): Promise<MissingPlan[]> {
  const plans: MissingPlan[] = [];
  const customers = datasets.find((d) => d.kind === 'customers');
  if (customers) {
    const source = `(SELECT t.* FROM ${ident(typedName(customers))} AS t ANTI JOIN ${ident(`dups_${customers.id}`)} AS d ON d._row = t._row)`;
    for (const role of CUSTOMER_ATTRIBUTES.filter((r) => has(customers, r))) {
      plans.push(await plan(customers.id, role, source, o, query));
    }
  }
  // Line attributes are judged on the lines the analyses keep.
  const txRoles = LINE_ATTRIBUTES.filter((r) => datasets.some((d) => d.kind === 'orders' && has(d, r)));
  for (const role of txRoles) plans.push(await plan('transactions', role, 'tx_flagged WHERE _reason IS NULL', o, query));
  return plans.filter((p) => p.missing > 0);
}

async function plan(table: string, role: Role, source: string, o: CleaningOptions, query: Query): Promise<MissingPlan> {
  const col = ident(role);
  const numeric = NUMERIC.includes(role);
  const fillExpr = numeric ? `median(${col})` : `mode(${col})`;
  const [r] = await query<{ rows: number; missing: number; fill: string | number | null }>(
    `missing:${table}:${role}`,
    `SELECT count(*) AS rows, count(*) - count(${col}) AS missing, ${fillExpr} AS fill FROM ${source}`,
  );
  const rows = Number(r.rows);
  const missing = Number(r.missing);
  const share = rows ? missing / rows : 0;
  const choice = o.missingValues.overrides[`${table}:${role}`];
  const fill = choice ? choice === 'fill' : share < o.missingValues.threshold;
  const action: MissingPlan['action'] = missing === 0 ? 'none' : fill && r.fill !== null ? (numeric ? 'fill-median' : 'fill-mode') : 'unknown';
  return { table, column: role, role, missing, share, action, overridden: choice !== undefined, fill: action.startsWith('fill') ? r.fill : null };
}

/** The fills that apply to one table, as column -> value. */
export function fills(plans: MissingPlan[], table: string): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const p of plans) if (p.table === table && p.fill !== null && p.action.startsWith('fill')) out[p.column] = p.fill;
  return out;
}

/** Customers as the profile reads them: first copy of each row, missing values filled by plan. */
export function customersCleanSql(d: DatasetInput, fill: Record<string, string | number>, dropDuplicates: boolean): string {
  const replace = Object.entries(fill).map(([c, v]) => `coalesce(t.${ident(c)}, ${typeof v === 'number' ? v : literal(v)}) AS ${ident(c)}`);
  const star = replace.length ? `t.* REPLACE (${replace.join(', ')})` : 't.*';
  const dups = dropDuplicates ? ` ANTI JOIN ${ident(`dups_${d.id}`)} AS d ON d._row = t._row` : '';
  return `CREATE OR REPLACE VIEW customers_clean AS SELECT ${star} FROM ${ident(typedName(d))} AS t${dups}`;
}

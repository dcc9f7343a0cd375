/**
 * The cleaning step of runReport: flags every transaction line, decides its fate, makes the
 * views the analyses read (tx_orders, tx_clean) and accounts for every row of every input.
 */
import type { Db } from '../db';
import type { DatasetInput } from '../report';
import { has, transactionTables, typedName } from '../model';
import { ident } from '../sql/ident';
import type { CleaningOptions, Reason } from './options';
import type { CleaningReport, MissingPlan, TableAccounting, VariantGroup } from './report';
import {
  accountingSql,
  beforeOutliers,
  cleanViewsSql,
  duplicatesSql,
  flaggedSql,
  flagsSql,
  outlierBoundsSql,
  outlierOrdersSql,
  prefixShareSql,
  ruleMatchesSql,
} from './sql';
import { variantKey } from './text';
import { customersCleanSql, fills, missingPlans } from './missing';

/** Log `sql` in the methodology and run it, or run `statements` in its place (a table built in slices). */
type Run = (label: string, sql: string, statements?: readonly string[]) => Promise<void>;
type Query = <T extends Record<string, unknown>>(label: string, sql: string) => Promise<T[]>;

/** A prefix that marks most order ids is a numbering scheme, not a cancellation marker. */
const MAX_PREFIX_SHARE = 0.5;
const VARIANT_COLUMNS = ['category', 'channel', 'payment_method', 'status'] as const;

export async function runCleaning(db: Db, datasets: DatasetInput[], o: CleaningOptions, run: Run, query: Query, cached: Run): Promise<CleaningReport> {
  const sources = transactionTables(datasets);
  for (const d of datasets) await cached(`dups_${d.id}`, duplicatesSql(d));
  const [share] = await query<{ share: number }>('cancellation-prefix-share', prefixShareSql(o.cancellations.prefixes));
  const prefixApplied = Number(share?.share ?? 0) > 0 && Number(share?.share ?? 0) < MAX_PREFIX_SHARE;
  const flags = flagsSql(o, { sources, usePrefixes: prefixApplied });
  await run('flags', flags.sql, flags.statements);
  const variants = await variantGroups(query);
  if (o.mergeVariants) for (const column of VARIANT_COLUMNS) await run(`merge-variants:${column}`, mergeSql(column));
  await run('outlier-orders', outlierOrdersSql(o));
  const flagged = flaggedSql(o, sources);
  await run('flagged', flagged.sql, flagged.statements);
  const missing: MissingPlan[] = o.missingValues.enabled ? await missingPlans(datasets, o, query) : [];
  for (const sql of cleanViewsSql(fills(missing, 'transactions'))) await run('clean-views', sql);
  const customers = datasets.find((d) => d.kind === 'customers');
  if (customers) await run('customers-clean', customersCleanSql(customers, fills(missing, customers.id), o.duplicates));

  const tables: TableAccounting[] = [];
  const reasons = await query<{ source: string; reason: Reason | null; rows: number }>('accounting', accountingSql());
  const matches = await query<Record<string, number | string>>('rule-matches', ruleMatchesSql());
  for (const d of sources) tables.push(transactionAccounting(d, reasons, matches));
  const zombies = await countZombies(datasets, o, query);
  for (const d of datasets) {
    if (sources.includes(d)) continue;
    tables.push(await otherAccounting(d, o, query, zombies.table === d.id ? zombies.count : 0));
  }
  const [outliers] = await query<{ orders: number; lines: number; lo: number | null; hi: number | null }>(
    'outlier-summary',
    `SELECT (SELECT count(*) FROM outlier_orders) AS orders, (SELECT count(*) FROM tx_flagged WHERE f_outlier AND ${beforeOutliers(o)}) AS lines,
      (SELECT min(total) FROM outlier_orders) AS lo, (SELECT max(total) FROM outlier_orders) AS hi`,
  );
  const [cut] = await query<{ lo: number | null; hi: number | null }>('outlier-bounds', outlierBoundsSql(o));
  // The bounds were tx_flags' last reader. tx_flagged holds all its columns and more, so it is a
  // second copy of every line (26 columns); on large files memory is what runs out.
  await db.exec('DROP TABLE tx_flags');
  const finite = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(Number(v)) ? null : Number(v));
  const [lines] = await query<{ customer: number; orders: number }>(
    'clean-lines',
    `SELECT (SELECT count(*) FROM tx_clean) AS customer, (SELECT count(*) FROM tx_orders) AS orders`,
  );
  return {
    options: o,
    prefixApplied,
    tables,
    outliers: {
      orders: Number(outliers.orders),
      lines: Number(outliers.lines),
      lo: outliers.lo === null ? null : Number(outliers.lo),
      hi: outliers.hi === null ? null : Number(outliers.hi),
      cutoff: { lo: finite(cut?.lo), hi: finite(cut?.hi) },
    },
    variants,
    missing,
    zombies: zombies.table ? zombies.count : null,
    customerLines: Number(lines.customer),
    orderLines: Number(lines.orders),
  };
}

function transactionAccounting(
  d: DatasetInput,
  reasons: { source: string; reason: Reason | null; rows: number }[],
  matches: Record<string, number | string>[],
): TableAccounting {
  const mine = reasons.filter((r) => r.source === d.id);
  const setAside: Partial<Record<Reason, number>> = {};
  let kept = 0;
  for (const r of mine) {
    if (r.reason === null) kept += Number(r.rows);
    else setAside[r.reason] = Number(r.rows);
  }
  const m = matches.find((x) => x.source === d.id);
  const count = (k: string) => Number(m?.[k] ?? 0);
  return {
    id: d.id,
    rowsIn: mine.reduce((n, r) => n + Number(r.rows), 0),
    kept,
    setAside,
    matches: {
      duplicate: count('duplicate'),
      cancellation: count('cancellation'),
      'non-positive-quantity': count('non_positive_quantity'),
      'non-positive-price': count('non_positive_price'),
      'test-row': count('test_row'),
      outlier: count('outlier'),
      'missing-customer': count('missing_customer'),
    },
    cancellations: { prefix: count('cancel_prefix'), status: count('cancel_status'), orders: count('cancel_orders') },
    keptForOrders: kept + (setAside['missing-customer'] ?? 0),
  };
}

/** Customers, events, feedback and other tables: duplicates, lines without a customer, zombies. */
async function otherAccounting(d: DatasetInput, o: CleaningOptions, query: Query, zombies: number): Promise<TableAccounting> {
  const t = ident(typedName(d));
  const customerRule = o.missingCustomer && has(d, 'customer_id') && d.kind !== 'products' && d.kind !== 'other';
  const [r] = await query<{ rows_in: number; duplicate: number; missing: number }>(
    `accounting:${d.id}`,
    `SELECT count(*) AS rows_in,
      count(*) FILTER (WHERE dup._row IS NOT NULL) AS duplicate,
      count(*) FILTER (WHERE dup._row IS NULL AND ${customerRule ? 't.customer_id IS NULL' : 'false'}) AS missing
    FROM ${t} AS t LEFT JOIN ${ident(`dups_${d.id}`)} AS dup ON dup._row = t._row`,
  );
  const setAside: TableAccounting['setAside'] = {};
  const duplicate = o.duplicates ? Number(r.duplicate) : 0;
  if (duplicate) setAside.duplicate = duplicate;
  if (Number(r.missing)) setAside['missing-customer'] = Number(r.missing);
  if (zombies) setAside.zombie = zombies;
  const aside = Object.values(setAside).reduce((n, v) => n + (v ?? 0), 0);
  return { id: d.id, rowsIn: Number(r.rows_in), kept: Number(r.rows_in) - aside, setAside, matches: null, cancellations: null, keptForOrders: null };
}

/**
 * Registered customers (distinct ids, first copy of each row) without any kept purchase. Without
 * a transaction table nobody's purchases are known, so there is no zombie count at all (null in
 * the report), rather than every registered customer called one.
 */
async function countZombies(datasets: DatasetInput[], o: CleaningOptions, query: Query): Promise<{ table: string | null; count: number }> {
  const customers = datasets.find((d) => d.kind === 'customers' && has(d, 'customer_id'));
  if (!customers || transactionTables(datasets).length === 0) return { table: null, count: 0 };
  if (!o.zombies) return { table: customers.id, count: 0 };
  const key = has(customers, 'person_id') ? 'coalesce(c.person_id, c.customer_id)' : 'c.customer_id';
  const [r] = await query<{ n: number }>(
    'zombies',
    `SELECT count(*) AS n FROM ${ident(typedName(customers))} AS c
      LEFT JOIN ${ident(`dups_${customers.id}`)} AS dup ON dup._row = c._row
      WHERE dup._row IS NULL AND c.customer_id IS NOT NULL
        AND ${key} NOT IN (SELECT customer_id FROM tx_clean)`,
  );
  return { table: customers.id, count: Number(r.n) };
}

async function variantGroups(query: Query): Promise<VariantGroup[]> {
  const groups: VariantGroup[] = [];
  for (const column of VARIANT_COLUMNS) {
    const rows = await query<{ key: string; value: string; n: number }>(
      `variants:${column}`,
      `WITH v AS (SELECT ${variantKey(column)} AS key, ${column} AS value, count(*) AS n FROM tx_flags WHERE ${column} IS NOT NULL GROUP BY ALL),
        k AS (SELECT key FROM v GROUP BY key HAVING count(*) > 1)
      SELECT v.key, v.value, v.n FROM v JOIN k USING (key) ORDER BY v.key, v.n DESC, v.value LIMIT 500`,
    );
    const byKey = new Map<string, { value: string; rows: number }[]>();
    for (const r of rows) byKey.set(r.key, [...(byKey.get(r.key) ?? []), { value: r.value, rows: Number(r.n) }]);
    for (const variants of byKey.values()) groups.push({ column, canonical: variants[0].value, variants });
  }
  return groups;
}

/** Replace each spelling by the most frequent spelling of its group. */
function mergeSql(column: (typeof VARIANT_COLUMNS)[number]): string {
  return `UPDATE tx_flags SET ${column} = m.canonical FROM (
      SELECT value, first(value ORDER BY n DESC, value) OVER (PARTITION BY key) AS canonical
      FROM (SELECT ${variantKey(column)} AS key, ${column} AS value, count(*) AS n FROM tx_flags WHERE ${column} IS NOT NULL GROUP BY ALL)
    ) AS m WHERE tx_flags.${column} = m.value AND m.value <> m.canonical`;
}


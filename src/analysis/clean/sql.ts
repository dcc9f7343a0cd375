/**
 * SQL of the cleaning step. Every line of the transactions view gets one flag per rule
 * (independent: how many lines each rule matches) and one reason (exclusive: the first enabled
 * rule that matches, in REASONS order), so rows in = rows kept + Σ rows set aside, per file.
 */
import type { DatasetInput } from '../report';
import { ident, literal } from '../sql/ident';
import type { CleaningOptions } from './options';
import { halfWidth, variantKey } from './text';
import { repeatsHeaderSql } from './header-repeat';
import { rowHashSql } from '../sql/row-hash';
import { lineRanges, slicedTable, whereClause, type SlicedTable } from '../sql/slices';

/**
 * Lines of the raw table that repeat an earlier line in every column (the earliest copy is kept),
 * and lines that repeat the header line (two exports pasted into one file, see header-repeat.ts).
 */
export function duplicatesSql(d: DatasetInput): string {
  const cols = d.columns.map((c) => ident(c.name)).join(', ');
  // A row hash finds the candidates cheaply (rows whose hash occurs more than once); the exact
  // comparison, a window over all columns, then runs on those alone: at 1M rows 0.9 s instead of
  // 3.6 s for the window on every row. A hash collision only adds a candidate, never a duplicate.
  return `CREATE OR REPLACE TABLE ${ident(`dups_${d.id}`)} AS
    WITH h AS (SELECT rowid AS _row, ${rowHashSql(d.columns.map((c) => c.name))} AS k FROM ${ident(d.table)}),
    candidates AS (SELECT _row FROM h WHERE k IN (SELECT k FROM h GROUP BY k HAVING count(*) > 1))
    SELECT _row FROM (
      SELECT rowid AS _row, row_number() OVER (PARTITION BY ${cols} ORDER BY rowid) AS copy
      FROM ${ident(d.table)} WHERE rowid IN (SELECT _row FROM candidates)
    ) WHERE copy > 1
    UNION
    SELECT rowid AS _row FROM ${ident(d.table)} WHERE ${repeatsHeaderSql(d.columns.map((c) => c.name))}`;
}

/** Share of order ids that look like "<prefix><digit>…": a prefix rule only applies when such ids are a minority. */
export function prefixShareSql(prefixes: string[]): string {
  return `SELECT count(*) FILTER (WHERE ${prefixMatch('order_id', prefixes)}) / greatest(count(order_id), 1) AS share FROM transactions`;
}

function prefixMatch(col: string, prefixes: string[]): string {
  if (prefixes.length === 0) return 'false';
  const alternatives = prefixes.map((p) => p.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&')).join('|');
  return `coalesce(regexp_matches(${col}, ${literal(`^(?:${alternatives})[0-9]`)}), false)`;
}

export interface FlagContext {
  /** Transaction datasets with the duplicates table made for them. */
  sources: DatasetInput[];
  /** Whether the order-id prefix rule applies to this data (see prefixShareSql). */
  usePrefixes: boolean;
}

/** Lines with one boolean per rule and normalised text; the outlier flag comes in a second step. */
export function flagsSql(o: CleaningOptions, ctx: FlagContext): SlicedTable {
  const dupJoin = ctx.sources
    .map((d) => `SELECT ${literal(d.id)} AS source, _row FROM ${ident(`dups_${d.id}`)}`)
    .join(' UNION ALL ');
  const statuses = o.cancellations.statuses.map((s) => literal(s.toLowerCase())).join(', ');
  const markers = o.testRows.markers.filter((m) => m.trim() !== '');
  const markerRe = markers.map((m) => m.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&')).join('|');
  const testMatch = markers.length
    ? `coalesce(regexp_matches(lower(coalesce(t.product_name, '') || ' ' || coalesce(t.product_id, '')), ${literal(markerRe)}), false)`
    : 'false';
  const byPrefix = ctx.usePrefixes ? prefixMatch('t.order_id', o.cancellations.prefixes) : 'false';
  const byStatus = statuses ? `coalesce(lower(trim(t.status)) IN (${statuses}), false)` : 'false';
  const cancel = [byPrefix, byStatus, 'coalesce(t.quantity < 0, false)'].join(' OR ');
  const select = (where: string | null) => `SELECT
      t.customer_id, ${halfWidth('t.order_id')} AS order_id, t.order_time, t.revenue, t.quantity, t.unit_price,
      upper(${halfWidth('t.product_id')}) AS product_id, ${halfWidth('t.product_name')} AS product_name,
      ${halfWidth('t.category')} AS category, ${halfWidth('t.status')} AS status, ${halfWidth('t.channel')} AS channel,
      ${halfWidth('t.payment_method')} AS payment_method, t.country, t.region, t.city, t.discount, t.source, t._row,
      (d._row IS NOT NULL) AS f_duplicate,
      (${cancel}) AS f_cancellation,
      (${byPrefix}) AS f_cancel_prefix,
      (${byStatus}) AS f_cancel_status,
      coalesce(t.quantity <= 0, false) AS f_non_positive_quantity,
      coalesce(t.unit_price <= 0 OR (t.unit_price IS NULL AND t.revenue <= 0), false) AS f_non_positive_price,
      ${testMatch} AS f_test_row,
      (t.customer_id IS NULL) AS f_missing_customer
    FROM transactions AS t
    LEFT JOIN (${dupJoin || 'SELECT NULL AS source, NULL AS _row WHERE false'}) AS d ON d.source = t.source AND d._row = t._row${whereClause(where)}`;
  return slicedTable('tx_flags', select, lineRanges('t', ctx.sources));
}

/** The lines the outlier rule looks at: those no earlier enabled rule sets aside. */
export function beforeOutliers(o: CleaningOptions): string {
  const conds: string[] = [];
  if (o.duplicates) conds.push('NOT f_duplicate');
  if (o.cancellations.enabled) conds.push('NOT f_cancellation');
  if (o.nonPositiveQuantity) conds.push('NOT f_non_positive_quantity');
  if (o.nonPositivePrice) conds.push('NOT f_non_positive_price');
  if (o.testRows.enabled) conds.push('NOT f_test_row');
  return conds.length ? conds.join(' AND ') : 'true';
}

/** The order a line belongs to; a line is its own order when the data has no order id. */
const ORDER_KEY = `coalesce(order_id, source || ':' || _row)`;

/** Order totals outside the rule's bounds. Rules look at order totals, as the template does (orders > 5x the mean). */
export function outlierOrdersSql(o: CleaningOptions): string {
  return `CREATE OR REPLACE TABLE outlier_orders AS ${boundsCte(o)}
    SELECT order_key, total FROM totals, bounds WHERE total < lo OR total > hi`;
}

/** The rule's cut-offs themselves (lo is -inf for the one-sided mean-multiple rule). */
export function outlierBoundsSql(o: CleaningOptions): string {
  return `${boundsCte(o)} SELECT lo, hi FROM bounds`;
}

function boundsCte(o: CleaningOptions): string {
  const k = Number(o.outliers.k);
  const totals = `SELECT ${ORDER_KEY} AS order_key, sum(revenue) AS total FROM tx_flags WHERE ${beforeOutliers(o)} GROUP BY 1`;
  let bounds: string;
  switch (o.outliers.rule) {
    case 'sigma':
      bounds = `SELECT avg(total) - ${k} * stddev_pop(total) AS lo, avg(total) + ${k} * stddev_pop(total) AS hi FROM totals`;
      break;
    case 'iqr':
      bounds = `SELECT q1 - ${k} * (q3 - q1) AS lo, q3 + ${k} * (q3 - q1) AS hi FROM (
        SELECT quantile_cont(total, 0.25) AS q1, quantile_cont(total, 0.75) AS q3 FROM totals)`;
      break;
    case 'mean-multiple':
      bounds = `SELECT CAST('-inf' AS DOUBLE) AS lo, ${k} * avg(total) AS hi FROM totals`;
      break;
  }
  return `WITH totals AS (${totals}), bounds AS (${bounds})`;
}

/** The first enabled rule that matches, as the line's reason; NULL = kept. */
export function flaggedSql(o: CleaningOptions, sources: readonly DatasetInput[]): SlicedTable {
  const net = o.cancellations.enabled && o.cancellations.mode === 'net';
  const whens: string[] = [];
  if (o.duplicates) whens.push(`WHEN f_duplicate THEN 'duplicate'`);
  if (o.cancellations.enabled) {
    // Netted cancellations stay (they reduce their customer's revenue) unless they lack a customer.
    whens.push(
      net
        ? `WHEN f_cancellation THEN ${o.missingCustomer ? `CASE WHEN f_missing_customer THEN 'missing-customer' END` : 'NULL'}`
        : `WHEN f_cancellation THEN 'cancellation'`,
    );
  }
  if (o.nonPositiveQuantity) whens.push(`WHEN f_non_positive_quantity THEN 'non-positive-quantity'`);
  if (o.nonPositivePrice) whens.push(`WHEN f_non_positive_price THEN 'non-positive-price'`);
  if (o.testRows.enabled) whens.push(`WHEN f_test_row THEN 'test-row'`);
  if (o.outliers.enabled && o.outliers.action === 'remove') whens.push(`WHEN f_outlier THEN 'outlier'`);
  if (o.missingCustomer) whens.push(`WHEN f_missing_customer THEN 'missing-customer'`);
  const reason = whens.length ? `CASE ${whens.join(' ')} END` : 'CAST(NULL AS VARCHAR)';
  const outlier = o.outliers.enabled ? `(x.order_key IS NOT NULL)` : 'false';
  const select = (where: string | null) => `SELECT *, ${reason} AS _reason, (${net ? 'f_cancellation' : 'false'}) AS _netted FROM (
      SELECT f.*, ${outlier} AS f_outlier
      FROM tx_flags AS f LEFT JOIN outlier_orders AS x ON x.order_key = ${ORDER_KEY.replaceAll('order_id', 'f.order_id').replaceAll('source', 'f.source').replaceAll('_row', 'f._row')}${whereClause(where)}
    )`;
  return slicedTable('tx_flagged', select, lineRanges('f', sources));
}

/**
 * What the analyses read. tx_orders: every line that counts for order-level totals (lines
 * without a customer included). tx_clean: the lines of customer analyses.
 */
export function cleanViewsSql(fill: Record<string, string | number> = {}): string[] {
  const replace = Object.entries(fill).map(([col, v]) => `coalesce(${ident(col)}, ${typeof v === 'number' ? v : literal(v)}) AS ${ident(col)}`);
  const star = replace.length ? `* REPLACE (${replace.join(', ')})` : '*';
  return [
    `CREATE OR REPLACE VIEW tx_orders AS SELECT ${star} FROM tx_flagged WHERE _reason IS NULL OR _reason = 'missing-customer'`,
    `CREATE OR REPLACE VIEW tx_clean AS SELECT ${star} FROM tx_flagged WHERE _reason IS NULL AND customer_id IS NOT NULL`,
  ];
}

/** Per source file: lines in, and lines set aside by reason. */
export function accountingSql(): string {
  return `SELECT source, _reason AS reason, count(*) AS rows FROM tx_flagged GROUP BY ALL ORDER BY ALL`;
}

/** Per source file: how many lines each rule matches on its own (before precedence). */
export function ruleMatchesSql(): string {
  return `SELECT source,
    count(*) FILTER (WHERE f_duplicate) AS duplicate,
    count(*) FILTER (WHERE f_cancellation) AS cancellation,
    count(*) FILTER (WHERE f_cancel_prefix) AS cancel_prefix,
    count(*) FILTER (WHERE f_cancel_status) AS cancel_status,
    count(DISTINCT order_id) FILTER (WHERE f_cancellation) AS cancel_orders,
    count(*) FILTER (WHERE f_non_positive_quantity) AS non_positive_quantity,
    count(*) FILTER (WHERE f_non_positive_price) AS non_positive_price,
    count(*) FILTER (WHERE f_test_row) AS test_row,
    count(*) FILTER (WHERE f_outlier) AS outlier,
    count(*) FILTER (WHERE f_missing_customer) AS missing_customer
    FROM tx_flagged GROUP BY source ORDER BY source`;
}

/** Distinct category values that collapse to the same key: shown before they are merged. */
export function variantGroupsSql(column: 'category' | 'channel' | 'payment_method' | 'status'): string {
  return `SELECT key, value, n FROM (
      SELECT ${variantKey(column)} AS key, ${column} AS value, count(*) AS n,
        count(*) OVER (PARTITION BY ${variantKey(column)}) AS variants
      FROM tx_flagged WHERE ${column} IS NOT NULL GROUP BY ALL
    ) WHERE variants > 1 ORDER BY key, n DESC, value`;
}

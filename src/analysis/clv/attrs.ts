/**
 * What the CLV step can join to customer_clv: the value chapter's segments (customer_results),
 * the clusters (customer_clusters), the customer table's attributes and churn label
 * (customers_clean) and the channel of each buyer's first purchase (tx_clean). All of it goes into
 * one table, `clv_attrs` (one row per customer_clv row), which the breakdowns, the risk profile
 * and the churn drivers read.
 *
 * Which tables belong to this report is the caller's word when it gives it (ClvContext: the
 * pipeline knows which chapters ran). Otherwise the database is asked, and a table left by an
 * earlier report must not slip in: the engine keeps one database across reports, and a chapter
 * that is skipped (clusters on too few customers) or a customer table that is no longer mapped
 * leaves its old table or view behind. So a table is used only when it can be read and covers
 * this report's customers: at least half of them for customer_results and customer_clusters
 * (which hold every analysed customer when current), at least one for customers_clean.
 */
import type { Db } from '../db';
import type { SchemeId } from '../value/names';
import { ident, literal } from '../sql/ident';

export interface ClvContext {
  /** customer_results was built by this run (segments); undefined = it is used when it exists. */
  customerResults?: boolean;
  /** customer_clusters was built by this run. */
  customerClusters?: boolean;
  /** customers_clean belongs to this run's customer table (with a customer id). */
  customerTable?: boolean;
  /** The value chapter's lead scheme: the segment used among the churn drivers' categories. */
  segmentScheme?: SchemeId;
}

/** Column of customer_results per scheme. */
export const SCHEME_COLUMN: Record<SchemeId, string> = { named: 'named_segment', 'eight-class': 'eight_class', tiers: 'tier' };

/** Customer-table attributes used as categories (besides channel). */
export const ATTRIBUTE_COLUMNS = ['gender', 'membership_level', 'region'] as const;
export type AttributeColumn = (typeof ATTRIBUTE_COLUMNS)[number];

export interface ClvLinks {
  /** Segment schemes present in customer_results. */
  schemes: SchemeId[];
  clusters: boolean;
  /** Key expression on customers_clean and its columns; null without a linkable customer table. */
  customers: { key: string; columns: Set<string> } | null;
  /** Where the channel comes from: the customer table, else the first purchase line; null when neither has one. */
  channel: 'customers' | 'first-order' | null;
  /** The customer table's churn label, with its column type. */
  label: { type: string } | null;
  /** tx_clean carries categories. */
  categories: boolean;
  attributes: AttributeColumn[];
}

async function tables(db: Db): Promise<Set<string>> {
  const rows = await db.query(`SELECT table_name AS t FROM information_schema.tables
    WHERE table_schema = 'main' AND table_name IN ('customer_results', 'customer_clusters', 'customers_clean')`);
  return new Set(rows.map((r) => String(r.t)));
}

async function columns(db: Db, table: string): Promise<Map<string, string>> {
  const rows = await db.query(`SELECT column_name AS c, data_type AS t FROM information_schema.columns
    WHERE table_schema = 'main' AND table_name = '${table}'`);
  return new Map(rows.map((r) => [String(r.c), String(r.t)]));
}

/** Share of customer_clv's customers found in `table` by `key`; null when the table cannot be read (a view over a dropped table). */
async function coverage(db: Db, table: string, key: string): Promise<number | null> {
  try {
    const [r] = await db.query(`SELECT count(*) AS total, count(k.key) AS matched FROM customer_clv AS c
      LEFT JOIN (SELECT DISTINCT ${key} AS key FROM ${table} WHERE ${key} IS NOT NULL) AS k ON k.key = c.customer_id`);
    const total = Number(r.total);
    return total > 0 ? Number(r.matched) / total : 0;
  } catch {
    return null;
  }
}

export async function discoverLinks(db: Db, ctx: ClvContext): Promise<ClvLinks> {
  const present = await tables(db);
  /** Told by the caller: trust it (but the table must be readable); else it must cover enough customers. */
  const use = async (name: string, given: boolean | undefined, key: string, min: number) => {
    if (given === false || !present.has(name)) return false;
    const share = await coverage(db, name, key);
    return share !== null && (given === true || share >= min);
  };
  const schemes: SchemeId[] = [];
  if (await use('customer_results', ctx.customerResults, 'customer_id', 0.5)) {
    const cols = await columns(db, 'customer_results');
    for (const s of Object.keys(SCHEME_COLUMN) as SchemeId[]) if (cols.has(SCHEME_COLUMN[s])) schemes.push(s);
  }
  let customers: ClvLinks['customers'] = null;
  let label: ClvLinks['label'] = null;
  const cols = present.has('customers_clean') ? await columns(db, 'customers_clean') : new Map<string, string>();
  if (cols.has('customer_id')) {
    const key = cols.has('person_id') ? 'coalesce(CAST(person_id AS VARCHAR), CAST(customer_id AS VARCHAR))' : 'CAST(customer_id AS VARCHAR)';
    if (await use('customers_clean', ctx.customerTable, key, Number.MIN_VALUE)) {
      customers = { key, columns: new Set(cols.keys()) };
      if (cols.has('churn_label')) label = { type: cols.get('churn_label')! };
    }
  }
  const [tx] = await db.query(`SELECT count(channel) AS channel, count(category) AS category FROM tx_clean`);
  const txChannel = Number(tx.channel) > 0;
  const channel = customers?.columns.has('channel') ? 'customers' : txChannel ? 'first-order' : null;
  return {
    schemes,
    clusters: await use('customer_clusters', ctx.customerClusters, 'customer_id', 0.5),
    customers,
    channel,
    label,
    categories: Number(tx.category) > 0,
    attributes: ATTRIBUTE_COLUMNS.filter((c) => customers?.columns.has(c)),
  };
}

/** Words a text churn label may use, besides the boolean words of the type inference. */
const CHURNED = ['1', 'true', 'yes', 'y', 't', 'churn', 'churned', 'lost', 'inactive', 'left', 'exited', '是', '真', '流失', '已流失'];
const RETAINED = ['0', 'false', 'no', 'n', 'f', 'active', 'retained', 'stayed', 'loyal', '否', '假', '未流失', '活跃', '留存'];

/** The label as 1 (churned), 0 (not) or NULL, whatever type the column was mapped as. */
export function labelExpr(type: string, column = 'churn_label'): string {
  const c = ident(column);
  const t = type.toUpperCase();
  if (t === 'BOOLEAN') return `CASE WHEN ${c} THEN 1 WHEN NOT ${c} THEN 0 END`;
  if (/INT|DOUBLE|DECIMAL|FLOAT|REAL|NUMERIC/.test(t)) return `CASE WHEN ${c} = 1 THEN 1 WHEN ${c} = 0 THEN 0 END`;
  const v = `lower(trim(CAST(${c} AS VARCHAR)))`;
  const list = (words: string[]) => words.map((w) => `'${w}'`).join(', ');
  return `CASE WHEN ${v} IN (${list(CHURNED)}) THEN 1 WHEN ${v} IN (${list(RETAINED)}) THEN 0 END`;
}

/**
 * clv_attrs: customer_clv's customers with risk band, value columns, tenure (days from the first
 * purchase to the observation end), segments, cluster, channel, attributes and label. A customer
 * table row is matched on the key the transactions use; several rows for one key: the first
 * non-missing value in file order wins (as the value chapter's profile does).
 */
export function clvAttrsSql(links: ClvLinks, end: string): string {
  const cols = [
    'c.customer_id', 'c.risk_band', 'c.revenue', 'c.clv', 'c.p_alive', 'c.value_at_risk', 'c.days_since_last',
    'CAST(c.frequency + 1 AS INTEGER) AS purchases',
    `CAST(date_diff('day', CAST(c.first_purchase AS DATE), DATE ${literal(end)}) AS INTEGER) AS tenure_days`,
  ];
  let from = 'customer_clv AS c';
  for (const s of Object.keys(SCHEME_COLUMN) as SchemeId[]) {
    const col = SCHEME_COLUMN[s];
    cols.push(links.schemes.includes(s) ? `CAST(r.${col} AS VARCHAR) AS ${col}` : `CAST(NULL AS VARCHAR) AS ${col}`);
  }
  if (links.schemes.length > 0) from += ' LEFT JOIN customer_results AS r ON r.customer_id = c.customer_id';
  cols.push(links.clusters ? 'k.cluster AS cluster' : 'CAST(NULL AS INTEGER) AS cluster');
  if (links.clusters) from += ' LEFT JOIN (SELECT customer_id, any_value(cluster) AS cluster FROM customer_clusters GROUP BY 1) AS k ON k.customer_id = c.customer_id';
  const cust = links.customers;
  if (cust) {
    const firstOf = (expr: string, name: string) => `first(${expr} ORDER BY _row) FILTER (WHERE ${expr} IS NOT NULL) AS ${name}`;
    const aggs = ['true AS matched'];
    if (links.channel === 'customers') aggs.push(firstOf('CAST(channel AS VARCHAR)', 'channel'));
    for (const a of links.attributes) aggs.push(firstOf(`CAST(${ident(a)} AS VARCHAR)`, a));
    if (links.label) aggs.push(firstOf(labelExpr(links.label.type), 'churn'));
    from += ` LEFT JOIN (SELECT ${cust.key} AS customer_id, ${aggs.join(', ')} FROM customers_clean
      WHERE customer_id IS NOT NULL GROUP BY 1) AS a ON a.customer_id = c.customer_id`;
    cols.push('coalesce(a.matched, false) AS matched');
  } else {
    cols.push('false AS matched');
  }
  if (links.channel === 'customers') cols.push('a.channel AS channel');
  else if (links.channel === 'first-order') {
    cols.push('fo.channel AS channel');
    from += ` LEFT JOIN (SELECT customer_id, first(channel ORDER BY order_time, source, _row) AS channel
      FROM tx_clean WHERE NOT coalesce(_netted, false) AND order_time IS NOT NULL AND CAST(order_time AS DATE) <= DATE ${literal(end)}
      GROUP BY customer_id) AS fo ON fo.customer_id = c.customer_id`;
  } else cols.push('CAST(NULL AS VARCHAR) AS channel');
  for (const a of ['gender', 'membership_level', 'region'] as const) {
    cols.push(links.attributes.includes(a) ? `a.${a} AS ${a}` : `CAST(NULL AS VARCHAR) AS ${a}`);
  }
  cols.push(links.label ? 'a.churn AS churn' : 'CAST(NULL AS INTEGER) AS churn');
  return `CREATE OR REPLACE TABLE clv_attrs AS SELECT ${cols.join(', ')} FROM ${from} ORDER BY c.customer_id`;
}

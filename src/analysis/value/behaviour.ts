/**
 * How customers buy, from `value_customer_lines` (value_lines of the customers in
 * customer_results, with their segment in the lead scheme). An order's payment method is the
 * smallest non-missing one of its lines, its time the earliest line's; revenue of purchases
 * leaves netted returns out, except category revenue, which nets them as customer revenue does.
 */
import type { Db } from '../db';
import { ident } from '../sql/ident';
import { breakdown, type GroupRow } from './breakdown';
import type { SchemeId } from './names';
import { SCHEME_COLUMN } from './segments';
import type { Behaviour, Breakdown, CategoryBySegment, DiscountBySegment, Histogram, Part } from './types';

export interface TxColumns {
  category: boolean;
  payment_method: boolean;
  discount: boolean;
  timeOfDay: boolean;
}

export function customerLinesSql(lead: SchemeId): string {
  return `CREATE OR REPLACE VIEW value_customer_lines AS
    SELECT l.*, r.${ident(SCHEME_COLUMN[lead])} AS segment FROM value_lines AS l JOIN customer_results AS r ON r.customer_id = l.customer_id`;
}

/** Days between consecutive purchase dates of each customer, as a FROM item. */
export const GAPS = `(SELECT gap, customer_id FROM (
    SELECT date_diff('day', lag(day) OVER (PARTITION BY customer_id ORDER BY day), day) AS gap, customer_id
    FROM (SELECT DISTINCT customer_id, day FROM value_customer_lines WHERE NOT _netted AND day IS NOT NULL)
  ) WHERE gap IS NOT NULL) AS g`;

export function gapStatsSql(): string {
  return `SELECT count(*) AS gaps, count(DISTINCT customer_id) AS customers, quantile_cont(gap, 0.5) AS median, avg(gap) AS mean FROM ${GAPS}`;
}

/** Orders containing each category and its revenue; `orders` (all orders) repeats on every row. */
export function categoriesSql(): string {
  return `SELECT category AS key, count(DISTINCT order_key) FILTER (WHERE NOT _netted) AS n, sum(revenue) AS revenue,
      (SELECT count(DISTINCT order_key) FROM value_customer_lines WHERE NOT _netted) AS orders
    FROM value_customer_lines GROUP BY 1 ORDER BY revenue DESC, n DESC, key`;
}

export function categoriesBySegmentSql(): string {
  return `SELECT segment, category, sum(revenue) AS revenue FROM value_customer_lines GROUP BY ALL ORDER BY ALL`;
}

export function paymentMethodsSql(): string {
  return `WITH o AS (SELECT order_key, min(payment_method) AS key, sum(revenue) AS revenue FROM value_customer_lines WHERE NOT _netted GROUP BY order_key)
    SELECT key, count(*) AS n, sum(revenue) AS revenue FROM o GROUP BY 1 ORDER BY n DESC, revenue DESC, key`;
}

export function weekdayHourSql(): string {
  return `WITH o AS (SELECT order_key, min(order_time) AS t FROM value_customer_lines WHERE NOT _netted AND order_time IS NOT NULL GROUP BY order_key)
    SELECT isodow(t) AS weekday, hour(t) AS hour, count(*) AS orders FROM o GROUP BY ALL ORDER BY ALL`;
}

export function discountSql(): string {
  return `WITH o AS (
      SELECT segment, order_key, coalesce(max(discount) > 0, false) AS discounted FROM value_customer_lines WHERE NOT _netted GROUP BY ALL
    ), l AS (
      SELECT segment, avg(discount) FILTER (WHERE discount > 0) AS mean_discount, sum(discount) FILTER (WHERE discount > 0) AS sum_discount,
        count(*) FILTER (WHERE discount > 0) AS lines FROM value_customer_lines WHERE NOT _netted GROUP BY segment
    )
    SELECT o.segment, count(*) AS orders, count(*) FILTER (WHERE discounted) AS discounted, any_value(l.mean_discount) AS mean_discount,
      any_value(l.sum_discount) AS sum_discount, any_value(l.lines) AS lines
    FROM o JOIN l ON l.segment = o.segment GROUP BY o.segment ORDER BY o.segment`;
}

/** What run.ts computes for the other sections too, reused here. */
export interface BehaviourInputs {
  customers: number;
  repeat: number;
  aov: Histogram;
  orders: Histogram;
  gaps: Histogram | null;
}

export async function behaviour(db: Db, cols: TxColumns, lead: SchemeId, segmentIds: string[], pre: BehaviourInputs): Promise<Behaviour> {
  const [g] = await db.query(gapStatsSql());
  const gaps = Number(g.gaps);
  let categories: Part = { available: false, reason: 'no-column' };
  if (cols.category) {
    const rows = await db.query<GroupRow>(categoriesSql());
    categories = breakdown(rows, 'orders', 'transactions', undefined, Number(rows[0]?.orders ?? 0));
  }
  return {
    aov: pre.aov,
    ordersPerCustomer: pre.orders,
    repeatCustomers: pre.repeat,
    repeatRate: pre.customers === 0 ? 0 : pre.repeat / pre.customers,
    gaps: {
      gaps,
      customers: Number(g.customers),
      medianDays: gaps ? Number(g.median) : null,
      meanDays: gaps ? Number(g.mean) : null,
      histogram: pre.gaps,
    },
    categories,
    categoriesBySegment: categories.available ? await bySegment(db, categories, lead, segmentIds) : null,
    paymentMethods: cols.payment_method
      ? breakdown(await db.query<GroupRow>(paymentMethodsSql()), 'orders', 'transactions')
      : { available: false, reason: 'no-column' },
    weekdayHour: {
      timeOfDay: cols.timeOfDay,
      cells: (await db.query(weekdayHourSql())).map((r) => ({ weekday: Number(r.weekday), hour: Number(r.hour), orders: Number(r.orders) })),
    },
    discount: cols.discount ? await discount(db, lead, segmentIds) : null,
  };
}

async function bySegment(db: Db, categories: Breakdown, lead: SchemeId, segmentIds: string[]): Promise<CategoryBySegment> {
  const top = categories.groups.map((c) => c.key);
  const rows = await db.query<{ segment: string; category: string | null; revenue: number }>(categoriesBySegmentSql());
  const segments = segmentIds.map((id) => {
    const mine = rows.filter((r) => r.segment === id);
    const revenue = mine.reduce((s, r) => s + Number(r.revenue), 0);
    const share = (v: number) => (revenue === 0 ? 0 : v / revenue);
    const of = (pick: (r: (typeof mine)[number]) => boolean) => mine.filter(pick).reduce((s, r) => s + Number(r.revenue), 0);
    return {
      id,
      revenue,
      shares: top.map((k) => share(of((r) => r.category === k))),
      other: share(of((r) => r.category !== null && !top.includes(r.category))),
      unknown: share(of((r) => r.category === null)),
    };
  });
  return { scheme: lead, categories: top, segments };
}

async function discount(db: Db, lead: SchemeId, segmentIds: string[]): Promise<NonNullable<Behaviour['discount']>> {
  const rows = await db.query(discountSql());
  const entry = (id: string, orders: number, discounted: number, sum: number, lines: number): DiscountBySegment => ({
    id,
    orders,
    discountedOrders: discounted,
    share: orders === 0 ? 0 : discounted / orders,
    meanDiscount: lines === 0 ? null : sum / lines,
  });
  const segments = segmentIds.map((id) => {
    const r = rows.find((x) => x.segment === id);
    return entry(id, Number(r?.orders ?? 0), Number(r?.discounted ?? 0), Number(r?.sum_discount ?? 0), Number(r?.lines ?? 0));
  });
  const total = (k: string) => rows.reduce((s, r) => s + Number(r[k] ?? 0), 0);
  return { scheme: lead, overall: entry('all', total('orders'), total('discounted'), total('sum_discount'), total('lines')), segments };
}

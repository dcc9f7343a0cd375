/**
 * Acquisition cohorts: SQL builders (pure, deterministic strings) and the assembly of their rows
 * into per-cohort arrays indexed by k. See README.md for the definitions.
 */
import type { Db } from '../db';
import type { CohortBasis, CohortPeriod } from './options';
import { horizons, periodIndexSql, periodLabel } from './periods';
import type { AverageCurvePoint, Cohort, CohortsReport } from './types';

/** Where signup dates come from: customers_clean and the expression of its person key. */
export interface SignupSource {
  key: string;
}

/** Dated tx_clean lines with their period; purchase = not a netted cancellation. */
export function linesSql(unit: CohortPeriod): string {
  return `CREATE OR REPLACE TABLE lc_lines AS
    SELECT customer_id, order_time, ${periodIndexSql(unit, 'order_time')} AS p, revenue,
      coalesce(order_id, source || ':' || _row) AS order_key, NOT coalesce(_netted, false) AS purchase
    FROM tx_clean WHERE order_time IS NOT NULL`;
}

/** One row per buyer: first and last purchase period, and the cohort period. */
export function membersSql(unit: CohortPeriod, basis: CohortBasis, signup: SignupSource | null): string {
  const buyers = `SELECT customer_id, min(p) AS first_p, max(p) AS last_p, min(order_time) AS first_time
    FROM lc_lines WHERE purchase GROUP BY customer_id`;
  if (basis === 'signup' && signup) {
    return `CREATE OR REPLACE TABLE lc_members AS
      WITH b AS (${buyers}),
      s AS (SELECT CAST(${signup.key} AS VARCHAR) AS customer_id, min(signup_time) AS signup_time
        FROM customers_clean WHERE signup_time IS NOT NULL GROUP BY 1)
      SELECT b.*, coalesce(${periodIndexSql(unit, 's.signup_time')}, b.first_p) AS cohort, s.signup_time IS NOT NULL AS from_signup
      FROM b LEFT JOIN s USING (customer_id)`;
  }
  return `CREATE OR REPLACE TABLE lc_members AS
    WITH b AS (${buyers}) SELECT b.*, b.first_p AS cohort, false AS from_signup FROM b`;
}

/** Cells (cohort, k): customers active, revenue, orders. Periods before a signup cohort are ignored. */
export function cellsSql(): string {
  return `SELECT m.cohort, l.p - m.cohort AS k,
      count(DISTINCT l.customer_id) FILTER (WHERE l.purchase) AS active,
      coalesce(sum(l.revenue), 0) AS revenue,
      count(DISTINCT l.order_key) FILTER (WHERE l.purchase) AS orders
    FROM lc_lines AS l JOIN lc_members AS m USING (customer_id)
    WHERE l.p >= m.cohort GROUP BY ALL ORDER BY ALL`;
}

/** Per cohort: size, and customers by the last k they were active in (for on-or-after counts). */
export function lastActiveSql(): string {
  return `SELECT cohort, last_p - cohort AS k_last, count(*) AS customers, count(*) FILTER (WHERE from_signup) AS from_signup
    FROM lc_members GROUP BY ALL ORDER BY ALL`;
}

export function rangeSql(unit: CohortPeriod): string {
  return `SELECT min(p) AS first_p, max(p) AS last_p, max(order_time) AS last_time,
      ${periodIndexSql(unit, `(max(order_time) + INTERVAL 1 DAY)`)} AS after_last_p
    FROM lc_lines WHERE purchase`;
}

export async function computeCohorts(db: Db, unit: CohortPeriod, basis: CohortBasis, signup: SignupSource | null): Promise<CohortsReport> {
  await db.exec(linesSql(unit));
  const [range] = await db.query(rangeSql(unit));
  if (range.last_p === null) return { status: 'unavailable', reason: 'no-customers' };
  await db.exec(membersSql(unit, basis, signup));
  const last = Number(range.last_p);
  const cells = await db.query(cellsSql());
  const lastActive = await db.query(lastActiveSql());

  const byCohort = new Map<number, { size: number; fromSignup: number; lastK: Map<number, number> }>();
  for (const r of lastActive) {
    const c = Number(r.cohort);
    const e = byCohort.get(c) ?? { size: 0, fromSignup: 0, lastK: new Map() };
    e.size += Number(r.customers);
    e.fromSignup += Number(r.from_signup);
    e.lastK.set(Number(r.k_last), Number(r.customers));
    byCohort.set(c, e);
  }
  const cellMap = new Map<string, { active: number; revenue: number; orders: number }>();
  for (const r of cells) cellMap.set(`${r.cohort}:${r.k}`, { active: Number(r.active), revenue: Number(r.revenue), orders: Number(r.orders) });

  const h = horizons(unit);
  const cohorts: Cohort[] = [];
  const keys = [...byCohort.keys()].filter((c) => c <= last).sort((a, b) => a - b);
  for (const c of keys) {
    const e = byCohort.get(c)!;
    const n = last - c + 1;
    const active: number[] = [];
    const revenue: number[] = [];
    const orders: number[] = [];
    const onOrAfter: number[] = new Array(n).fill(0);
    for (let k = 0; k < n; k++) {
      const cell = cellMap.get(`${c}:${k}`);
      active.push(cell?.active ?? 0);
      revenue.push(cell?.revenue ?? 0);
      orders.push(cell?.orders ?? 0);
    }
    // Customers whose last active k is K count towards every k <= K.
    let run = 0;
    for (let k = n - 1; k >= 0; k--) {
      run += e.lastK.get(k) ?? 0;
      onOrAfter[k] = run;
    }
    let cum = 0;
    const cumulative = revenue.map((r) => ((cum += r), cum / e.size));
    const rate = (x: number) => x / e.size;
    cohorts.push({
      period: periodLabel(unit, c),
      size: e.size,
      partial: c === last,
      active,
      onOrAfter,
      returnOn: active.map(rate),
      retention: onOrAfter.map(rate),
      revenue,
      revenueRetention: revenue.map((r) => (revenue[0] > 0 ? r / revenue[0] : null)),
      cumulativeRevenuePerCustomer: cumulative,
      orders,
      churnShort: h.short < n ? 1 - onOrAfter[h.short] / e.size : null,
      churnLong: h.long < n ? 1 - onOrAfter[h.long] / e.size : null,
    });
  }
  const average: AverageCurvePoint[] = [];
  for (let k = 0; k <= last - (keys[0] ?? last); k++) {
    const reached = cohorts.filter((co) => co.active.length > k);
    const customers = reached.reduce((s, co) => s + co.size, 0);
    if (customers === 0) continue;
    average.push({
      k,
      cohorts: reached.length,
      customers,
      returnOn: reached.reduce((s, co) => s + co.active[k], 0) / customers,
      retention: reached.reduce((s, co) => s + co.onOrAfter[k], 0) / customers,
    });
  }
  const churnAt = (k: number) => {
    const pt = average.find((a) => a.k === k);
    return pt ? 1 - pt.retention : null;
  };
  return {
    status: 'ok',
    period: unit,
    basis,
    fromSignup: [...byCohort.values()].reduce((s, e) => s + e.fromSignup, 0),
    firstPeriod: periodLabel(unit, keys[0] ?? last),
    lastPeriod: periodLabel(unit, last),
    lastPeriodPartial: Number(range.after_last_p) === last,
    cohorts,
    average,
    horizons: h,
    churn: { short: churnAt(h.short), long: churnAt(h.long) },
  };
}


/**
 * Revenue concentration over customers_rfm.revenue. Customers are sorted by revenue, then
 * customer_id (ties change no sum, the order only makes the SQL deterministic).
 * - Lorenz: L(p) at p = j/100 is the exact piecewise-linear curve through the customer points,
 *   (C_k + frac · x_{k+1}) / total with k = floor(j·n/100) and C_k the sum of the k smallest.
 * - top p: the ceil(p·n) biggest customers' share, in integer arithmetic (no float at the edge).
 * - Gini: 2·Σ i·x(i) / (n·Σx) − (n+1)/n, x ascending, i from 1 (the usual sample formula).
 */
import type { Db } from '../db';
import type { Pareto } from './types';

export const TOP_PERCENTS = [1, 5, 10, 20, 50];

const SORTED = `SELECT revenue AS x,
    row_number() OVER (ORDER BY revenue, customer_id) AS i,
    sum(revenue) OVER (ORDER BY revenue, customer_id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS c
  FROM customers_rfm`;

export function lorenzSql(): string {
  return `WITH s AS (${SORTED}),
    t AS (SELECT count(*) AS n FROM s),
    p AS (SELECT j, (j * n) // 100 AS k, (j * n) % 100 AS rest FROM range(0, 101) AS r(j), t)
  SELECT p.j, p.rest, coalesce(a.c, 0) AS ck, coalesce(b.x, 0) AS next FROM p
    LEFT JOIN s AS a ON a.i = p.k LEFT JOIN s AS b ON b.i = p.k + 1 ORDER BY p.j`;
}

/** Top shares, one row per percent, with n, total, Σ i·x and the non-positive count on each row. */
export function topSharesSql(percents: number[] = TOP_PERCENTS): string {
  const values = percents.map((p) => `(${p})`).join(', ');
  return `WITH s AS (${SORTED}),
    t AS (SELECT count(*) AS n, sum(x) AS total, sum(i * x) AS ix, count(*) FILTER (WHERE x <= 0) AS non_positive FROM s),
    p AS (SELECT pct, (pct * n + 99) // 100 AS k, t.* FROM (VALUES ${values}) AS v(pct), t)
  SELECT p.*, coalesce(a.c, 0) AS rest FROM p LEFT JOIN s AS a ON a.i = p.n - p.k ORDER BY p.pct`;
}

export async function pareto(db: Db): Promise<Pareto> {
  const rows = await db.query(topSharesSql());
  const g = rows[0];
  const n = Number(g.n);
  const total = Number(g.total);
  const share = (v: number) => (total === 0 ? 0 : v / total);
  const lorenz = (await db.query(lorenzSql())).map((r) => ({
    customerShare: Number(r.j) / 100,
    revenueShare: share(Number(r.ck) + (Number(r.rest) / 100) * Number(r.next)),
  }));
  const top = rows.map((r) => ({
    customerShare: Number(r.pct) / 100,
    customers: Number(r.k),
    revenueShare: share(total - Number(r.rest)),
  }));
  return {
    lorenz,
    top,
    top20RevenueShare: top.find((t) => t.customerShare === 0.2)!.revenueShare,
    gini: n === 0 || total === 0 ? 0 : (2 * Number(g.ix)) / (n * total) - (n + 1) / n,
    nonPositive: Number(g.non_positive),
  };
}

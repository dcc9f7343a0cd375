/**
 * The BTYD summary in SQL (domain.md, "BTYD convention"), from tx_clean.
 *
 *   purchase line   a tx_clean line with an order_time that is not a netted cancellation (_netted)
 *   period          day: the date of order_time; week: ISO week (Monday start). Period number p
 *                   counts periods since Monday 1970-01-05.
 *   observation end an ISO date E; lines dated after it are left out, lines on it count, and T is
 *                   measured to E itself (E - first purchase date): the checked examples of
 *                   domain.md and the published CDNOW summary (T = 38.86 weeks = 272 days from
 *                   1997-01-01 to 1997-09-30) both say so.
 *   frequency x     distinct purchase periods - 1
 *   recency t_x     (last purchase period - first purchase period) in the model unit
 *   T               (period of E - first purchase period) in the model unit
 *   monetary m      mean over the repeat periods of the period's summed purchase revenue; 0 without repeats
 *   revenue         sum(revenue) of all lines up to E, netted cancellations included (historical value)
 *   days_since_last E - date of the last purchase (calendar days; RFM recency minus one with the
 *                   default analysis date)
 *   holdout_frequency  purchase periods after E up to the holdout end (validation only)
 */
import { literal } from '../sql/ident';
import type { ClvPeriod, ClvUnit } from './options';
import { UNIT_DAYS } from './options';

const ORIGIN = `DATE '1970-01-05'`;

/** Period number of a DATE expression. */
export function periodExpr(period: ClvPeriod, day: string): string {
  return period === 'day' ? `date_diff('day', ${ORIGIN}, ${day})` : `CAST(floor(date_diff('day', ${ORIGIN}, ${day}) / 7) AS BIGINT)`;
}

/** Model units per period. */
export function unitsPerPeriod(period: ClvPeriod, unit: ClvUnit): number {
  return (period === 'day' ? 1 : 7) / UNIT_DAYS[unit];
}

/** Facts before the step starts: lines with a date, the last purchase date, the first. */
export function clvFactsSql(): string {
  return `SELECT count(*) AS lines, count(order_time) AS dated,
    CAST(max(CAST(order_time AS DATE)) FILTER (WHERE NOT _netted) AS VARCHAR) AS last_day,
    CAST(min(CAST(order_time AS DATE)) FILTER (WHERE NOT _netted) AS VARCHAR) AS first_day
  FROM tx_clean`;
}

/**
 * clv_periods: one row per customer and period up to `end` (ISO date): whether it holds a purchase,
 * the purchase revenue (spend) and all revenue of the period (netted cancellations included).
 */
export function clvPeriodsSql(period: ClvPeriod, end: string): string {
  return `CREATE OR REPLACE TABLE clv_periods AS
    SELECT customer_id, ${periodExpr(period, 'day')} AS p, min(day) FILTER (WHERE NOT _netted) AS day,
      bool_or(NOT _netted) AS purchase,
      coalesce(sum(revenue) FILTER (WHERE NOT _netted), 0) AS spend,
      coalesce(sum(revenue), 0) AS revenue
    FROM (SELECT customer_id, CAST(order_time AS DATE) AS day, revenue, coalesce(_netted, false) AS _netted
          FROM tx_clean WHERE order_time IS NOT NULL AND CAST(order_time AS DATE) <= DATE ${literal(end)})
    GROUP BY ALL`;
}

/**
 * The summary as of `end` (ISO date) into `table`, from clv_periods: customers with a purchase
 * period up to `end`; holdout_frequency counts their purchase periods after it (in clv_periods).
 * idx numbers the rows 0..n-1 in customer_id order (the key results are written back under).
 * Money is rounded to 1e-6 of a unit, far below any figure shown: DuckDB on several threads adds a
 * customer's lines in varying order, and that last-bit noise moved the Gamma-Gamma fit onto
 * another iteration path (CLV totals off by 1e-8 from one run to the next).
 */
export function btydSummarySql(table: string, period: ClvPeriod, unit: ClvUnit, end: string): string {
  const f = unitsPerPeriod(period, unit);
  const e = periodExpr(period, `DATE ${literal(end)}`);
  return `CREATE OR REPLACE TABLE ${table} AS
    WITH cal AS (SELECT * FROM clv_periods WHERE p <= ${e}),
    per AS (
      SELECT customer_id,
        min(p) FILTER (WHERE purchase) AS p0, max(p) FILTER (WHERE purchase) AS p1,
        count(*) FILTER (WHERE purchase) AS n,
        min(day) AS first_day, max(day) AS last_day, sum(revenue) AS revenue
      FROM cal GROUP BY customer_id
    ),
    rep AS (
      SELECT c.customer_id, avg(c.spend) AS m
      FROM cal AS c JOIN per ON per.customer_id = c.customer_id AND c.purchase AND c.p > per.p0
      GROUP BY c.customer_id
    ),
    hold AS (SELECT customer_id, count(*) AS n FROM clv_periods WHERE purchase AND p > ${e} GROUP BY customer_id)
    SELECT CAST(row_number() OVER (ORDER BY per.customer_id) - 1 AS INTEGER) AS idx, per.customer_id,
      per.first_day, per.last_day, CAST(per.p0 AS BIGINT) AS p0,
      CAST(per.n - 1 AS INTEGER) AS frequency,
      CAST((per.p1 - per.p0) * ${f} AS DOUBLE) AS recency,
      CAST((${e} - per.p0) * ${f} AS DOUBLE) AS T,
      CAST(round(coalesce(rep.m, 0), 6) AS DOUBLE) AS monetary,
      CAST(round(per.revenue, 6) AS DOUBLE) AS revenue,
      CAST(date_diff('day', per.last_day, DATE ${literal(end)}) AS INTEGER) AS days_since_last,
      CAST(coalesce(hold.n, 0) AS INTEGER) AS holdout_frequency
    FROM per LEFT JOIN rep ON rep.customer_id = per.customer_id LEFT JOIN hold ON hold.customer_id = per.customer_id
    WHERE per.n > 0
    ORDER BY idx`;
}

/** Gaps (days) between consecutive purchase periods of a customer, summarised. */
export function gapsSql(end: string, period: ClvPeriod): string {
  const e = periodExpr(period, `DATE ${literal(end)}`);
  return `SELECT count(gap) AS gaps, quantile_cont(gap, 0.5) AS median, quantile_cont(gap, 0.9) AS p90 FROM (
      SELECT date_diff('day', lag(day) OVER (PARTITION BY customer_id ORDER BY p), day) AS gap
      FROM clv_periods WHERE purchase AND p <= ${e}
    ) WHERE gap IS NOT NULL`;
}

/**
 * Active customers per day, ISO week and month, and stickiness (mean DAU / MAU, mean WAU / MAU)
 * per calendar month. A customer is active on a day with a purchase (or, from events, any event).
 */
import type { Db } from '../db';
import { ident } from '../sql/ident';
import { ratio } from './periods';
import type { ActivityPoint, ActivitySeries, StickinessMonth } from './types';

/** SQL of (customer_id, day) pairs: from tx_clean purchases or from an events relation. */
export function purchaseDaysSql(): string {
  return `SELECT DISTINCT customer_id, CAST(order_time AS DATE) AS day FROM tx_clean
    WHERE order_time IS NOT NULL AND NOT coalesce(_netted, false)`;
}

export function eventDaysSql(table: string, people: string | null): string {
  const key = people ? 'coalesce(p.person_id, CAST(e.customer_id AS VARCHAR))' : 'CAST(e.customer_id AS VARCHAR)';
  const join = people
    ? ` LEFT JOIN (SELECT CAST(customer_id AS VARCHAR) AS customer_id, any_value(CAST(person_id AS VARCHAR)) AS person_id FROM ${ident(people)} GROUP BY 1) AS p ON p.customer_id = CAST(e.customer_id AS VARCHAR)`
    : '';
  return `SELECT DISTINCT ${key} AS customer_id, CAST(e.event_time AS DATE) AS day FROM ${ident(table)} AS e${join}
    WHERE e.event_time IS NOT NULL AND e.customer_id IS NOT NULL`;
}

export function activeDaysSql(days: string): string {
  return `CREATE OR REPLACE TABLE lc_active AS ${days}`;
}

/** Distinct actives per period; periods without anyone active inside the data span appear with 0. */
export function seriesSql(unit: 'day' | 'week' | 'month'): string {
  return `WITH span AS (SELECT min(day) AS lo, max(day) AS hi FROM lc_active),
    periods AS (SELECT DISTINCT CAST(date_trunc('${unit}', d) AS DATE) AS period
      FROM span, range(span.lo, span.hi + INTERVAL 1 DAY, INTERVAL 1 DAY) AS r(d)),
    counts AS (SELECT CAST(date_trunc('${unit}', day) AS DATE) AS period, count(DISTINCT customer_id) AS active FROM lc_active GROUP BY 1)
    SELECT strftime(p.period, '%Y-%m-%d') AS period, coalesce(c.active, 0) AS active
    FROM periods AS p LEFT JOIN counts AS c USING (period) ORDER BY p.period`;
}

/**
 * Per month: MAU; mean DAU over the month's days inside the data span; mean WAU over the ISO
 * weeks starting in the month; complete = every day of the month is inside the span.
 */
export function stickinessSql(): string {
  return `WITH span AS (SELECT min(day) AS lo, max(day) AS hi FROM lc_active),
    days AS (SELECT CAST(d AS DATE) AS day FROM span, range(span.lo, span.hi + INTERVAL 1 DAY, INTERVAL 1 DAY) AS r(d)),
    dau AS (SELECT d.day, count(DISTINCT a.customer_id) AS n FROM days AS d LEFT JOIN lc_active AS a USING (day) GROUP BY d.day),
    wau AS (SELECT CAST(date_trunc('week', d.day) AS DATE) AS week, count(DISTINCT a.customer_id) AS n
      FROM days AS d LEFT JOIN lc_active AS a USING (day) GROUP BY 1),
    mau AS (SELECT CAST(date_trunc('month', d.day) AS DATE) AS month, count(DISTINCT a.customer_id) AS n,
        min(d.day) AS first_day, max(d.day) AS last_day
      FROM days AS d LEFT JOIN lc_active AS a USING (day) GROUP BY 1)
    SELECT strftime(m.month, '%Y-%m') AS month, m.n AS mau,
      (SELECT avg(n) FROM dau WHERE CAST(date_trunc('month', dau.day) AS DATE) = m.month) AS mean_dau,
      (SELECT avg(n) FROM wau WHERE CAST(date_trunc('month', wau.week) AS DATE) = m.month) AS mean_wau,
      (m.first_day = m.month AND m.last_day = CAST(m.month + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE)) AS complete
    FROM mau AS m ORDER BY m.month`;
}

export async function computeActivity(db: Db, basis: 'purchases' | 'events', days: string): Promise<ActivitySeries | null> {
  await db.exec(activeDaysSql(days));
  const [n] = await db.query(`SELECT count(*) AS n FROM lc_active`);
  if (Number(n.n) === 0) return null;
  const point = (r: Record<string, unknown>): ActivityPoint => ({ period: String(r.period), active: Number(r.active) });
  const daily = (await db.query(seriesSql('day'))).map(point);
  const weekly = (await db.query(seriesSql('week'))).map(point);
  const monthly = (await db.query(seriesSql('month'))).map((r) => ({ period: String(r.period).slice(0, 7), active: Number(r.active) }));
  const months: StickinessMonth[] = (await db.query(stickinessSql())).map((r) => {
    const mau = Number(r.mau);
    const meanDau = Number(r.mean_dau ?? 0);
    const meanWau = Number(r.mean_wau ?? 0);
    return { month: String(r.month), complete: Boolean(r.complete), mau, meanDau, meanWau, dauMau: ratio(meanDau, mau), wauMau: r.mean_wau === null ? null : ratio(meanWau, mau) };
  });
  const pool = months.some((m) => m.complete) ? months.filter((m) => m.complete) : months;
  const mean = (xs: (number | null)[]) => {
    const v = xs.filter((x): x is number => x !== null);
    return v.length ? v.reduce((s, x) => s + x, 0) / v.length : null;
  };
  return { basis, daily, weekly, monthly, months, dauMau: mean(pool.map((m) => m.dauMau)), wauMau: mean(pool.map((m) => m.wauMau)) };
}

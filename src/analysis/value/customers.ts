/**
 * The customer table `customers_rfm`: one row per customer of tx_clean, both summary
 * conventions side by side (domain.md). Days are calendar days between DATEs (the date part of
 * the wall-clock order_time), never 24-hour spans.
 *
 *   analysis_date   the day after the last transaction date in tx_clean, or options.analysisDate;
 *                   lines dated after it are left out ("as of" that date), lines on it count
 *   purchase line   a line of tx_clean that is not a netted cancellation (_netted)
 *   order key       order_id, or the line itself (source:_row) when the line has no order id
 *
 *   first_purchase / last_purchase   min / max order_time of the purchase lines (TIMESTAMP)
 *   orders          count(DISTINCT order key) of purchase lines               (RFM frequency)
 *   revenue         sum(revenue) of all lines, netted returns included        (RFM monetary)
 *   aov             revenue / orders
 *   recency_days    analysis_date − date(last_purchase)                        (RFM recency)
 *   tenure_days     analysis_date − date(first_purchase)
 *   frequency_btyd  distinct purchase dates − 1                               (BTYD x)
 *   recency_btyd    date(last_purchase) − date(first_purchase)                (BTYD t_x)
 *   t_days          analysis_date − date(first_purchase)                      (BTYD T; = tenure_days)
 *   monetary_btyd   mean over repeat purchase dates (first date excluded) of the day's purchase
 *                   revenue; 0 without repeats                                 (Gamma-Gamma m)
 *   orders_per_month  orders / max(1, t_days / 30.4375)   (the template's F for fixed thresholds)
 *
 * So recency_days = t_days − recency_btyd. lifetimes' summary_data_from_transaction_data ends
 * observation at the last transaction date by default, which makes its T one day smaller than
 * t_days here when the analysis date is the default one.
 * Customers without a dated purchase line (only returns, or no order_time) are not in the table;
 * excludedSql counts them.
 */
import { literal } from '../sql/ident';

/** Days in an average Gregorian month (domain.md: keep the time unit explicit). */
export const DAYS_PER_MONTH = 30.4375;

/** The order a line belongs to (as the cleaning step's outlier rule counts orders). */
export const ORDER_KEY = `coalesce(order_id, source || ':' || _row)`;

/** Facts of tx_clean the chapter needs before it starts: the default analysis date and which columns carry data. */
export function txFactsSql(): string {
  return `SELECT count(*) AS lines, count(order_id) AS with_order, count(order_time) AS dated, count(revenue) AS priced,
    CAST(CAST(max(order_time) AS DATE) + 1 AS VARCHAR) AS next_day,
    count(category) AS category, count(channel) AS channel, count(payment_method) AS payment_method, count(discount) AS discount,
    count(country) AS country, count(region) AS region, count(city) AS city,
    count(*) FILTER (WHERE order_time IS NOT NULL AND CAST(order_time AS TIME) <> TIME '00:00:00') AS timed,
    (SELECT count(customer_id) FROM transactions) AS tx_customers
  FROM tx_clean`;
}

/** The lines of the chapter: tx_clean as of the analysis date, with day and order key. */
export function valueLinesSql(analysisDate: string): string {
  return `CREATE OR REPLACE VIEW value_lines AS
    SELECT customer_id, ${ORDER_KEY} AS order_key, order_time, CAST(order_time AS DATE) AS day, revenue,
      category, channel, payment_method, country, region, city, discount, _netted, source, _row
    FROM tx_clean WHERE order_time IS NULL OR CAST(order_time AS DATE) <= DATE ${literal(analysisDate)}`;
}

export function customersRfmSql(analysisDate: string): string {
  const a = `DATE ${literal(analysisDate)}`;
  return `CREATE OR REPLACE TABLE customers_rfm AS
    WITH per AS (
      SELECT customer_id,
        min(order_time) FILTER (WHERE NOT _netted) AS first_purchase,
        max(order_time) FILTER (WHERE NOT _netted) AS last_purchase,
        min(day) FILTER (WHERE NOT _netted) AS first_day,
        max(day) FILTER (WHERE NOT _netted) AS last_day,
        count(DISTINCT order_key) FILTER (WHERE NOT _netted) AS orders,
        coalesce(sum(revenue), 0) AS revenue,
        count(DISTINCT day) FILTER (WHERE NOT _netted) AS purchase_days
      FROM value_lines GROUP BY customer_id
    ),
    days AS (
      SELECT customer_id, day, sum(revenue) AS spend FROM value_lines WHERE NOT _netted AND day IS NOT NULL GROUP BY ALL
    ),
    repeat AS (
      SELECT d.customer_id, avg(d.spend) AS monetary_btyd
      FROM days AS d JOIN per AS p ON p.customer_id = d.customer_id AND d.day > p.first_day GROUP BY d.customer_id
    )
    SELECT p.customer_id, p.first_purchase, p.last_purchase,
      CAST(p.orders AS BIGINT) AS orders, CAST(p.revenue AS DOUBLE) AS revenue, p.revenue / p.orders AS aov,
      date_diff('day', p.first_day, ${a}) AS tenure_days,
      date_diff('day', p.last_day, ${a}) AS recency_days,
      CAST(p.purchase_days - 1 AS BIGINT) AS frequency_btyd,
      date_diff('day', p.first_day, p.last_day) AS recency_btyd,
      date_diff('day', p.first_day, ${a}) AS t_days,
      coalesce(r.monetary_btyd, 0) AS monetary_btyd,
      p.orders / greatest(date_diff('day', p.first_day, ${a}) / ${DAYS_PER_MONTH}, 1) AS orders_per_month
    FROM per AS p LEFT JOIN repeat AS r ON r.customer_id = p.customer_id
    WHERE p.orders > 0 AND p.last_day IS NOT NULL
    ORDER BY p.customer_id`;
}

/** Customers of tx_clean left out of customers_rfm, and lines after the analysis date. */
export function excludedSql(analysisDate: string): string {
  return `SELECT
    (SELECT count(DISTINCT customer_id) FROM value_lines) - (SELECT count(*) FROM customers_rfm) AS excluded,
    (SELECT count(*) FROM tx_clean WHERE CAST(order_time AS DATE) > DATE ${literal(analysisDate)}) AS lines_after`;
}

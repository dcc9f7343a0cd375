/**
 * The numbers of the overview chapter, after cleaning: orders, revenue and dates count every
 * kept line (lines without a customer included, as order totals should); customers count the
 * lines of customer analyses.
 */
export function overviewSql(): string {
  return `SELECT
    (SELECT count(*) FROM transactions) AS lines_in,
    count(*) AS lines,
    (SELECT count(DISTINCT customer_id) FROM tx_clean) AS customers,
    count(DISTINCT order_id) FILTER (WHERE NOT _netted) AS orders,
    count(order_id) AS lines_with_order,
    count(*) FILTER (WHERE NOT _netted) AS purchase_lines,
    strftime(min(order_time), '%Y-%m-%dT%H:%M:%S') AS first_order,
    strftime(max(order_time), '%Y-%m-%dT%H:%M:%S') AS last_order,
    date_diff('day', min(order_time)::DATE, max(order_time)::DATE) + 1 AS days,
    sum(revenue) AS revenue,
    count(revenue) AS lines_with_revenue
  FROM tx_orders`;
}

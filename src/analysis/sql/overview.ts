/** The numbers of the overview chapter, from the transactions view. */
export function overviewSql(): string {
  return `SELECT
    count(*) AS lines,
    count(DISTINCT customer_id) AS customers,
    count(DISTINCT order_id) AS orders,
    count(order_id) AS lines_with_order,
    strftime(min(order_time), '%Y-%m-%dT%H:%M:%S') AS first_order,
    strftime(max(order_time), '%Y-%m-%dT%H:%M:%S') AS last_order,
    date_diff('day', min(order_time)::DATE, max(order_time)::DATE) + 1 AS days,
    sum(revenue) AS revenue,
    count(revenue) AS lines_with_revenue
  FROM transactions`;
}

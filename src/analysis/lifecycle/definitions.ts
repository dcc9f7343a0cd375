/** The definitions the chapter shows next to its numbers (English; the UI translates by key). */
export const DEFINITIONS: Record<string, string> = {
  purchase: 'a tx_clean line that is not a netted cancellation; revenue sums include netted lines',
  cohort: 'calendar month (or ISO week, Monday first) of the first purchase; with basis = signup, of customers_clean.signup_time when the buyer has one',
  period_k: 'calendar months (or weeks) between the cohort period and the period of a purchase; purchases before a signup cohort are ignored',
  last_period: 'the period of the last purchase in tx_clean; it is partial when that day is not the last day of the period',
  reached_k: 'a cohort has reached k when cohort period + k <= last period (the last, possibly partial, period counts)',
  return_on: 'customers with a purchase in period k / cohort size',
  retention: 'customers with a purchase in period k or later ("on or after") / cohort size',
  average_curve: 'Σ customers over cohorts that reached k / Σ their sizes (a size-weighted mean)',
  revenue_retention: 'cohort revenue in period k / cohort revenue in period 0',
  cumulative_revenue: 'Σ cohort revenue in periods 0..k / cohort size',
  churn: '1 − on-or-after retention at k = 3 and 6 months (13 and 26 weeks); overall from the average curve',
  channel: "customers_clean.channel when the customer table has one, else the channel of each buyer's first purchase line",
  conversion_30d: 'registered customers of a channel who signed up at least 30 days before the last purchase in the data, and of them those whose first purchase is no later than 30 days after signup',
  retention_long: 'on-or-after retention at 6 months (26 weeks) among the channel\'s customers whose cohort reached it',
  funnel:
    'per person, every step-1 event starts a path; step i is the earliest step-i event at or after the step i−1 event and within the window of the start; the person counts at the deepest step any start reaches (earliest such start); repeats collapse and only event_time orders events',
  funnel_time: 'median seconds between consecutive steps on each person\'s path',
  order_status_funnel: 'orders (cancelled ones included) by the furthest stage their status implies: ordered, paid (paid, shipped, refunded …), delivered (delivered, completed …)',
  activity: 'distinct customers with a purchase (or, for the events series, any event) per day, ISO week and month',
  stickiness: 'per month, mean daily actives over its days in the data / monthly actives (and mean actives of ISO weeks starting in the month / monthly actives); overall = mean over complete months',
};

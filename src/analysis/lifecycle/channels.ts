/**
 * Channel effectiveness: who each acquisition channel brings, whether they buy, stay and spend.
 * Reads lc_lines and lc_members (cohorts.ts) and, when present, customers_clean.
 */
import type { Db } from '../db';
import { ratio } from './periods';
import type { ChannelRow, ChannelsReport, ChannelVerdict } from './types';

export interface ChannelPlan {
  /** customers: customers_clean.channel; first-order: the channel of each buyer's first purchase line. */
  source: 'customers' | 'first-order';
  /** Expression of the person key on customers_clean (coalesce(person_id, customer_id) or customer_id). */
  customerKey: string | null;
  /** customers_clean has signup_time. */
  signup: boolean;
}

export const CONVERSION_DAYS = 30;

/** One channel per buyer (and per registered customer when a customer table has channels). */
export function customerChannelsSql(plan: ChannelPlan): string {
  if (plan.source === 'customers' && plan.customerKey) {
    return `CREATE OR REPLACE TABLE lc_channel AS
      SELECT CAST(${plan.customerKey} AS VARCHAR) AS customer_id, min(channel) AS channel,
        ${plan.signup ? 'min(signup_time)' : 'CAST(NULL AS TIMESTAMP)'} AS signup_time
      FROM customers_clean WHERE ${plan.customerKey} IS NOT NULL GROUP BY 1
      UNION ALL
      SELECT m.customer_id, NULL, NULL FROM lc_members AS m
      WHERE m.customer_id NOT IN (SELECT CAST(${plan.customerKey} AS VARCHAR) FROM customers_clean WHERE ${plan.customerKey} IS NOT NULL)`;
  }
  return `CREATE OR REPLACE TABLE lc_channel AS
    SELECT customer_id, arg_min(channel, (order_time, coalesce(channel, ''))) AS channel, CAST(NULL AS TIMESTAMP) AS signup_time
    FROM lc_lines WHERE purchase AND channel IS NOT NULL GROUP BY customer_id
    UNION ALL
    SELECT customer_id, NULL, NULL FROM lc_members
    WHERE customer_id NOT IN (SELECT customer_id FROM lc_lines WHERE purchase AND channel IS NOT NULL)`;
}

/** Per channel: buyers, conversion within 30 days of signup, long-horizon retention, revenue, orders. */
export function channelStatsSql(longHorizon: number, lastPeriod: number): string {
  // Only customers who signed up at least 30 days before the last purchase in the data could have converted.
  const cutoff = `(SELECT max(order_time) FROM lc_lines WHERE purchase) - INTERVAL ${CONVERSION_DAYS} DAY`;
  return `WITH money AS (
      SELECT customer_id, sum(revenue) AS revenue, count(DISTINCT order_key) FILTER (WHERE purchase) AS orders
      FROM lc_lines GROUP BY customer_id
    )
    SELECT c.channel,
      count(m.customer_id) AS customers,
      count(*) FILTER (WHERE c.signup_time IS NOT NULL AND c.signup_time <= ${cutoff}) AS registered,
      count(*) FILTER (WHERE c.signup_time IS NOT NULL AND c.signup_time <= ${cutoff}
        AND m.first_time <= c.signup_time + INTERVAL ${CONVERSION_DAYS} DAY) AS converted,
      count(m.customer_id) FILTER (WHERE m.cohort + ${longHorizon} <= ${lastPeriod}) AS retained_base,
      count(m.customer_id) FILTER (WHERE m.cohort + ${longHorizon} <= ${lastPeriod} AND m.last_p >= m.cohort + ${longHorizon}) AS retained,
      coalesce(sum(x.revenue), 0) AS revenue,
      coalesce(sum(x.orders), 0) AS orders
    FROM lc_channel AS c
    LEFT JOIN lc_members AS m USING (customer_id)
    LEFT JOIN money AS x USING (customer_id)
    GROUP BY c.channel ORDER BY revenue DESC, c.channel NULLS LAST`;
}

export const VERDICT_RULE =
  'high-value: revenue per customer and long-horizon retention both above the all-channel average; ' +
  'promising: one of the two above; weak: neither (a retention that cannot be measured yet counts as not above); ' +
  'too-few: fewer customers than the minimum';

export function verdict(row: Pick<ChannelRow, 'customers' | 'revenuePerCustomer' | 'retentionLong'>, avg: { revenuePerCustomer: number; retentionLong: number | null }, min: number): ChannelVerdict {
  if (row.customers < min) return 'too-few';
  const above =
    Number(row.revenuePerCustomer > avg.revenuePerCustomer) +
    Number(row.retentionLong !== null && avg.retentionLong !== null && row.retentionLong > avg.retentionLong);
  return above === 2 ? 'high-value' : above === 1 ? 'promising' : 'weak';
}

export async function computeChannels(
  db: Db,
  plan: ChannelPlan,
  opts: { longHorizon: number; lastPeriod: number; minCustomers: number },
): Promise<ChannelsReport> {
  await db.exec(customerChannelsSql(plan));
  const rows = await db.query(channelStatsSql(opts.longHorizon, opts.lastPeriod));
  const total = rows.reduce((s, r) => s + Number(r.customers), 0);
  if (total === 0) return { status: 'unavailable', reason: 'no-customers' };
  const sum = (k: string) => rows.reduce((s, r) => s + Number(r[k]), 0);
  const average = {
    revenuePerCustomer: sum('revenue') / total,
    retentionLong: ratio(sum('retained'), sum('retained_base')),
    conversion30: plan.signup ? ratio(sum('converted'), sum('registered')) : null,
  };
  const channels: ChannelRow[] = rows
    .filter((r) => Number(r.customers) > 0 || Number(r.registered) > 0)
    .map((r) => {
      const customers = Number(r.customers);
      const revenue = Number(r.revenue);
      const orders = Number(r.orders);
      const row = {
        channel: (r.channel as string | null) ?? null,
        customers,
        share: customers / total,
        registered: plan.signup ? Number(r.registered) : null,
        converted30: plan.signup ? Number(r.converted) : null,
        conversion30: plan.signup ? ratio(Number(r.converted), Number(r.registered)) : null,
        retainedBase: Number(r.retained_base),
        retentionLong: ratio(Number(r.retained), Number(r.retained_base)),
        revenue,
        revenuePerCustomer: customers > 0 ? revenue / customers : 0,
        orders,
        averageOrderValue: ratio(revenue, orders),
      };
      return { ...row, verdict: verdict(row, average, opts.minCustomers) };
    });
  return {
    status: 'ok',
    source: plan.source,
    channels,
    average,
    rule: { text: VERDICT_RULE, minCustomers: opts.minCustomers, horizon: opts.longHorizon },
  };
}

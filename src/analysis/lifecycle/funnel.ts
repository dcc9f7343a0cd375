/**
 * Conversion funnels. With an events table: ordered steps within a conversion window, best path
 * per person (see README.md). Without events: orders by the furthest stage their status implies.
 */
import type { Db, Row } from '../db';
import { ident, literal } from '../sql/ident';
import type { FunnelStepOption } from './options';
import { ratio } from './periods';
import type { FunnelBreakdown, FunnelReport, FunnelStep } from './types';

export interface EventSource {
  /** Typed events relation (typed_<id>): customer_id, event_type, event_time [, channel]. */
  table: string;
  /** Typed customer table with person_id, to count people rather than accounts. */
  people: string | null;
  /** The events carry a channel column. */
  channel: boolean;
}

const lowerName = `lower(trim(CAST(e.event_type AS VARCHAR)))`;

function personExpr(src: EventSource): string {
  return src.people ? `coalesce(p.person_id, CAST(e.customer_id AS VARCHAR))` : `CAST(e.customer_id AS VARCHAR)`;
}

function fromEvents(src: EventSource): string {
  const join = src.people
    ? ` LEFT JOIN (SELECT CAST(customer_id AS VARCHAR) AS customer_id, any_value(CAST(person_id AS VARCHAR)) AS person_id FROM ${ident(src.people)} GROUP BY 1) AS p ON p.customer_id = CAST(e.customer_id AS VARCHAR)`
    : '';
  return `${ident(src.table)} AS e${join}`;
}

export function stepCaseSql(steps: FunnelStepOption[], name: string): string {
  const whens = steps.map((s, i) => `WHEN ${name} IN (${s.names.map(literal).join(', ')}) THEN ${i + 1}`);
  return `CASE ${whens.join(' ')} END`;
}

/**
 * One row per (person, step, time): repeats of the same event collapse; order in the file does
 * not matter, only event_time. A name listed under two steps counts for the first.
 */
export function funnelEventsSql(src: EventSource, steps: FunnelStepOption[]): string {
  return `CREATE OR REPLACE TABLE lc_events AS
    SELECT person, step, t, min(channel) AS channel FROM (
      SELECT ${personExpr(src)} AS person, ${stepCaseSql(steps, lowerName)} AS step, e.event_time AS t,
        ${src.channel ? 'CAST(e.channel AS VARCHAR)' : 'CAST(NULL AS VARCHAR)'} AS channel
      FROM ${fromEvents(src)}
      WHERE e.event_time IS NOT NULL AND e.customer_id IS NOT NULL
    ) WHERE step IS NOT NULL GROUP BY person, step, t`;
}

export function eventCountsSql(src: EventSource, steps: FunnelStepOption[]): string {
  return `SELECT count(*) AS events, count(*) FILTER (WHERE ${stepCaseSql(steps, lowerName)} IS NOT NULL) AS matched FROM ${ident(src.table)} AS e`;
}

export function unmatchedSql(src: EventSource, steps: FunnelStepOption[]): string {
  return `SELECT CAST(e.event_type AS VARCHAR) AS name, count(*) AS events FROM ${ident(src.table)} AS e
    WHERE e.event_type IS NOT NULL AND ${stepCaseSql(steps, lowerName)} IS NULL
    GROUP BY 1 ORDER BY events DESC, name LIMIT 20`;
}

/**
 * lc_funnel: each person's best path. For every step-1 event s, step i is the earliest step-i
 * event at or after the path's step i−1 event and no later than s + window (greedy earliest is
 * optimal for a fixed start). The person's path is the start reaching the most steps; among
 * those, the earliest start.
 */
export function funnelPathsSql(stepCount: number, windowSeconds: number, channelJoin: 'events' | 'customers' | null): string {
  const end = `s.t1 + INTERVAL '${Math.round(windowSeconds)} seconds'`;
  const ctes = [`s1 AS (SELECT person, t AS t1, channel FROM lc_events WHERE step = 1)`];
  for (let i = 2; i <= stepCount; i++) {
    const prev = Array.from({ length: i - 2 }, (_, j) => `s.t${j + 2}`);
    ctes.push(`s${i} AS (SELECT s.person, s.t1, s.channel${prev.map((p) => `, ${p}`).join('')}, min(e.t) AS t${i}
      FROM s${i - 1} AS s LEFT JOIN lc_events AS e
        ON e.person = s.person AND e.step = ${i} AND e.t >= s.t${i - 1} AND e.t <= ${end}
      GROUP BY ALL)`);
  }
  const level = ['1', ...Array.from({ length: stepCount - 1 }, (_, j) => `CAST(t${j + 2} IS NOT NULL AS INTEGER)`)].join(' + ');
  const channel = channelJoin === 'customers' ? 'c.channel' : channelJoin === 'events' ? 'b.channel' : 'CAST(NULL AS VARCHAR)';
  const join = channelJoin === 'customers' ? ' LEFT JOIN lc_channel AS c ON c.customer_id = b.person' : '';
  return `CREATE OR REPLACE TABLE lc_funnel AS
    WITH ${ctes.join(',\n    ')},
    best AS (SELECT *, ${level} AS level FROM s${stepCount}
      QUALIFY row_number() OVER (PARTITION BY person ORDER BY ${level} DESC, t1, channel NULLS LAST) = 1)
    SELECT b.* EXCLUDE (channel), ${channel} AS channel FROM best AS b${join}`;
}

/** People reaching each step and the median seconds from the previous step, overall or by channel. */
export function funnelStatsSql(stepCount: number, byChannel: boolean): string {
  const cols = ['count(*) AS n1'];
  for (let i = 2; i <= stepCount; i++) {
    cols.push(`count(t${i}) AS n${i}`);
    cols.push(`quantile_cont(epoch(t${i}) - epoch(t${i - 1}), 0.5) AS d${i}`);
  }
  return byChannel
    ? `SELECT channel, ${cols.join(', ')} FROM lc_funnel GROUP BY channel ORDER BY n1 DESC, channel NULLS LAST`
    : `SELECT ${cols.join(', ')} FROM lc_funnel`;
}

export function stepsFrom(r: Row, keys: string[]): FunnelStep[] {
  const out: FunnelStep[] = [];
  const start = Number(r.n1);
  keys.forEach((key, i) => {
    const people = Number(r[`n${i + 1}`]);
    const prev = i === 0 ? people : Number(r[`n${i}`]);
    const d = i === 0 ? null : r[`d${i + 1}`];
    out.push({
      key,
      people,
      fromPrevious: i === 0 ? (people > 0 ? 1 : null) : ratio(people, prev),
      fromStart: ratio(people, start),
      dropOff: prev - people,
      medianSeconds: d === null || d === undefined ? null : Number(d),
    });
  });
  return out;
}

export async function computeEventFunnel(
  db: Db,
  src: EventSource,
  steps: FunnelStepOption[],
  windowDays: number,
  breakdown: 'events' | 'customers' | 'first-order' | null,
): Promise<FunnelReport> {
  if (steps.length === 0) return { status: 'unavailable', reason: 'no-steps' };
  const keys = steps.map((s) => s.key);
  await db.exec(funnelEventsSql(src, steps));
  await db.exec(funnelPathsSql(steps.length, windowDays * 86_400, breakdown === null ? null : breakdown === 'events' ? 'events' : 'customers'));
  const [counts] = await db.query(eventCountsSql(src, steps));
  const unmatched = await db.query(unmatchedSql(src, steps));
  const [all] = await db.query(funnelStatsSql(steps.length, false));
  const rows = breakdown ? await db.query(funnelStatsSql(steps.length, true)) : [];
  const byChannel: FunnelBreakdown[] = rows.map((r) => ({ channel: (r.channel as string | null) ?? null, steps: stepsFrom(r, keys) }));
  return {
    status: 'ok',
    kind: 'events',
    windowDays,
    events: Number(counts.events),
    matched: Number(counts.matched),
    unmatched: unmatched.map((u) => ({ name: String(u.name), events: Number(u.events) })),
    steps: stepsFrom(all, keys),
    breakdownSource: breakdown,
    breakdown: byChannel,
  };
}

/** Statuses that imply an order was paid, and those that imply it arrived (lower-cased). */
export const PAID_STATUSES = [
  'paid', 'approved', 'invoiced', 'processing', 'shipped', 'shipping', 'in transit', 'delivered', 'completed', 'complete',
  'received', 'refunded', 'returned', '已付款', '已支付', '待发货', '已发货', '待收货', '运输中', '已签收', '已收货', '已完成', '交易成功', '已退款', '退货',
];
export const DELIVERED_STATUSES = ['delivered', 'completed', 'complete', 'received', '已签收', '已收货', '已完成', '交易成功'];

/**
 * Orders by their furthest stage. Read from tx_flagged, not tx_orders: the cancellation rule sets
 * cancelled orders aside, and they are exactly the orders that stop at the first step.
 */
export function statusFunnelSql(): string {
  const s = `lower(trim(status))`;
  const stage = `CASE WHEN ${s} IN (${DELIVERED_STATUSES.map(literal).join(', ')}) THEN 3 WHEN ${s} IN (${PAID_STATUSES.map(literal).join(', ')}) THEN 2 ELSE 1 END`;
  return `SELECT status, stage, count(DISTINCT order_key) AS orders FROM (
      SELECT coalesce(order_id, source || ':' || _row) AS order_key, status, ${stage} AS stage
      FROM tx_flagged WHERE status IS NOT NULL AND (_reason IS NULL OR _reason IN ('missing-customer', 'cancellation'))
    ) GROUP BY ALL ORDER BY orders DESC, status`;
}

export function statusOrdersSql(): string {
  const s = `lower(trim(status))`;
  const stage = `CASE WHEN ${s} IN (${DELIVERED_STATUSES.map(literal).join(', ')}) THEN 3 WHEN ${s} IN (${PAID_STATUSES.map(literal).join(', ')}) THEN 2 ELSE 1 END`;
  return `SELECT count(*) AS n1, count(*) FILTER (WHERE stage >= 2) AS n2, count(*) FILTER (WHERE stage >= 3) AS n3 FROM (
      SELECT coalesce(order_id, source || ':' || _row) AS order_key, max(${stage}) AS stage
      FROM tx_flagged WHERE status IS NOT NULL AND (_reason IS NULL OR _reason IN ('missing-customer', 'cancellation'))
      GROUP BY 1
    )`;
}

export async function computeStatusFunnel(db: Db): Promise<FunnelReport> {
  const [r] = await db.query(statusOrdersSql());
  if (Number(r.n1) === 0) return { status: 'unavailable', reason: 'no-events-no-status' };
  const statuses = await db.query(statusFunnelSql());
  const names = ['order', 'paid', 'delivered'];
  return {
    status: 'ok',
    kind: 'order-status',
    steps: stepsFrom(r, names),
    statuses: statuses.map((x) => ({ status: String(x.status), stage: names[Number(x.stage) - 1], orders: Number(x.orders) })),
  };
}

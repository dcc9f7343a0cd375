/**
 * The lifecycle step of runReport: cohorts, channel effectiveness, funnel and activity, read from
 * tx_clean (and customers_clean / the events table when they exist). See README.md.
 */
import type { Db } from '../db';
import type { DatasetInput } from '../report';
import { has, personTable, typedName } from '../model';
import { eventDaysSql, computeActivity, purchaseDaysSql } from './activity';
import { computeChannels, type ChannelPlan } from './channels';
import { computeCohorts, type SignupSource } from './cohorts';
import { computeEventFunnel, computeStatusFunnel, type EventSource } from './funnel';
import type { LifecycleOptions } from './options';
import { horizons, periodIndexSql } from './periods';
import type { ChannelsReport, CohortsReport, FunnelReport, LifecycleReport } from './types';
import { DEFINITIONS } from './definitions';

export interface LifecycleInput {
  datasets: DatasetInput[];
  options: LifecycleOptions;
}

/** `onSql` sees every statement run (the methodology log). */
export async function runLifecycle(inner: Db, input: LifecycleInput, onSql: (sql: string) => void = () => {}): Promise<LifecycleReport> {
  const db: Db = {
    query: (sql) => (onSql(sql), inner.query(sql)),
    exec: (sql) => (onSql(sql), inner.exec(sql)),
  };
  const o = input.options;
  const customers = input.datasets.find((d) => d.kind === 'customers');
  const customerKey = customers && has(customers, 'customer_id') ? (has(customers, 'person_id') ? 'coalesce(person_id, customer_id)' : 'customer_id') : null;
  const signup: SignupSource | null = customers && customerKey && has(customers, 'signup_time') ? { key: customerKey } : null;

  const [dated] = await db.query(`SELECT count(*) AS n, count(order_time) AS dated FROM tx_clean`);
  let cohorts: CohortsReport;
  if (Number(dated.n) === 0) cohorts = { status: 'unavailable', reason: 'no-customers' };
  else if (Number(dated.dated) === 0) cohorts = { status: 'unavailable', reason: 'no-order-time' };
  else cohorts = await computeCohorts(db, o.cohortPeriod, o.cohortBasis, signup);

  let channels: ChannelsReport = { status: 'unavailable', reason: 'no-channel' };
  let channelSource: ChannelPlan['source'] | null = null;
  if (cohorts.status === 'ok') {
    const [tx] = await db.query(`SELECT count(channel) AS n FROM tx_clean`);
    channelSource = customers && customerKey && has(customers, 'channel') ? 'customers' : Number(tx.n) > 0 ? 'first-order' : null;
    if (channelSource) {
      const [r] = await db.query(`SELECT max(${periodIndexSql(o.cohortPeriod, 'order_time')}) AS last_p FROM lc_lines WHERE purchase`);
      channels = await computeChannels(
        db,
        { source: channelSource, customerKey, signup: signup !== null && channelSource === 'customers' },
        { longHorizon: horizons(o.cohortPeriod).long, lastPeriod: Number(r.last_p), minCustomers: o.minChannelCustomers },
      );
    }
  }
  // Cohorts and channels were the only readers of this per-line table; on large files memory is
  // the limit, and housekeeping is not methodology (inner: not logged).
  await inner.exec('DROP TABLE IF EXISTS lc_lines');

  const events = input.datasets.find((d) => d.kind === 'events' && has(d, 'customer_id') && has(d, 'event_type') && has(d, 'event_time'));
  const people = personTable(input.datasets);
  let funnel: FunnelReport;
  if (events) {
    const src: EventSource = { table: typedName(events), people: people ? typedName(people) : null, channel: has(events, 'channel') };
    const breakdown = src.channel ? 'events' : channels.status === 'ok' ? channelSource : null;
    funnel = await computeEventFunnel(db, src, o.funnel.steps, o.funnel.windowDays, breakdown);
  } else {
    const [s] = await db.query(`SELECT count(status) AS n FROM tx_flagged`);
    funnel = Number(s.n) > 0 ? await computeStatusFunnel(db) : { status: 'unavailable', reason: 'no-events-no-status' };
  }

  const activity = {
    purchases: Number(dated.dated) > 0 ? await computeActivity(db, 'purchases', purchaseDaysSql()) : null,
    events: events ? await computeActivity(db, 'events', eventDaysSql(typedName(events), people ? typedName(people) : null)) : null,
  };
  return { options: o, cohorts, channels, funnel, activity, definitions: DEFINITIONS };
}

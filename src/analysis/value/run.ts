/**
 * The value step of runReport: builds customers_rfm and customer_results from tx_clean and
 * summarises them into the ValueReport. See README.md beside this file.
 */
import type { Db } from '../db';
import type { DatasetInput } from '../report';
import { has } from '../model';
import { behaviour, customerLinesSql, GAPS } from './behaviour';
import { customersRfmSql, DAYS_PER_MONTH, excludedSql, txFactsSql, valueLinesSql } from './customers';
import { histograms } from './histogram';
import { EIGHT_CLASSES, OTHER_TIER, OTHERS, TIERS, type SchemeId } from './names';
import type { ValueOptions } from './options';
import { pareto } from './pareto';
import { customerProfile } from './profile';
import { COLUMN, DIMENSIONS, probabilities, quantilesSql, type Dimension } from './scoring';
import { customerResultsSql, type ScoringPlan } from './segments';
import { heatmap, rangeOf, rangeSql, schemeSummaries, scoreCounts } from './summary';
import type { Edges, ValueDefinitions, ValueReport, ValueUnavailable } from './types';

export interface ValueInput {
  datasets: DatasetInput[];
  /** options.analysisDate (ISO date), or null for the day after the last transaction date. */
  analysisDate: string | null;
  options: ValueOptions;
  /** Cleaning keeps cancellations as netted lines (cancellations.mode = 'net'). */
  returnsNetted: boolean;
}

export const FORMULAS: Record<string, string> = {
  analysis_date: 'options.analysisDate, else max(date(order_time)) + 1 day over tx_clean; lines dated after it are left out',
  purchase_line: 'a tx_clean line that is not a netted cancellation',
  orders: 'count(DISTINCT coalesce(order_id, line)) over purchase lines',
  revenue: 'sum(revenue) over all lines, netted returns included',
  aov: 'revenue / orders',
  recency_days: 'analysis_date - date(last purchase), calendar days',
  tenure_days: 'analysis_date - date(first purchase)',
  frequency_btyd: 'count(DISTINCT date(order_time)) over purchase lines - 1',
  recency_btyd: 'date(last purchase) - date(first purchase)',
  t_days: 'analysis_date - date(first purchase)',
  monetary_btyd: 'mean over purchase dates after the first of sum(revenue) that day; 0 without repeats',
  orders_per_month: `orders / max(1, t_days / ${DAYS_PER_MONTH})`,
};

/** `onSql` sees every statement run (the methodology log). */
export async function runValue(inner: Db, input: ValueInput, onSql: (sql: string) => void = () => {}): Promise<ValueReport> {
  const db: Db = {
    query: (sql) => (onSql(sql), inner.query(sql)),
    exec: (sql) => (onSql(sql), inner.exec(sql)),
  };
  const [f] = await db.query(txFactsSql());
  const unavailable = (reason: ValueUnavailable): ValueReport => ({ status: 'unavailable', reason });
  if (Number(f.tx_customers) === 0) return unavailable('no-customer-id');
  if (Number(f.lines) === 0) return unavailable('no-customers');
  if (Number(f.dated) === 0) return unavailable('no-order-time');
  if (Number(f.priced) === 0) return unavailable('no-revenue');

  const analysisDate = input.analysisDate ?? String(f.next_day);
  await db.exec(valueLinesSql(analysisDate));
  await db.exec(customersRfmSql(analysisDate));
  const [totals] = await db.query(`SELECT * FROM (${rangeSql()}), (${excludedSql(analysisDate)})`);
  if (Number(totals.customers) === 0) return unavailable('no-customers');

  const o = input.options;
  const method = o.rfm.method;
  const levels = method === 'fixed' ? 3 : o.rfm.bins;
  const quantiles = method === 'quantile' ? await quantileEdges(db, o.rfm.bins) : null;
  const namedQuantiles = levels === 5 ? null : method === 'quantile' && o.rfm.bins === 5 ? quantiles : await quantileEdges(db, 5);
  const range = rangeOf(totals);
  const basis = o.segments.eightClassBasis;
  const eightClass = Object.fromEntries(DIMENSIONS.map((d) => [d, range[d][basis]])) as Record<Dimension, number>;
  const meanRevenue = range.monetary.mean;
  const plan: ScoringPlan = {
    method,
    bins: o.rfm.bins,
    edges: quantiles ? plusOne(quantiles) : null,
    namedEdges: namedQuantiles ? plusOne(namedQuantiles) : null,
    fixed: o.rfm.fixed,
    meanRevenue,
    rules: o.segments.rules,
    eightClass,
  };
  await db.exec(customerResultsSql(plan));
  const lead = o.segments.lead;
  await db.exec(customerLinesSql(lead));
  const h = await histograms(db, {
    recency: { from: 'customers_rfm', x: COLUMN.recency, integer: true },
    frequency: { from: 'customers_rfm', x: COLUMN.frequency, integer: true },
    monetary: { from: 'customers_rfm', x: COLUMN.monetary, integer: false },
    aov: { from: 'customers_rfm', x: 'aov', integer: false },
    gaps: { from: GAPS, x: 'gap', integer: true },
  });

  const ids: Record<SchemeId, string[]> = {
    named: [...o.segments.rules.map((r) => r.id), OTHERS],
    'eight-class': EIGHT_CLASSES.map((c) => c.id),
    tiers: [...TIERS.map((x) => x.id), OTHER_TIER],
  };
  const schemes = await schemeSummaries(db, ids);
  const customers = customerTable(input.datasets);
  return {
    status: 'ok',
    analysisDate,
    definitions: definitions(input, f),
    customers: Number(totals.customers),
    orders: Number(totals.orders),
    revenue: Number(totals.revenue),
    excluded: { customers: Number(totals.excluded), linesAfterAnalysisDate: Number(totals.lines_after) },
    scoring: {
      method,
      levels,
      probabilities: method === 'quantile' ? probabilities(o.rfm.bins) : null,
      quantiles,
      edges: plan.edges,
      rankOrder: method === 'rank' ? 'value, customer_id' : null,
      fixed: {
        ...o.rfm.fixed,
        meanMonetary: meanRevenue,
        monetaryBounds: [o.rfm.fixed.monetaryVsMean[0] * meanRevenue, o.rfm.fixed.monetaryVsMean[1] * meanRevenue],
      },
      named: { scores: plan.namedEdges ? 'quantile-5' : 'chosen', edges: plan.namedEdges },
      range,
    },
    distributions: {
      recency: h.recency!,
      frequency: h.frequency!,
      monetary: h.monetary!,
      scores: await scoreCounts(db, levels),
    },
    segments: {
      lead,
      named: schemes.named,
      eightClass: { ...schemes['eight-class'], basis, thresholds: eightClass },
      tiers: schemes.tiers,
    },
    heatmap: await heatmap(db, levels),
    pareto: await pareto(db),
    profile: await customerProfile(
      db,
      { customers, unlinked: !customers && input.datasets.some((d) => d.kind === 'customers'), txChannel: Number(f.channel) > 0,
        txPlaces: { country: Number(f.country) > 0, region: Number(f.region) > 0, city: Number(f.city) > 0 } },
      analysisDate,
    ),
    behaviour: await behaviour(
      db,
      { category: Number(f.category) > 0, payment_method: Number(f.payment_method) > 0, discount: Number(f.discount) > 0, timeOfDay: Number(f.timed) > 0 },
      lead,
      ids[lead],
      { customers: Number(totals.customers), repeat: Number(totals.repeat), aov: h.aov!, orders: h.frequency!, gaps: h.gaps },
    ),
  };
}

/** The customer table the cleaning step made customers_clean from, when it can be linked. */
function customerTable(all: DatasetInput[]): DatasetInput | null {
  const c = all.find((d) => d.kind === 'customers');
  return c && has(c, 'customer_id') ? c : null;
}

async function quantileEdges(db: Db, bins: number): Promise<Edges> {
  const [q] = await db.query(quantilesSql(bins));
  const out = {} as Edges;
  for (const d of DIMENSIONS) out[d] = probabilities(bins).map((_, k) => Number(q[`q_${d}_${k + 1}`]));
  return out;
}

/** The rfm package's edges: each quantile + 1 (utils.R, bins()). */
function plusOne(q: Edges): Edges {
  const out = {} as Edges;
  for (const d of DIMENSIONS) out[d] = q[d].map((x) => x + 1);
  return out;
}

function definitions(input: ValueInput, f: Record<string, unknown>): ValueDefinitions {
  const withId = Number(f.with_order);
  const lines = Number(f.lines);
  return {
    analysisDate: input.analysisDate ? 'option' : 'day-after-last-transaction',
    orders: withId === lines ? 'order_id' : withId === 0 ? 'rows' : 'order_id-or-row',
    returnsNetted: input.returnsNetted,
    daysPerMonth: DAYS_PER_MONTH,
    formulas: FORMULAS,
  };
}

// Breaks when the CLV step stops joining what the earlier chapters and the customer table give
// (src/analysis/clv/attrs.ts, breakdown.ts, drivers.ts): breakdowns whose groups do not add up to
// every customer of customer_clv, a channel taken from the wrong place (the customer table wins
// over the first order), a lost "unknown" group, band counts that disagree with customer_clv,
// categories counted per line instead of per customer, a churn label that is not read whatever
// its type, or the drivers run without a label. Data: 240 simulated customers (seeded, churn-data.ts)
// whose label is the simulation's truth (dropped out or not); the expected counts are recomputed
// here from the tables themselves, not copied from a run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../workers/engine';
import type { MappedDataset } from '../../../workers/protocol';
import type { ClvReport } from '../../../src/analysis/clv';
import { fromText, openEngine } from '../../support/engine';
import { NO_CLEANING } from '../../support/no-cleaning';
import { chapter } from '../../support/chapter';
import { CATEGORIES, churnMapping, simulate } from './churn-data';

type Ok = Extract<ClvReport, { status: 'model' | 'fallback' }>;

let engine: Engine;
let mapping: MappedDataset[];
beforeAll(async () => {
  engine = await openEngine();
  const { orders, customers } = simulate();
  const r = await engine.load([fromText('orders.csv', orders), fromText('customers.csv', customers)], () => {});
  expect(r.errors).toEqual([]);
  mapping = churnMapping(r.datasets);
});
afterAll(() => engine.bindings.reset());

const customerId = () => mapping.find((d) => d.kind === 'customers')!.id;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('CLV joined to segments, clusters, channel, categories and the churn label', () => {
  let clv: Ok;
  beforeAll(async () => {
    const report = await engine.report(mapping, { ...NO_CLEANING, clv: { validation: { mode: 'off' } } }, () => {});
    const c = chapter(report.clv);
    if (c.status === 'unavailable') throw new Error(c.reason);
    clv = c;
  });

  it('fits the model on this data', () => {
    expect(clv.fallbackReason).toBeNull();
    expect(clv.status).toBe('model');
  });

  it('every breakdown covers every customer, and its band counts agree with the bands', () => {
    const { segments, cluster, channel } = clv.breakdowns;
    const lists = [segments.named!, segments['eight-class']!, segments.tiers!, cluster!, channel!.groups];
    for (const groups of lists) {
      expect(sum(groups.map((g) => g.customers))).toBe(clv.totals.customers);
      expect(sum(groups.map((g) => g.clv ?? 0))).toBeCloseTo(clv.totals.clv!, 6);
      expect(sum(groups.map((g) => g.valueAtRisk))).toBeCloseTo(clv.totals.valueAtRisk, 6);
      for (const band of ['high', 'medium', 'low'] as const) {
        expect(sum(groups.map((g) => g.bands[band]))).toBe(clv.bands.find((b) => b.band === band)!.customers);
      }
      for (const g of groups) expect(g.highRiskShare).toBeCloseTo(g.bands.high / g.customers, 12);
    }
  });

  it("takes the channel from the customer table, not the first order's", async () => {
    expect(clv.breakdowns.channel!.source).toBe('customers');
    const rows = await engine.db.query<{ channel: string; n: number }>(
      `SELECT c.channel, count(*) AS n FROM customer_clv AS v JOIN typed_${customerId()} AS c ON CAST(c.customer_id AS VARCHAR) = v.customer_id GROUP BY 1`,
    );
    const expected = Object.fromEntries(rows.map((r) => [r.channel, Number(r.n)]));
    expect(Object.fromEntries(clv.breakdowns.channel!.groups.map((g) => [g.key, g.customers]))).toEqual(expected);
  });

  it('orders segments in the scheme order and clusters by number', () => {
    const tiers = clv.breakdowns.segments.tiers!.map((g) => g.key);
    const order = ['vip', 'growth', 'general', 'churn_risk', 'other'];
    expect(tiers).toEqual(order.filter((t) => tiers.includes(t)));
    const clusters = clv.breakdowns.cluster!.map((g) => Number(g.key));
    expect(clusters).toEqual([...clusters].sort((a, b) => a - b));
  });

  it('counts category buyers once per customer, high-risk and active (low-risk repeat buyers)', async () => {
    const cats = clv.riskProfile.mixes.category!;
    expect(cats.map((c) => c.key).sort()).toEqual([...CATEGORIES].sort());
    const [r] = await engine.db.query<{ high: number; active: number }>(
      `SELECT count(DISTINCT t.customer_id) FILTER (WHERE v.risk_band = 'high') AS high,
         count(DISTINCT t.customer_id) FILTER (WHERE v.risk_band = 'low' AND v.frequency > 0) AS active
       FROM tx_clean AS t JOIN customer_clv AS v ON v.customer_id = t.customer_id WHERE t.category = 'Books'`,
    );
    const books = cats.find((c) => c.key === 'Books')!;
    expect([books.high, books.active]).toEqual([Number(r.high), Number(r.active)]);
  });

  it('mixes add up to the high-risk and active customers', () => {
    const p = clv.riskProfile;
    expect(p.active).toBe('low-repeat');
    for (const groups of [p.mixes.channel!, p.mixes.segments.named!, p.mixes.segments.tiers!, p.mixes.cluster!]) {
      expect(sum(groups.map((g) => g.high))).toBe(p.highCustomers);
      expect(sum(groups.map((g) => g.active))).toBe(p.activeCustomers);
    }
  });

  it('profiles each group: the low band split into repeat and one-time buyers', async () => {
    const groups = clv.riskProfile.groups;
    expect(groups.map((g) => g.group)).toEqual(['high', 'medium', 'low-repeat', 'one-time']);
    expect(sum(groups.map((g) => g.customers))).toBe(clv.totals.customers);
    const high = groups[0];
    const [r] = await engine.db.query<{ m: number; t: number; p: number; once: number }>(
      `SELECT median(days_since_last) FILTER (WHERE risk_band = 'high') AS m,
         avg(date_diff('day', first_purchase, DATE '${clv.facts.observationEnd}')) FILTER (WHERE risk_band = 'high') AS t,
         avg(frequency + 1) FILTER (WHERE risk_band = 'high') AS p, count(*) FILTER (WHERE frequency = 0) AS once
       FROM customer_clv`,
    );
    expect(high.medianDaysSinceLast).toBe(Number(r.m));
    expect(high.meanTenureDays).toBeCloseTo(Number(r.t), 9);
    expect(high.meanPurchases).toBeCloseTo(Number(r.p), 9);
    expect(groups[3].customers).toBe(Number(r.once));
    // BG/NBD calls one-time buyers alive (P(alive) = 1): all of them are low risk.
    expect(groups[3].repeatShare).toBe(0);
    expect(groups[2].repeatShare).toBe(1);
    expect(high.repeatShare).toBe(1);
  });

  it('reads the text label (yes/no, blanks left out) and finds recency the strongest driver', async () => {
    const d = clv.drivers;
    if (d.status !== 'done') throw new Error(JSON.stringify(d));
    const [r] = await engine.db.query<{ labelled: number; churned: number }>(
      `SELECT count(*) FILTER (WHERE c.churned IS NOT NULL) AS labelled, count(*) FILTER (WHERE c.churned = 'yes') AS churned
       FROM customer_clv AS v JOIN raw_${customerId()} AS c ON c.customer = v.customer_id`,
    );
    expect(d.labelled).toBe(Number(r.labelled));
    expect(d.churned).toBe(Number(r.churned));
    expect(d.labelled + d.unlabelled).toBe(clv.totals.customers);
    expect(d.train + d.holdout).toBe(d.labelled);
    // Churners stop buying: recency must lead, churn rising with it.
    const top = d.coefficients[0];
    expect(top.kind === 'numeric' && top.feature).toBe('recency');
    expect(top.coefficient).toBeGreaterThan(0);
    expect(d.auc.training).toBeGreaterThan(0.9);
    const features = new Set(d.coefficients.map((c) => c.feature));
    for (const f of ['recency', 'frequency', 'monetary', 'tenure', 'channel', 'segment', 'gender']) expect(features.has(f as never), f).toBe(true);
    expect(d.segmentScheme).toBe('named');
  });
});

describe('without a label, and in the fallback', () => {
  it("reports 'no-label' when the customer table has no churn label", async () => {
    const m = mapping.map((d) => ({ ...d, columns: d.columns.map((c) => (c.role === 'churn_label' ? { ...c, role: 'ignore' as const } : c)) }));
    const clv = chapter((await engine.report(m, { ...NO_CLEANING, clv: { validation: { mode: 'off' } } }, () => {})).clv);
    if (clv.status === 'unavailable') throw new Error(clv.reason);
    expect(clv.drivers).toEqual({ status: 'no-label' });
  });

  it('keeps breakdowns in the fallback, without CLV', async () => {
    const clv = chapter((await engine.report(mapping, { ...NO_CLEANING, clv: { minRepeatCustomers: 100_000, validation: { mode: 'off' } } }, () => {})).clv);
    if (clv.status !== 'fallback') throw new Error(clv.status);
    const tiers = clv.breakdowns.segments.tiers!;
    expect(sum(tiers.map((g) => g.customers))).toBe(clv.totals.customers);
    expect(tiers.every((g) => g.clv === null && g.meanClv === null)).toBe(true);
    expect(sum(tiers.map((g) => g.bands.high))).toBe(clv.bands[0].customers);
    // Without a model the rule decides on recency alone: active = every low-risk customer.
    expect(clv.riskProfile.active).toBe('low');
    expect(clv.riskProfile.groups.map((g) => g.group)).toEqual(['high', 'medium', 'low']);
    expect(clv.riskProfile.activeCustomers).toBe(clv.bands[2].customers);
  });
});

describe('tables an earlier report left behind', () => {
  it('are not joined: a removed customer table, clusters skipped on too few customers', async () => {
    // The simulated report above built customers_clean and customer_clusters; now only 10 new
    // customers are loaded (too few for clusters, which then leave the old table in place).
    await engine.report(mapping, { ...NO_CLEANING, clv: { validation: { mode: 'off' } } }, () => {});
    for (const d of mapping) await engine.remove(d.id);
    const text = ['customer,date,amount', ...Array.from({ length: 10 }, (_, i) => `N${i},2024-0${1 + (i % 9)}-15,${10 + i}`)].join('\n');
    const r = await engine.load([fromText('few.csv', text)], () => {});
    const few = r.datasets.map((d) => ({ id: d.id, kind: 'orders' as const, columns: d.columns.map((c) => ({ ...c, role: ({ customer: 'customer_id', date: 'order_time', amount: 'amount' } as const)[c.name as 'customer'] ?? 'ignore' })) }));
    const report = await engine.report(few, { ...NO_CLEANING, clv: { validation: { mode: 'off' } } }, () => {});
    expect(report.clusters && 'skipped' in report.clusters ? report.clusters.skipped : null).toBe('too-few-customers');
    const clv = chapter(report.clv);
    if (clv.status === 'unavailable') throw new Error(clv.reason);
    expect(clv.breakdowns.cluster).toBeNull();
    expect(clv.breakdowns.channel).toBeNull();
    expect(clv.drivers).toEqual({ status: 'no-label' });
    expect(clv.totals.customers).toBe(10);
  });
});

// Breaks when the BTYD summary (src/analysis/clv/summary.ts) departs from the definitions and
// checked examples of /work/shared/notes/domain.md ("BTYD convention": observation end
// 2015-02-07, daily: 02-01 + 02-06 -> (1, 5, 6); 01-01 -> (0, 0, 37); 01-01, 01-02, 01-05 ->
// (2, 4, 37); spends 10 / 20 / 25 -> monetary 22.5 in any row order: 22.5 = (20 + 25) / 2, so
// 10 is the first purchase and is excluded), when lines of one
// period stop being summed into one purchase, when weekly periods stop being ISO weeks, or when
// the rule-based fallback (too few repeat customers) yields NaN instead of stated bands.
// Expected values are hand-derived from those definitions (calendar arithmetic in comments).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../workers/engine';
import type { MappedDataset } from '../../../workers/protocol';
import { fromText, openEngine } from '../../support/engine';
import { NO_CLEANING } from '../../support/no-cleaning';
import { loadWithRoles } from './support';
import { chapter } from '../../support/chapter';

const ROLES = { customer_id: 'customer_id', order_date: 'order_time', amount: 'amount' } as const;

// Rows deliberately out of order.
const EXAMPLES = `customer_id,order_date,amount
D,2015-01-20,25
A,2015-02-06,3
C,2015-01-05,1
B,2015-01-01,9
D,2015-01-01,10
C,2015-01-01,1
A,2015-02-01,2
D,2015-01-10,20
C,2015-01-02,1
E,2015-01-20,3
E,2015-01-10,5
E,2015-01-10,7
E,2015-01-20,4
F,2015-02-08,50
`;

let engine: Engine;
beforeAll(async () => {
  engine = await openEngine();
});
afterAll(() => engine.bindings.reset());

async function summary(mapping: MappedDataset[], clv: object) {
  const report = await engine.report(mapping, { ...NO_CLEANING, clv }, () => {});
  const rows = await engine.db.query<{ id: string; x: number; tx: number; T: number; m: number; revenue: number; since: number }>(
    `SELECT CAST(customer_id AS VARCHAR) AS id, frequency AS x, recency AS tx, T, monetary AS m, revenue, days_since_last AS since
     FROM customer_clv ORDER BY id`,
  );
  return { report, rows: Object.fromEntries(rows.map((r) => [r.id, r])) };
}

describe("domain.md's checked examples", () => {
  let mapping: MappedDataset[];
  beforeAll(async () => {
    mapping = await loadWithRoles(engine, [fromText('examples.csv', EXAMPLES)], ROLES);
  });

  it('daily periods, observation end 2015-02-07 (lines on later dates left out)', async () => {
    const { rows, report } = await summary(mapping, { observationEnd: '2015-02-07', validation: { mode: 'off' } });
    expect(rows.A).toMatchObject({ x: 1, tx: 5, T: 6 });
    expect(rows.B).toMatchObject({ x: 0, tx: 0, T: 37, m: 0 });
    expect(rows.C).toMatchObject({ x: 2, tx: 4, T: 37 });
    // D: 10 on 01-01 (first purchase, excluded), then 20 and 25; rows given out of order.
    expect(rows.D.m).toBeCloseTo(22.5, 12);
    expect(rows.D).toMatchObject({ x: 2, tx: 19, T: 37, revenue: 55 });
    // E: two lines on 01-10 are one purchase (12), two on 01-20 another: x = 1, m = 3 + 4.
    expect(rows.E).toMatchObject({ x: 1, tx: 10, T: 28, m: 7, revenue: 19 });
    // F bought on 02-08, after the observation end: not a customer yet.
    expect(rows.F).toBeUndefined();
    // RFM recency = T - t_x (domain.md): days since last purchase.
    expect(rows.A.since).toBe(1);
    expect(rows.C.since).toBe(33);
    expect(chapter(report.clv).status).toBe('fallback');
  });

  it('weeks as the unit of daily periods: the same numbers divided by 7', async () => {
    const { rows, report } = await summary(mapping, { observationEnd: '2015-02-07', unit: 'week', validation: { mode: 'off' } });
    expect(rows.A.tx).toBeCloseTo(5 / 7, 12);
    expect(rows.A.T).toBeCloseTo(6 / 7, 12);
    expect(rows.C).toMatchObject({ x: 2 });
    expect(rows.C.T).toBeCloseTo(37 / 7, 12);
    expect(report.options.clv).toMatchObject({ period: 'day', unit: 'week' });
  });

  it('weekly periods (ISO weeks, Monday start) count distinct purchase weeks', async () => {
    const { rows, report } = await summary(mapping, { observationEnd: '2015-02-07', period: 'week', validation: { mode: 'off' } });
    expect(report.options.clv.unit).toBe('week');
    // C: Thu 01-01 and Fri 01-02 share the week of Mon 2014-12-29; Mon 01-05 starts the next.
    // Observation end Sat 02-07 lies in the week of Mon 02-02: T = 5 weeks.
    expect(rows.C).toMatchObject({ x: 1, tx: 1, T: 5 });
    // A: Sun 02-01 (week of 01-26) and Fri 02-06 (week of 02-02).
    expect(rows.A).toMatchObject({ x: 1, tx: 1, T: 1 });
    // D: weeks of 12-29 (01-01: 10), 01-05 (Sat 01-10: 20), 01-19 (01-20: 25).
    expect(rows.D).toMatchObject({ x: 2, tx: 3 });
    expect(rows.D.m).toBeCloseTo(22.5, 12);
  });

  it('defaults: observation end = the last purchase date, validation on the last 25%', async () => {
    const { report, rows } = await summary(mapping, {});
    const clv = chapter(report.clv);
    if (clv.status === 'unavailable') throw new Error('unavailable');
    expect(clv.facts.observationEnd).toBe('2015-02-08');
    expect(rows.F).toMatchObject({ x: 0, T: 0 });
    expect(clv.options).toMatchObject({ horizonMonths: 12, monthlyDiscountRate: 0.01, thresholds: { high: 0.3, medium: 0.7 } });
    // Span 2015-01-01..02-08 = 38 days; calibration ends 29 days (round(0.75 x 38)) after the start.
    expect(clv.validation).toMatchObject({ status: 'unavailable', calibrationEnd: '2015-01-30', reason: 'too-few-repeat-customers' });
  });
});

describe('fallback: no customer buys twice', () => {
  // 40 one-time buyers, one every 5 days from 2020-01-01 (day 0) to 2020-07-14 (day 195).
  const lines = ['customer_id,order_date,amount'];
  for (let i = 0; i < 40; i++) {
    const d = new Date(Date.UTC(2020, 0, 1) + i * 5 * 86_400_000).toISOString().slice(0, 10);
    lines.push(`c${String(i).padStart(2, '0')},${d},${10 + i}`);
  }
  it('says why, bands by days since the last purchase against the stated gap, never NaN', async () => {
    const mapping = await loadWithRoles(engine, [fromText('once.csv', lines.join('\n'))], ROLES);
    const report = await engine.report(mapping, { ...NO_CLEANING }, () => {});
    const c = chapter(report.clv);
    expect(c.status).toBe('fallback');
    if (c.status !== 'fallback') return;
    expect(c.fallbackReason).toBe('too-few-repeat-customers');
    expect(c.facts).toMatchObject({ customers: 40, repeatCustomers: 0, gaps: 0, medianGapDays: null });
    // No inter-purchase gap at all: G = the default 90 days. Days since last = 195 - 5 i.
    expect(c.fallbackRule).toMatchObject({ gapDays: 90, gapSource: 'default' });
    // high: > 180 days (i = 0..2), medium: 91..180 (i = 3..20), low: <= 90 (i = 21..39).
    expect(c.bands.map((b) => [b.band, b.customers])).toEqual([['high', 3], ['medium', 18], ['low', 19]]);
    const high = c.bands[0];
    expect(high.revenue).toBe(10 + 11 + 12);
    expect(high.valueAtRisk).toBe(33);
    expect(high.valueAtRiskShare).toBe(1);
    expect(c.bgnbd).toBeNull();
    expect(c.clvHistogram).toBeNull();
    expect(c.topAtRisk[0]).toMatchObject({ customerId: 'c02', valueAtRisk: 12, pAlive: null, clv: null, daysSinceLast: 185, band: 'high' });
    expect(c.validation).toMatchObject({ status: 'unavailable', reason: 'too-few-repeat-customers' });
    const text = JSON.stringify(c);
    expect(text).not.toMatch(/NaN|Infinity/);
    expect(JSON.parse(text)).toEqual(c);
    const [nan] = await engine.db.query<{ n: number }>(`SELECT count(*) AS n FROM customer_clv WHERE isnan(value_at_risk) OR risk_band IS NULL`);
    expect(Number(nan.n)).toBe(0);
  });
});

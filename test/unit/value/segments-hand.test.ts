// Breaks when the template's fixed thresholds (value tiers, the 'fixed' scoring method) or the
// eight-class model put a customer in another class than domain.md's definitions do: inclusive
// or exclusive boundaries (recency 7 and 30 days, 2 and 5 orders a month, 1× and 2× the mean,
// a value equal to the mean/median), calendar-day recency, orders per month over the customer's
// months, and first-match order. The expected classes are worked out by hand in the comments
// below from those definitions (no software involved).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWasmDb, type WasmDb } from '../../support/wasm-db';
import { loadLines, ok, results, value, type Line } from './lines';

let db: WasmDb;
beforeAll(async () => {
  db = await openWasmDb();
});
afterAll(() => db.close());

/** `n` orders of one customer, one per date, revenue split evenly. */
function orders(customer: string, dates: string[], total: number): Line[] {
  return dates.map((time, i) => ({ customer, order: `${customer}${i + 1}`, time, revenue: total / dates.length }));
}

// Analysis date 2024-04-01 (2024 is a leap year: February has 29 days). 18 customers, total
// revenue 1,800, so mean revenue = 100: M high >= 200, middle >= 100, low < 100.
// Orders per month = orders / max(1, t_days / 30.4375), t_days = 2024-04-01 − first purchase date.
// R: near <= 7 days, middle 8–30, far > 30.   F: low <= 2 a month, high >= 5, middle between.
const TIERS_CASE: { lines: Line[]; tier: string; levels: [number, number, number] }[] = [
  // A: recency 2 (near); t = 22 -> 1 month -> 5/month (high); 300 (high)          -> vip
  { lines: orders('A', ['2024-03-10', '2024-03-15', '2024-03-20', '2024-03-25', '2024-03-30'], 300), tier: 'vip', levels: [3, 3, 3] },
  // B: last order 03-25 23:59 -> recency 7 calendar days (near, inclusive); t = 27 -> 5/month;
  //    200 = 2 × mean (high, inclusive)                                              -> vip
  { lines: orders('B', ['2024-03-05', '2024-03-10', '2024-03-15', '2024-03-20', '2024-03-25 23:59:00'], 200), tier: 'vip', levels: [3, 3, 3] },
  // C: recency 8 (middle); 5/month (high); 250 (high): no tier                      -> other
  { lines: orders('C', ['2024-03-04', '2024-03-08', '2024-03-12', '2024-03-16', '2024-03-24'], 250), tier: 'other', levels: [2, 3, 3] },
  // D: recency 10 (middle); t = 17 -> 3/month (middle); 150 (middle)                -> growth
  { lines: orders('D', ['2024-03-15', '2024-03-18', '2024-03-22'], 150), tier: 'growth', levels: [2, 2, 2] },
  // E: three orders on 03-02: recency 30 (middle, inclusive); t = 30 -> max(1, 0.986) = 1 month
  //    -> 3/month (middle); 100 = 1 × mean (middle, inclusive)                        -> growth
  {
    lines: [
      { customer: 'E', order: 'E1', time: '2024-03-02 09:00:00', revenue: 30 },
      { customer: 'E', order: 'E2', time: '2024-03-02 12:00:00', revenue: 30 },
      { customer: 'E', order: 'E3', time: '2024-03-02 18:00:00', revenue: 40 },
    ],
    tier: 'growth',
    levels: [2, 2, 2],
  },
  // F: recency 20 (middle); 1/month (low); 50 (low)                                  -> general
  { lines: orders('F', ['2024-03-12'], 50), tier: 'general', levels: [2, 1, 1] },
  // G: recency 15 (middle); t = 22 -> 2/month (low, inclusive); 99 (low, just under 1×) -> general
  {
    lines: [
      { customer: 'G', order: 'G1', time: '2024-03-10', revenue: 49 },
      { customer: 'G', order: 'G2', time: '2024-03-17', revenue: 50 },
    ],
    tier: 'general',
    levels: [2, 1, 1],
  },
  // H: recency 31 (far); 1/month (low); 40 (low)                                      -> churn_risk
  { lines: orders('H', ['2024-03-01'], 40), tier: 'churn_risk', levels: [1, 1, 1] },
  // I: 12 orders 2023-10-01 .. 2024-01-01: recency 31 + 29 + 31 = 91 (far); t = 183 days
  //    = 6.0123 months -> 12 / 6.0123 = 1.996/month (low); 90 (low)                    -> churn_risk
  {
    lines: orders(
      'I',
      ['2023-10-01', '2023-10-08', '2023-10-15', '2023-10-22', '2023-10-29', '2023-11-05', '2023-11-12', '2023-11-19', '2023-11-26', '2023-12-03', '2023-12-10', '2024-01-01'],
      90,
    ),
    tier: 'churn_risk',
    levels: [1, 1, 1],
  },
  // J: recency 1 (near); low; 30 (low): no tier                                       -> other
  { lines: orders('J', ['2024-03-31'], 30), tier: 'other', levels: [3, 1, 1] },
  // K: recency 12 (middle); t = 60 -> 1.971 months -> 5 / 1.971 = 2.54/month (middle:
  //    above 2, below 5); 180 (middle)                                                  -> growth
  { lines: orders('K', ['2024-02-01', '2024-02-15', '2024-03-01', '2024-03-10', '2024-03-20'], 180), tier: 'growth', levels: [2, 2, 2] },
  // L: 02-16 to 03-01 is 14 days (29 − 16 + 1), to 04-01 another 31: recency 45 (far); low;
  //    210 (high): no tier                                                              -> other
  { lines: orders('L', ['2024-02-16'], 210), tier: 'other', levels: [1, 1, 3] },
  // M–R: one order on 2024-01-15: 17 days to 02-01, + 29 + 31 = recency 77 (far); low;
  //    10–20 (low)                                                                      -> churn_risk
  ...[
    ['M', 10],
    ['N', 15],
    ['O', 20],
    ['P', 16],
    ['Q', 20],
    ['R', 20],
  ].map(([c, rev]) => ({ lines: orders(String(c), ['2024-01-15'], Number(rev)), tier: 'churn_risk', levels: [1, 1, 1] as [number, number, number] })),
];

describe('value tiers from the fixed thresholds', () => {
  it('puts each hand-made customer in the tier worked out by hand', async () => {
    await loadLines(db, TIERS_CASE.flatMap((c) => c.lines));
    const v = ok(await value(db, { analysisDate: '2024-04-01', rfm: { method: 'fixed' } }));
    expect(v.customers).toBe(18);
    expect(v.revenue).toBe(1800);
    expect(v.scoring.fixed.meanMonetary).toBe(100);
    expect(v.scoring.fixed.monetaryBounds).toEqual([100, 200]);
    const rows = await results(db);
    const got = TIERS_CASE.map((c) => {
      const r = rows.get(c.lines[0].customer)!;
      return [c.lines[0].customer, r.tier, [r.r_score, r.f_score, r.m_score]];
    });
    expect(got).toEqual(TIERS_CASE.map((c) => [c.lines[0].customer, c.tier, c.levels]));
    const counts = Object.fromEntries(v.segments.tiers.segments.map((s) => [s.id, s.customers]));
    expect(counts).toEqual({ vip: 2, growth: 3, general: 2, churn_risk: 8, other: 3 });
    // Recency to the calendar day: I's last purchase 2024-01-01 is 91 days before, L's 45, M's 77.
    expect([rows.get('I')!.recency_days, rows.get('L')!.recency_days, rows.get('M')!.recency_days]).toEqual([91, 45, 77]);
    // The fixed method has three levels; the named scheme then scores on 5-bin quantiles.
    expect(v.scoring.levels).toBe(3);
    expect(v.scoring.named.scores).toBe('quantile-5');
    expect(v.heatmap.cells).toHaveLength(9);
  });

  it('moves the boundaries when the thresholds are edited', async () => {
    await loadLines(db, TIERS_CASE.flatMap((c) => c.lines));
    // near <= 8 days now takes C (recency 8) from middle to near: R near, F high, M high -> vip.
    await value(db, { analysisDate: '2024-04-01', rfm: { fixed: { recencyDays: [8, 30] } } });
    const rows = await results(db);
    expect(rows.get('C')!.tier).toBe('vip');
    expect(rows.get('A')!.tier).toBe('vip');
  });
});

// Analysis date 2024-01-11. Nine customers (recency days, orders, revenue):
//   a (1, 4, 400)  b (2, 1, 300)  c (10, 3, 350)  d (9, 1, 250)  e (3, 2, 50)
//   f (1, 1, 10)   g (8, 4, 100)  h (10, 1, 20)   i (2, 3, 60)
// Means: recency 46/9 = 5.11, orders 20/9 = 2.22, revenue 1540/9 = 171.1.
// Medians: recency 3 (1,1,2,2,3,8,9,10,10), orders 2 (1,1,1,1,2,3,3,4,4), revenue 100.
// High R = recency < basis, high F = orders > basis, high M = revenue > basis (equal = low).
const EIGHT_CASE: [string, number, number, number, string, string][] = [
  // id, recency, orders, revenue, class (mean basis), class (median basis)
  ['a', 1, 4, 400, 'important_value', 'important_value'], // hhh / hhh
  ['b', 2, 1, 300, 'important_develop', 'important_develop'], // hlh / hlh
  ['c', 10, 3, 350, 'important_keep', 'important_keep'], // lhh / lhh
  ['d', 9, 1, 250, 'important_win_back', 'important_win_back'], // llh / llh
  ['e', 3, 2, 50, 'general_develop', 'general_win_back'], // hll / lll (3 is not < median 3)
  ['f', 1, 1, 10, 'general_develop', 'general_develop'], // hll / hll
  ['g', 8, 4, 100, 'general_keep', 'general_keep'], // lhl / lhl (100 is not > median 100)
  ['h', 10, 1, 20, 'general_win_back', 'general_win_back'], // lll / lll
  ['i', 2, 3, 60, 'general_value', 'general_value'], // hhl / hhl
];

function eightLines(): Line[] {
  const lines: Line[] = [];
  for (const [id, recency, n, revenue] of EIGHT_CASE) {
    const last = new Date(Date.UTC(2024, 0, 11 - recency));
    for (let k = 0; k < n; k++) {
      const d = new Date(last.getTime() - k * 7 * 86_400_000);
      lines.push({ customer: id, order: `${id}${k}`, time: d.toISOString().slice(0, 10), revenue: revenue / n });
    }
  }
  return lines;
}

describe('eight-class model', () => {
  it('classes against the mean, as worked out by hand', async () => {
    await loadLines(db, eightLines());
    const v = ok(await value(db, { analysisDate: '2024-01-11' }));
    expect(v.segments.eightClass.basis).toBe('mean');
    expect(v.segments.eightClass.thresholds.recency).toBeCloseTo(46 / 9, 12);
    expect(v.segments.eightClass.thresholds.frequency).toBeCloseTo(20 / 9, 12);
    expect(v.segments.eightClass.thresholds.monetary).toBeCloseTo(1540 / 9, 9);
    const rows = await results(db);
    expect(EIGHT_CASE.map(([id]) => [id, rows.get(id)!.eight_class])).toEqual(EIGHT_CASE.map(([id, , , , mean]) => [id, mean]));
    expect(v.segments.eightClass.segments.map((s) => s.customers)).toEqual([1, 1, 1, 1, 1, 2, 1, 1]);
  });

  it('classes against the median, a value equal to the median being low', async () => {
    await loadLines(db, eightLines());
    const v = ok(await value(db, { analysisDate: '2024-01-11', segments: { eightClassBasis: 'median' } }));
    expect(v.segments.eightClass.thresholds).toEqual({ recency: 3, frequency: 2, monetary: 100 });
    const rows = await results(db);
    expect(EIGHT_CASE.map(([id]) => [id, rows.get(id)!.eight_class])).toEqual(EIGHT_CASE.map(([id, , , , , median]) => [id, median]));
  });
});

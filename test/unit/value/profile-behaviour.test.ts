// Breaks when the profile or behaviour parts of the value chapter, or the concentration numbers,
// stop following their definitions (src/analysis/value/profile.ts, behaviour.ts, pareto.ts):
// age in full years at the analysis date (a birthday on the day counts), the first non-missing
// attribute of a customer listed twice, buyers missing from the customer table as unknown, the
// first order's channel when the customer table has none, top 10 + other, an order's payment
// method and weekday/hour, discount shares, gaps between purchase dates, and the Lorenz curve,
// top shares and Gini of a four-customer case. Every expected number is worked out by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { breakdown } from '../../../src/analysis/value/breakdown';
import type { Breakdown, Part } from '../../../src/analysis/value/types';
import { openWasmDb, type WasmDb } from '../../support/wasm-db';
import { loadCustomers, loadLines, ok, value, type Line } from './lines';

let db: WasmDb;
beforeAll(async () => {
  db = await openWasmDb();
});
afterAll(() => db.close());

function available(p: Part): Breakdown {
  if (!p.available) throw new Error(`part unavailable: ${p.reason}`);
  return p;
}
const counts = (b: Breakdown) => Object.fromEntries(b.groups.map((g) => [g.key, g.count]));

// Analysis date 2024-06-30 (a Sunday).
const LINES: Line[] = [
  // c1: three purchase days, 06-01, 06-03, 06-10 (gaps 2 and 7); first order via the app.
  { customer: 'c1', order: 'o1', time: '2024-06-01 09:15:00', revenue: 10, channel: 'app', category: 'Toys', payment: 'card', discount: 0 },
  { customer: 'c1', order: 'o1', time: '2024-06-01 09:15:00', revenue: 30, channel: 'app', category: 'Books', payment: 'card', discount: 5 },
  { customer: 'c1', order: 'o2', time: '2024-06-03 20:00:00', revenue: 20, channel: 'web', category: 'Books', payment: 'wallet', discount: null },
  { customer: 'c1', order: 'o3', time: '2024-06-10 20:30:00', revenue: 40, channel: 'web', category: 'Books', payment: 'wallet', discount: 0 },
  // c2..c7 one order each.
  { customer: 'c2', order: 'o4', time: '2024-06-05 10:00:00', revenue: 50, channel: 'web', category: 'Toys', payment: 'card', discount: 2 },
  { customer: 'c3', order: 'o5', time: '2024-06-05 11:00:00', revenue: 60, channel: 'store', category: null, payment: null, discount: 0 },
  { customer: 'c4', order: 'o6', time: '2024-06-06 12:00:00', revenue: 70, channel: 'store', category: 'Games', payment: 'card', discount: 0 },
  // o7 has two lines paid two ways: the order's method is the smallest, 'card'.
  { customer: 'c5', order: 'o7', time: '2024-06-07 13:00:00', revenue: 5, channel: 'app', category: 'Games', payment: 'wallet', discount: 0 },
  { customer: 'c5', order: 'o7', time: '2024-06-07 13:00:00', revenue: 5, channel: 'app', category: 'Games', payment: 'card', discount: 0 },
  { customer: 'c6', order: 'o8', time: '2024-06-08 14:00:00', revenue: 90, channel: 'web', category: 'Toys', payment: 'card', discount: 0 },
  { customer: 'c7', order: 'o9', time: '2024-06-29 15:00:00', revenue: 100, channel: 'app', category: 'Books', payment: 'cash', discount: 10 },
];

describe('customer profile', () => {
  it('age bands at the analysis date, first non-missing values, unknown for buyers not in the table', async () => {
    await loadLines(db, LINES);
    const customers = await loadCustomers(db, ['customer_id', 'birth_date', 'gender', 'city', 'membership_level'], [
      ['c1', '2006-06-30', 'M', 'Lyon', 'gold'], // 18 on the analysis date -> 18-24
      ['c2', '2006-07-01', 'F', 'Lyon', null], // 18 the next day -> lt18
      ['c3', '1959-06-30', 'M', 'Paris', 'silver'], // 65 -> 65+
      ['c4', '1959-07-01', 'F', null, 'gold'], // 64 -> 55-64
      ['c5', null, null, 'Paris', null], // no birth date, no gender -> unknown
      ['c7', '1990-01-01', null, 'Nice', 'gold'], // 34 -> 25-34; gender from its second row
      ['c7', '1991-01-01', 'F', 'Lille', null],
      ['z9', '1980-01-01', 'M', 'Lyon', 'gold'], // never bought: not in the profile
      // c6 bought but is not in the table -> unknown everywhere
    ]);
    const v = ok(await value(db, { analysisDate: '2024-06-30', datasets: [customers] }));
    const p = v.profile;
    expect(p.matched).toBe(6);
    const ages = available(p.ageBands);
    expect(p.ageBands.basis).toBe('birth_date');
    expect(ages.groups.map((g) => [g.key, g.count])).toEqual([
      ['lt18', 1],
      ['18-24', 1],
      ['25-34', 1],
      ['35-44', 0],
      ['45-54', 0],
      ['55-64', 1],
      ['65+', 1],
    ]);
    expect(ages.unknown).toMatchObject({ count: 2, revenue: 10 + 90 });
    const gender = available(p.gender);
    expect(counts(gender)).toEqual({ F: 3, M: 2 });
    expect(gender.unknown!.count).toBe(2);
    expect(gender.groups[0]).toMatchObject({ key: 'F', count: 3, share: 3 / 7, revenue: 50 + 70 + 100, revenueShare: 220 / 480 });
    expect(counts(available(p.cities))).toEqual({ Lyon: 2, Paris: 2, Nice: 1 });
    expect(counts(available(p.membershipLevel))).toEqual({ gold: 3, silver: 1 });
    expect(p.regions).toEqual({ available: false, reason: 'no-column' });
    // No channel in the customer table: the channel of each customer's first order.
    const channel = available(p.acquisitionChannel);
    expect(channel.source).toBe('first-order');
    expect(counts(channel)).toEqual({ app: 3, web: 2, store: 2 });
  });

  it('says why each part is missing without a customer table', async () => {
    await loadLines(db, LINES.map((l) => ({ ...l, channel: null })));
    const v = ok(await value(db, { analysisDate: '2024-06-30' }));
    expect(v.profile.matched).toBeNull();
    for (const part of [v.profile.ageBands, v.profile.gender, v.profile.cities, v.profile.acquisitionChannel]) {
      expect(part).toEqual({ available: false, reason: 'no-customer-table' });
    }
  });

  it('top 10 values, the rest folded into other', () => {
    const rows = Array.from({ length: 12 }, (_, i) => ({ key: `v${i}`, n: 12 - i, revenue: 1 }));
    const b = breakdown([...rows, { key: null, n: 4, revenue: 2 }], 'customers', 'customers');
    expect(b.groups.map((g) => g.key)).toEqual(['v0', 'v1', 'v2', 'v3', 'v4', 'v5', 'v6', 'v7', 'v8', 'v9']);
    expect(b.other).toMatchObject({ key: 'other', count: 2 + 1, revenue: 2 });
    expect(b.unknown).toMatchObject({ count: 4, share: 4 / 82 });
    expect(b.total).toBe(82);
  });
});

describe('behaviour', () => {
  it('categories, payment methods, weekday × hour, discounts, gaps and repeat rate', async () => {
    await loadLines(db, LINES);
    const v = ok(await value(db, { analysisDate: '2024-06-30' }));
    const b = v.behaviour;
    expect(b.repeatCustomers).toBe(1);
    expect(b.repeatRate).toBe(1 / 7);
    expect(b.gaps).toMatchObject({ gaps: 2, customers: 1, medianDays: 4.5, meanDays: 4.5 });
    // Orders containing a category and its revenue; Books is in o1, o2, o3, o9.
    const cats = available(b.categories);
    expect(cats.unit).toBe('orders');
    expect(cats.groups.map((g) => [g.key, g.count, g.revenue])).toEqual([
      ['Books', 4, 190],
      ['Toys', 3, 150],
      ['Games', 2, 80],
    ]);
    expect(cats.unknown).toMatchObject({ count: 1, revenue: 60 });
    // Shares are of the 9 orders (o1 holds Toys and Books).
    expect(cats.total).toBe(9);
    expect(cats.groups[0].share).toBe(4 / 9);
    const bySeg = b.categoriesBySegment!;
    expect(bySeg.categories).toEqual(['Books', 'Toys', 'Games']);
    for (const s of bySeg.segments.filter((x) => x.revenue > 0)) {
      expect(s.shares.reduce((a, x) => a + x, 0) + s.other + s.unknown).toBeCloseTo(1, 12);
    }
    expect(counts(available(b.paymentMethods))).toEqual({ card: 5, wallet: 2, cash: 1 });
    expect(available(b.paymentMethods).unknown!.count).toBe(1);
    // o1: 2024-06-01 is a Saturday (ISO 6), 09:15.
    expect(b.weekdayHour.timeOfDay).toBe(true);
    expect(b.weekdayHour.cells).toContainEqual({ weekday: 6, hour: 9, orders: 1 });
    expect(b.weekdayHour.cells.reduce((a, c) => a + c.orders, 0)).toBe(9);
    // Discounted orders: o1 (5 on a line), o4 (2), o9 (10) of 9; mean of the discounted lines (5 + 2 + 10) / 3.
    expect(b.discount!.overall).toEqual({ id: 'all', orders: 9, discountedOrders: 3, share: 3 / 9, meanDiscount: 17 / 3 });
    expect(b.discount!.segments.reduce((a, s) => a + s.orders, 0)).toBe(9);
  });
});

describe('revenue concentration', () => {
  it('Lorenz curve, top shares and Gini of revenues 1, 2, 3, 4', async () => {
    await loadLines(
      db,
      [3, 1, 4, 2].map((revenue, i) => ({ customer: `k${i}`, order: `k${i}`, time: '2024-01-01', revenue })),
    );
    const v = ok(await value(db));
    const p = v.pareto;
    // Gini = 2 (1·1 + 2·2 + 3·3 + 4·4) / (4 · 10) − 5/4 = 1.5 − 1.25.
    expect(p.gini).toBeCloseTo(0.25, 15);
    // Top 20% = ceil(0.8) = 1 customer (4 of 10); top 50% = 2 customers (7 of 10).
    expect(p.top20RevenueShare).toBeCloseTo(0.4, 15);
    expect(p.top.map((t) => [t.customerShare, t.customers])).toEqual([
      [0.01, 1],
      [0.05, 1],
      [0.1, 1],
      [0.2, 1],
      [0.5, 2],
    ]);
    expect(p.top[4].revenueShare).toBeCloseTo(0.7, 15);
    // Lorenz: at 10% of 4 customers, 0.4 of the smallest (1): 0.04; at 25%: 1/10; at 50%: 3/10.
    expect(p.lorenz).toHaveLength(101);
    const want: [number, number][] = [
      [0, 0],
      [10, 0.04],
      [25, 0.1],
      [50, 0.3],
      [100, 1],
    ];
    for (const [j, share] of want) expect(p.lorenz[j]).toEqual({ customerShare: j / 100, revenueShare: expect.closeTo(share, 15) });
    expect(p.nonPositive).toBe(0);
  });
});

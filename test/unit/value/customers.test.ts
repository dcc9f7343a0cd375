// Breaks when the customer table (customers_rfm) counts differently from its definitions in
// src/analysis/value/customers.ts: the BTYD convention's checked examples from domain.md
// (lifetimes' documented summary_data_from_transaction_data results: observation end 2015-02-07,
// purchases on 02-01 and 02-06 give (frequency, recency, T) = (1, 5, 6), one purchase on 01-01
// gives (0, 0, 37), 01-01/01-02/01-05 give (2, 4, 37), spends 10/20/25 give monetary_value 22.5
// in any row order when 10 is the first), calendar-day recency, orders as distinct order ids or rows, netted returns
// (revenue yes, orders no), an analysis date before the end of the data, and when the chapter
// says it cannot run. Expected values are worked out by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWasmDb, type WasmDb } from '../../support/wasm-db';
import { loadLines, ok, value, type Line } from './lines';

let db: WasmDb;
beforeAll(async () => {
  db = await openWasmDb();
});
afterAll(() => db.close());

async function table(): Promise<Map<string, Record<string, unknown>>> {
  const rows = await db.query(`SELECT * FROM customers_rfm`);
  return new Map(rows.map((r) => [String(r.customer_id), r]));
}

describe('BTYD convention (domain.md checked examples, observation end 2015-02-07)', () => {
  const lines: Line[] = [
    { customer: 'X', order: 'x1', time: '2015-02-01 10:00:00', revenue: 5 },
    { customer: 'X', order: 'x2', time: '2015-02-06 23:00:00', revenue: 7 },
    { customer: 'Y', order: 'y1', time: '2015-01-01', revenue: 3 },
    { customer: 'Z', order: 'z1', time: '2015-01-01', revenue: 1 },
    { customer: 'Z', order: 'z2', time: '2015-01-02', revenue: 1 },
    { customer: 'Z', order: 'z3', time: '2015-01-05', revenue: 1 },
    // W: first purchase 01-10, then repeat days with 10, 20 (two orders that day) and 25, rows shuffled.
    { customer: 'W', order: 'w4', time: '2015-01-20', revenue: 25 },
    { customer: 'W', order: 'w2', time: '2015-01-12', revenue: 10 },
    { customer: 'W', order: 'w1', time: '2015-01-10', revenue: 100 },
    { customer: 'W', order: 'w3b', time: '2015-01-15 18:00:00', revenue: 12 },
    { customer: 'W', order: 'w3a', time: '2015-01-15 08:00:00', revenue: 8 },
  ];

  it('frequency, recency and T as lifetimes gives them; RFM recency = T − BTYD recency', async () => {
    await loadLines(db, lines);
    ok(await value(db, { analysisDate: '2015-02-07' }));
    const t = await table();
    const pick = (id: string) => {
      const r = t.get(id)!;
      return [r.frequency_btyd, r.recency_btyd, r.t_days];
    };
    expect(pick('X')).toEqual([1, 5, 6]);
    expect(pick('Y')).toEqual([0, 0, 37]);
    expect(pick('Z')).toEqual([2, 4, 37]);
    for (const r of t.values()) expect(r.recency_days).toBe(Number(r.t_days) - Number(r.recency_btyd));
    // X bought on 02-06 at 23:00: one calendar day before 02-07.
    expect(t.get('X')!.recency_days).toBe(1);
    expect(t.get('X')!.tenure_days).toBe(6);
  });

  it('monetary value = mean spend of the repeat days, whatever the row order', async () => {
    await loadLines(db, lines);
    await value(db, { analysisDate: '2015-02-07' });
    const w = (await table()).get('W')!;
    expect(w.monetary_btyd).toBe(18.333333333333332); // (10 + 20 + 25) / 3: 01-15's two orders are one day
    expect(w.frequency_btyd).toBe(3);
    expect(w.orders).toBe(5);
    expect((await table()).get('Y')!.monetary_btyd).toBe(0);
    // Spends 10 (first), 20, 25: the first purchase is left out, (20 + 25) / 2, rows in any order.
    await loadLines(db, [
      { customer: 'V', order: 'v3', time: '2015-01-04', revenue: 25 },
      { customer: 'V', order: 'v1', time: '2015-01-01', revenue: 10 },
      { customer: 'V', order: 'v2', time: '2015-01-03', revenue: 20 },
    ]);
    await value(db, { analysisDate: '2015-02-07' });
    expect((await table()).get('V')!.monetary_btyd).toBe(22.5);
  });
});

describe('RFM convention', () => {
  it('orders are distinct order ids; a line without an id is its own order; returns reduce revenue but are not orders', async () => {
    await loadLines(db, [
      // A: order a1 has two lines, a2 one; a returned line of a1 is netted.
      { customer: 'A', order: 'a1', time: '2024-01-01 09:00:00', revenue: 10 },
      { customer: 'A', order: 'a1', time: '2024-01-01 09:00:00', revenue: 30 },
      { customer: 'A', order: 'a2', time: '2024-01-05 10:00:00', revenue: 20 },
      { customer: 'A', order: 'Ca1', time: '2024-01-06 10:00:00', revenue: -10, netted: true },
      // B: two lines without order id = two orders.
      { customer: 'B', order: null, time: '2024-01-03', revenue: 5 },
      { customer: 'B', order: null, time: '2024-01-03', revenue: 5 },
      // C: only a return: no purchase, not a customer of the table.
      { customer: 'C', order: 'Cc1', time: '2024-01-02', revenue: -8, netted: true },
    ]);
    const v = ok(await value(db, { net: true }));
    // Default analysis date: the day after the last line of tx_clean (A's return on 01-06).
    expect(v.analysisDate).toBe('2024-01-07');
    expect(v.definitions).toMatchObject({ analysisDate: 'day-after-last-transaction', orders: 'order_id-or-row', returnsNetted: true });
    const t = await table();
    expect([...t.keys()]).toEqual(['A', 'B']);
    expect(v.excluded).toEqual({ customers: 1, linesAfterAnalysisDate: 0 });
    const a = t.get('A')!;
    expect([a.orders, a.revenue, a.aov, a.recency_days, a.frequency_btyd]).toEqual([2, 50, 25, 2, 1]);
    expect(a.last_purchase).toBe(Date.UTC(2024, 0, 5, 10));
    const b = t.get('B')!;
    expect([b.orders, b.revenue, b.recency_days, b.frequency_btyd]).toEqual([2, 10, 4, 0]);
  });

  it('an analysis date inside the data leaves out the later lines, and counts them', async () => {
    await loadLines(db, [
      { customer: 'A', order: 'a1', time: '2024-01-01', revenue: 10 },
      { customer: 'A', order: 'a2', time: '2024-01-10 12:00:00', revenue: 10 },
      { customer: 'A', order: 'a3', time: '2024-01-11', revenue: 10 },
      { customer: 'B', order: 'b1', time: '2024-01-20', revenue: 10 },
    ]);
    const v = ok(await value(db, { analysisDate: '2024-01-10' }));
    expect(v.excluded.linesAfterAnalysisDate).toBe(2);
    const a = (await table()).get('A')!;
    // A purchase on the analysis date itself counts, with recency 0.
    expect([a.orders, a.recency_days, a.t_days]).toEqual([2, 0, 9]);
    expect(v.customers).toBe(1);
  });

  it('says why it cannot run', async () => {
    await loadLines(db, [{ customer: 'A', order: 'a1', time: null, revenue: 10 }]);
    expect(await value(db)).toEqual({ status: 'unavailable', reason: 'no-order-time' });
    await loadLines(db, [{ customer: 'A', order: 'a1', time: '2024-01-01', revenue: 10 }]);
    // Lines with a customer, all set aside by cleaning.
    await db.exec(`DROP VIEW transactions`);
    await db.exec(`CREATE TABLE transactions AS SELECT * FROM tx_clean`);
    await db.exec(`DELETE FROM tx_clean`);
    expect(await value(db)).toEqual({ status: 'unavailable', reason: 'no-customers' });
    await db.exec(`DROP TABLE transactions`);
    await db.exec(`CREATE VIEW transactions AS SELECT CAST(NULL AS VARCHAR) AS customer_id`);
    expect(await value(db)).toEqual({ status: 'unavailable', reason: 'no-customer-id' });
  });
});

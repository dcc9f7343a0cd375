// Breaks when the built-in sample stops being deterministic, loses or renames a file or column,
// writes CSV that a strict reader rejects, links orders to customers that do not exist (beyond
// the counted orphans), or stops exercising what the analyses need: one-time and repeat buyers,
// every channel, a monotone funnel, coherent amounts, signup before first order.
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSample, getCatalog, type SampleDataset } from '../../../src/analysis/sample';
import { readTable } from './csv-parse';

type Table = ReturnType<typeof readTable>;
const data: Record<'zh' | 'en', { ds: SampleDataset; t: Record<string, Table> }> = {} as never;

beforeAll(() => {
  for (const locale of ['zh', 'en'] as const) {
    const ds = generateSample({ locale });
    data[locale] = { ds, t: Object.fromEntries(ds.files.map((f) => [f.kind, readTable(f.text)])) };
  }
});

describe('determinism', () => {
  it('gives byte-identical files for the same options and different ones for another seed', () => {
    const again = generateSample({ locale: 'en' });
    expect(again.files).toEqual(data.en.ds.files);
    const other = generateSample({ locale: 'en', seed: 1 });
    for (const [i, f] of other.files.entries()) expect(f.text).not.toBe(data.en.ds.files[i].text);
  });

  it('respects customers, start and months', () => {
    const small = generateSample({ locale: 'zh', customers: 200, start: '2023-03-01', months: 6, seed: 9 });
    const customers = readTable(small.files[1].text).rows;
    expect(customers).toHaveLength(200);
    expect(small.summary.start).toBe('2023-03-01');
    expect(small.summary.end).toBe('2023-08-31');
    for (const r of readTable(small.files[0].text).rows) {
      expect(r['下单时间'] >= '2023-03-01' && r['下单时间'] < '2023-09-01').toBe(true);
    }
  });
});

describe.each(['zh', 'en'] as const)('sample data (%s)', (locale) => {
  const cat = getCatalog(locale);
  const col = (kind: 'orders' | 'customers' | 'events' | 'feedback', i: number) => cat.columns[kind][i];

  it('has the four files with the documented names, headers and row counts', () => {
    const { ds, t } = data[locale];
    expect(ds.files.map((f) => [f.name, f.kind])).toEqual([
      [cat.files.orders, 'orders'],
      [cat.files.customers, 'customers'],
      [cat.files.events, 'events'],
      [cat.files.feedback, 'feedback'],
    ]);
    for (const kind of ['orders', 'customers', 'events', 'feedback'] as const) expect(t[kind].header).toEqual(cat.columns[kind]);
    expect(t.customers.rows).toHaveLength(3000);
    expect(t.orders.rows).toHaveLength(ds.summary.orderLines);
    expect(new Set(t.orders.rows.map((r) => r[col('orders', 1)])).size).toBe(ds.summary.orders);
    expect(t.events.rows).toHaveLength(ds.summary.events);
    expect(t.events.rows.length).toBeGreaterThan(30_000);
    expect(t.events.rows.length).toBeLessThan(60_000);
    expect(t.feedback.rows).toHaveLength(ds.summary.feedback);
    expect(t.feedback.rows.length).toBeGreaterThan(1300);
    expect(t.feedback.rows.length).toBeLessThan(1700);
    expect(ds.summary.start).toBe('2024-01-01');
    expect(ds.summary.end).toBe('2025-06-30');
  });

  it('links every order to a customer except the counted orphans', () => {
    const { ds, t } = data[locale];
    const ids = new Set(t.customers.rows.map((r) => r[col('customers', 0)]));
    expect(ids.size).toBe(t.customers.rows.length);
    const orphans = new Set<string>();
    const orphanOrders = new Set<string>();
    for (const r of t.orders.rows) {
      if (ids.has(r[col('orders', 0)])) continue;
      orphans.add(r[col('orders', 0)]);
      orphanOrders.add(r[col('orders', 1)]);
    }
    expect(orphans.size).toBe(ds.summary.orphanCustomers);
    expect(orphanOrders.size).toBe(ds.summary.orphanOrders);
    expect(orphans.size).toBe(30);
    for (const kind of ['events', 'feedback'] as const) {
      for (const r of t[kind].rows) expect(ids.has(r[col(kind, 0)])).toBe(true);
    }
  });

  it('keeps leading zeros in ids and writes parseable timestamps inside the window', () => {
    const { t } = data[locale];
    const idPattern = locale === 'zh' ? /^\d{6}$/ : /^C\d{6}$/;
    expect(t.customers.rows.filter((r) => !idPattern.test(r[col('customers', 0)]))).toEqual([]);
    expect(t.customers.rows[0][col('customers', 0)]).toMatch(/^C?000001$/);
    if (locale === 'zh') expect(t.orders.rows.filter((r) => !/^20\d{17}$/.test(r['订单号']))).toEqual([]);
    const stamp = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
    for (const [kind, i] of [['orders', 2], ['events', 2], ['feedback', 1]] as const) {
      const bad = t[kind].rows
        .map((r) => r[col(kind, i)])
        .filter((v) => !stamp.test(v) || v < '2024-01-01' || v >= '2025-07-01');
      expect(bad, kind).toEqual([]);
    }
  });

  it('has signup on or before the first order, and customers who never bought', () => {
    const { ds, t } = data[locale];
    const first = new Map<string, string>();
    for (const r of t.orders.rows) {
      const id = r[col('orders', 0)];
      const day = r[col('orders', 2)];
      if (!first.has(id) || day < first.get(id)!) first.set(id, day);
    }
    let never = 0;
    for (const c of t.customers.rows) {
      const signup = c[col('customers', 5)];
      const f = first.get(c[col('customers', 0)]);
      if (f === undefined) never++;
      // en signup is a date: compare on the date part.
      else expect(signup <= (locale === 'en' ? f.slice(0, 10) : f)).toBe(true);
    }
    expect(never).toBe(ds.summary.neverBought);
    expect(never / t.customers.rows.length).toBeGreaterThan(0.08);
  });

  it('has one-time and repeat buyers in realistic proportions, and heavy buyers', () => {
    const { ds, t } = data[locale];
    const orders = new Map<string, Set<string>>();
    for (const r of t.orders.rows) {
      const id = r[col('orders', 0)];
      if (!orders.has(id)) orders.set(id, new Set());
      orders.get(id)!.add(r[col('orders', 1)]);
    }
    const counts = [...orders.values()].map((s) => s.size);
    const oneTime = counts.filter((n) => n === 1).length / counts.length;
    expect(oneTime).toBeGreaterThan(0.3);
    expect(oneTime).toBeLessThan(0.7);
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(10);
    expect(ds.summary.oneTimeBuyers + ds.summary.repeatBuyers).toBe(counts.length);
  });

  it('uses every channel, payment method, category and status', () => {
    const { t } = data[locale];
    const values = (kind: 'orders' | 'customers', i: number) => new Set(t[kind].rows.map((r) => r[col(kind, i)]));
    const channels = cat.channels.map((c) => c.name).sort();
    expect([...values('orders', 13)].sort()).toEqual(channels);
    expect([...values('customers', 6)].sort()).toEqual(channels);
    expect([...values('orders', 12)].filter(Boolean).sort()).toEqual(cat.payments.map((p) => p.name).sort());
    expect([...values('orders', 5)].sort()).toEqual(cat.categories.map((c) => c.name).sort());
    expect([...values('orders', 11)].sort()).toEqual(Object.values(cat.status).sort());
    expect([...values('customers', 7)].sort()).toEqual(cat.membership.map((m) => m.name).sort());
  });

  it('writes coherent amounts: amount = quantity x unit price, paid = amount - discount', () => {
    const { t } = data[locale];
    let discounted = 0;
    for (const r of t.orders.rows) {
      const [q, unit, amount, paid, discount] = [6, 7, 8, 9, 10].map((i) => Number(r[col('orders', i)]));
      expect(Math.round(q * unit * 100)).toBe(Math.round(amount * 100));
      expect(discount).toBeGreaterThanOrEqual(0);
      if (discount > 0) discounted++;
      if (r[col('orders', 11)] === cat.status.cancelled) {
        expect(paid).toBe(0);
        expect(r[col('orders', 12)]).toBe('');
      } else expect(Math.round((amount - discount) * 100)).toBe(Math.round(paid * 100));
    }
    expect(discounted / t.orders.rows.length).toBeGreaterThan(0.1);
  });

  it('has a funnel that is monotone in distinct people per step, with drop-off at each step', () => {
    const { t } = data[locale];
    const people = new Map<string, Set<string>>();
    for (const r of t.events.rows) {
      const e = r[col('events', 1)];
      if (!people.has(e)) people.set(e, new Set());
      people.get(e)!.add(r[col('events', 0)]);
    }
    const steps = [cat.events.view, cat.events.cart, cat.events.order, cat.events.pay];
    expect([...people.keys()].sort()).toEqual([...steps].sort());
    const sizes = steps.map((s) => people.get(s)!.size);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeLessThan(sizes[i - 1]);
  });

  it('keeps the mess on purpose: quoted fields, blanks, out-of-order and repeated events', () => {
    const { ds, t } = data[locale];
    const all = ds.files.map((f) => f.text).join('');
    expect(all).toMatch(/"[^"\n]*,[^"\n]*"/); // a quoted comma
    expect(t.feedback.rows.some((r) => r[col('feedback', 3)].includes('\n'))).toBe(true);
    if (locale === 'en') expect(t.orders.rows.some((r) => r.product_name.includes('"'))).toBe(true);
    expect(t.customers.rows.some((r) => r[col('customers', 1)] === '')).toBe(true);
    expect(t.customers.rows.some((r) => r[col('customers', 2)] === '')).toBe(true);
    const times = t.events.rows.map((r) => r[col('events', 2)]);
    expect(times.some((x, i) => i > 0 && x < times[i - 1])).toBe(true);
    const lines = ds.files[2].text.split('\n');
    expect(lines.some((x, i) => i > 0 && x === lines[i - 1])).toBe(true);
  });
});

// Breaks when a card shows a figure it cannot hold: at 12M order lines the full revenue
// ("669,893,703") was cut to "669,893,…", at 20M the orders ("12,499,6…"). From eight digits on
// the card shows it short, with the exact figure in its tooltip; smaller ones stay whole.
import { describe, expect, it } from 'vitest';
import { I18n } from '../../../src/i18n/i18n.svelte';
import { overviewKpis } from '../../../src/report/overview/kpis';
import type { Overview } from '../../../src/analysis/report';

const overview = (revenue: number, currency: string | null): Overview => ({
  datasets: 1,
  files: 1,
  rows: 12_000_000,
  linesIn: 10_935_341,
  lines: 10_935_341,
  customers: 979_313,
  orders: 7_033_297,
  ordersBasis: 'order_id',
  customerKey: 'customer_id',
  firstOrder: '2024-01-01',
  lastOrder: '2025-06-30T23:59:00',
  days: 547,
  revenue,
  revenueBasis: 'paid_amount',
  currency,
});

const revenue = (i18n: I18n, amount: number, currency: string | null) => overviewKpis(overview(amount, currency), i18n).find((k) => k.name === 'revenue')!;

describe('the revenue card', () => {
  it('shows a nine-digit amount short, whole in the tooltip', () => {
    const en = revenue(new I18n('en'), 669_893_703.25, 'GBP');
    expect(en.display).toBe('£669.9M');
    expect(en.exact).toBe('669,893,703.25');
    expect(revenue(new I18n('zh-CN'), 669_893_703.25, 'CNY').display).toBe('¥6.7亿');
    expect(revenue(new I18n('en'), 669_893_703, null).display).toBe('669.9M');
  });

  it('keeps amounts below eight digits whole', () => {
    expect(revenue(new I18n('en'), 314_102, 'GBP').display).toBe('£314,102');
    expect(revenue(new I18n('zh-CN'), 9_999_999, 'CNY').display).toBe('¥9,999,999');
  });
});

describe('the count cards', () => {
  const card = (i18n: I18n, o: Partial<Overview>, name: string) => overviewKpis({ ...overview(1, null), ...o }, i18n).find((k) => k.name === name)!;

  it('show eight-digit counts short, whole in the tooltip', () => {
    const orders = card(new I18n('en'), { orders: 12_499_612 }, 'orders');
    expect(orders.display).toBe('12.5M');
    expect(orders.exact).toBe('12,499,612');
    expect(card(new I18n('zh-CN'), { orders: 12_499_612 }, 'orders').display).toBe('1250万');
    expect(card(new I18n('en'), { rows: 100_000_000 }, 'rows').display).toBe('100M');
    expect(card(new I18n('en'), { customers: 20_000_000 }, 'customers').display).toBe('20M');
  });

  it('keep smaller counts whole, without a tooltip', () => {
    const customers = card(new I18n('en'), {}, 'customers');
    expect(customers.display).toBe('979,313');
    expect(customers.exact).toBeUndefined();
    expect(card(new I18n('zh-CN'), { orders: 9_999_999 }, 'orders').display).toBe('9,999,999');
    expect(card(new I18n('en'), { orders: null }, 'orders').display).toBeNull();
  });
});

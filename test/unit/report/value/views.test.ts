// Breaks when the chart inputs of the value chapters drift from the Report: a profile part shown
// without its column (or hidden when it has one, or without its one-line reason), "other" and
// "not recorded" not greyed and labelled by position, the segment × category grid keeping tiny
// segments or losing the all-customers row, the weekday × hour grid losing empty hours inside the
// day, discount bars keeping segments too small to compare, or numbers formatted so that 0.04%
// reads as none.
import { describe, expect, it } from 'vitest';
import type { Breakdown } from '../../../../src/analysis/value/types';
import { categoryGrid, discountBars, weekdayBars, weekdayHourGrid } from '../../../../src/report/value/behaviour-view';
import { groupBars, groupRows } from '../../../../src/report/value/groups';
import { histogramNote } from '../../../../src/report/value/histogram-note';
import { profileView } from '../../../../src/report/value/profile-view';
import { leadSummary } from '../../../../src/report/value/value-findings';
import { clone, en, fixture, fmtFor, zh } from './fixtures';

const { v: sample, currency: gbp } = fixture('sample-en');
const { v: retail } = fixture('retail');
const fen = fmtFor(en, gbp);

describe('profile view', () => {
  it('sample data: every attribute of the customer table; country, not a template attribute, left out silently', () => {
    const view = profileView(sample, fen, en);
    expect(view.missing).toBeNull();
    expect(view.parts.map((p) => p.id)).toEqual(['age', 'gender', 'regions', 'cities', 'channel', 'membership']);
    expect(view.unavailable).toEqual([]);
    const age = view.parts[0];
    expect(age.bars.map((b) => b.label)).toEqual(['Under 18', '18–24', '25–34', '35–44', '45–54', '55–64', '65 and over', 'Not recorded']);
    expect(age.note).toBe('Age in full years at the analysis date, from the birth date.');
  });

  it('Online Retail (no customer table): one line for the whole chapter', () => {
    expect(profileView(retail, fen, en)).toEqual({
      missing: en.t('value.profile.missing'),
      parts: [],
      unavailable: [],
    });
  });

  it('a missing column is one line naming the attribute and why', () => {
    const v = clone(sample);
    v.profile.gender = { available: false, reason: 'no-column' };
    v.profile.membershipLevel = { available: false, reason: 'no-values' };
    const view = profileView(v, fen, en);
    expect(view.parts.map((p) => p.id)).toEqual(['age', 'regions', 'cities', 'channel']);
    expect(view.unavailable).toEqual([
      { id: 'gender', text: 'Gender: the data has no gender column.' },
      { id: 'membership', text: 'Membership level: the membership level column is empty for these customers.' },
    ]);
    expect(profileView(v, fmtFor(zh, 'CNY'), zh).unavailable[0].text).toBe('性别：数据中没有“性别”字段。');
  });

  it('an unlinked customer table says how to link it', () => {
    const v = clone(retail);
    for (const k of ['ageBands', 'gender', 'regions', 'cities', 'countries', 'acquisitionChannel', 'membershipLevel'] as const) v.profile[k] = { available: false, reason: 'no-customer-id' };
    expect(profileView(v, fen, en).missing).toBe(en.t('value.profile.missingUnlinked'));
  });
});

describe('group bars', () => {
  it('greys "other" and "not recorded", told apart from real values of the same text', () => {
    const b: Breakdown = {
      available: true,
      unit: 'customers',
      source: 'customers',
      total: 10,
      groups: [
        { key: 'other', count: 5, share: 0.5, revenue: 500, revenueShare: 0.5 },
        { key: 'F', count: 2, share: 0.2, revenue: 100, revenueShare: 0.1 },
      ],
      other: { key: 'other', count: 2, share: 0.2, revenue: 300, revenueShare: 0.3 },
      unknown: { key: 'unknown', count: 1, share: 0.1, revenue: 100, revenueShare: 0.1 },
    };
    const rows = groupRows(b, en);
    expect(rows.map((r) => [r.kind, r.label])).toEqual([
      ['value', 'other'],
      ['value', 'F'],
      ['other', 'Other values'],
      ['unknown', 'Not recorded'],
    ]);
    const bars = groupBars({ rows, measure: 'count', extra: 'per-customer' }, fen);
    expect(bars.map((x) => [x.muted, x.value, x.text, x.extra])).toEqual([
      [false, 0.5, '50% · 5', '£100.00'],
      [false, 0.2, '20% · 2', '£50.00'],
      [true, 0.2, '20% · 2', '£150.00'],
      [true, 0.1, '10% · 1', '£100.00'],
    ]);
    expect(new Set(bars.map((x) => x.key)).size).toBe(4);
    const byRevenue = groupBars({ rows, measure: 'revenue', extra: 'order-share' }, fen);
    expect(byRevenue.map((x) => [x.value, x.text, x.extra])[0]).toEqual([0.5, '50% · £500', '50%']);
  });
});

describe('behaviour grids and bars', () => {
  it('segment × category: all customers first, segments under 1% of customers or revenue left out', () => {
    const b = sample.behaviour;
    const grid = categoryGrid(b.categoriesBySegment!, b.categories as Breakdown, leadSummary(sample), fen, en);
    expect(grid.y[0]).toBe('__all__');
    expect(grid.y).not.toContain('others'); // 14 customers, 0.6%
    expect(grid.y).toContain('champions');
    expect(grid.x).toHaveLength((b.categories as Breakdown).groups.length);
    expect(grid.cells).toHaveLength(grid.x.length * grid.y.length);
    // Each segment row adds up to 100% of its revenue.
    const row = grid.cells.filter((c) => c.y === 'champions').reduce((s, c) => s + (c.value ?? 0), 0);
    expect(row).toBeCloseTo(1, 6);
    expect(grid.yLabel('__all__')).toBe('All customers');
    expect(grid.xLabel('c0')).toBe(b.categoriesBySegment!.categories[0]);
  });

  it('weekday × hour: Monday first, hours from the first to the last with orders, empty cells as 0', () => {
    const grid = weekdayHourGrid(retail.behaviour.weekdayHour, fen, en);
    expect(grid.y).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const hours = retail.behaviour.weekdayHour.cells.map((c) => c.hour);
    expect(grid.x[0]).toBe(Math.min(...hours));
    expect(grid.x[grid.x.length - 1]).toBe(Math.max(...hours));
    expect(grid.cells).toHaveLength(7 * grid.x.length);
    expect(grid.cells.reduce((s, c) => s + (c.value ?? 0), 0)).toBe(retail.behaviour.weekdayHour.cells.reduce((s, c) => s + c.orders, 0));
    expect(grid.yLabel(1)).toBe('Mon');
    expect(weekdayHourGrid(retail.behaviour.weekdayHour, fmtFor(zh, 'GBP'), zh).yLabel(1)).toBe('周一');
  });

  it('weekday bars for dates without times', () => {
    const bars = weekdayBars(retail.behaviour.weekdayHour, fen);
    expect(bars.map((b) => b.label)).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(bars.reduce((s, b) => s + b.value, 0)).toBeCloseTo(1, 9);
  });

  it('discount bars: all orders, then segments with at least 30 orders in their colours', () => {
    const bars = discountBars(sample.behaviour.discount!, fen, en);
    expect(bars[0]).toMatchObject({ label: 'All orders', value: sample.behaviour.discount!.overall.share });
    expect(bars.map((b) => b.key)).not.toContain('others');
    expect(bars.find((b) => b.key === 'champions')).toMatchObject({ color: '#2e8b57', label: 'Champions' });
  });
});

describe('formats and notes', () => {
  it('a tiny share is "< 0.1%", not "0%"; whole money below 100,000, compact above', () => {
    expect(fen.pct(0.0004)).toBe('< 0.1%');
    expect(fen.pct(0)).toBe('0%');
    expect(fen.moneyShort(1297.6)).toBe('£1,298');
    expect(fen.moneyShort(280206)).toBe('£280.2K');
    expect(fmtFor(zh, 'CNY').moneyShort(125000)).toBe('¥12.5万');
    expect(fen.short(1000)).toBe('1,000');
  });

  it('says what a clipped histogram leaves out', () => {
    expect(histogramNote(retail.behaviour.ordersPerCustomer, fen.int, fen, en)).toBe('Not drawn: 42 above 30 (largest 209).');
    expect(histogramNote({ ...retail.behaviour.ordersPerCustomer, above: 0 }, fen.int, fen, en)).toBeNull();
  });
});

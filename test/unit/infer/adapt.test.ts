// Breaks when an analyst's override (a new role, a flipped day/month order) leaves the column
// with a format its values cannot be parsed with.
import { describe, expect, it } from 'vitest';
import { adaptFormat, withDateOrder } from '../../../src/analysis/infer/adapt';
import { detectDateFormat, parseDate } from '../../../src/analysis/infer/dates';
import type { ColumnFormat } from '../../../src/analysis/types';

describe('adaptFormat', () => {
  it('gives a time role a date format detected from the values', () => {
    const f = adaptFormat('order_time', { type: 'integer' }, ['20240105', '20231231', null]);
    expect(f.type).toBe('date');
    expect(f.date).toEqual({ style: 'compact' });
  });
  it('gives a numeric role a number format, keeping a decimal comma', () => {
    const f = adaptFormat('amount', { type: 'text' }, ['1.234,50', '12,00', '7,5']);
    expect(f).toEqual({ type: 'number', number: { decimal: ',', thousands: '.', currency: '', percent: false } });
  });
  it('keeps formats that already fit and makes ids text', () => {
    const ts: ColumnFormat = { type: 'timestamp', date: { style: 'epoch-seconds' } };
    expect(adaptFormat('event_time', ts, [])).toBe(ts);
    expect(adaptFormat('customer_id', { type: 'integer', number: { decimal: '.', thousands: '', currency: '', percent: false } }, ['1'])).toEqual({ type: 'id' });
  });
});

describe('withDateOrder', () => {
  it('flips an ambiguous month-first column to day-first', () => {
    const detected = detectDateFormat(['01/02/2024', '03/04/2024', '05/06/2024'])!;
    expect(detected.format).toMatchObject({ style: 'text', ambiguous: true });
    const flipped = withDateOrder({ type: 'date', date: detected.format }, detected.format.style === 'text' && detected.format.order === 'MDY' ? 'DMY' : 'MDY');
    const order = flipped.date!.style === 'text' ? flipped.date!.order : null;
    const first = parseDate('01/02/2024', flipped.date!);
    // Day-first reads 1 February; month-first reads 2 January.
    expect(first).toBe(order === 'DMY' ? Date.UTC(2024, 1, 1) : Date.UTC(2024, 0, 2));
  });
  it('leaves year-first formats alone', () => {
    const f: ColumnFormat = { type: 'date', date: { style: 'text', order: 'YMD', patterns: ['%Y-%m-%d'], ambiguous: false } };
    expect(withDateOrder(f, 'DMY')).toBe(f);
  });
});

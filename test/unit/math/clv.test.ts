// Breaks when CLV mixes time units (the BG/NBD model's days or weeks vs the calendar months of the
// horizon and the discount rate), when the monthly increments stop telescoping, or when the shared
// (x, T) cache returns another customer's numbers. References: the identity sum of increments =
// E[Y(H months)] when nothing is discounted, and invariance of the fitted model to the time unit
// (the same CDNOW customers in days and in weeks must get the same CLV).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conditionalExpectedPurchases, fitBgnbd, type BtydData } from '../../../src/analysis/math/bgnbd';
import { customerLifetimeValue, customerLifetimeValues, DAYS_PER_MONTH, UNITS_PER_MONTH } from '../../../src/analysis/math/clv';
import { conditionalExpectedSpend, fitGammaGamma } from '../../../src/analysis/math/gamma-gamma';

function readCdnow(): BtydData & { m: Float64Array } {
  const url = new URL('../../data/cdnow/cdnow_customers_summary_with_transactions.csv', import.meta.url);
  const rows = readFileSync(url, 'utf8').trim().split('\n').slice(1).map((l) => l.split(',').map(Number));
  return {
    x: Float64Array.from(rows, (r) => r[1]),
    tx: Float64Array.from(rows, (r) => r[2]),
    T: Float64Array.from(rows, (r) => r[3]),
    m: Float64Array.from(rows, (r) => r[4]),
  };
}

const weeks = readCdnow();
const days = { x: weeks.x, tx: weeks.tx.map((v) => v * 7), T: weeks.T.map((v) => v * 7) };
const fitWeeks = fitBgnbd(weeks);
const fitDays = fitBgnbd(days);
const gg = fitGammaGamma(weeks);
const spend = weeks.x.map((x, i) => conditionalExpectedSpend(gg, x, weeks.m[i]));
const options = { horizonMonths: 12, monthlyDiscountRate: 0.01 };

describe('CLV time units', () => {
  it('uses a 30.4375-day month', () => {
    expect(DAYS_PER_MONTH).toBe(365.25 / 12);
    expect(UNITS_PER_MONTH.week).toBeCloseTo(30.4375 / 7, 15);
  });

  it('fits the same model in days and in weeks (alpha scales by 7, the rest is unit-free)', () => {
    expect(fitWeeks.converged && fitDays.converged).toBe(true);
    expect(fitDays.alpha / fitWeeks.alpha).toBeCloseTo(7, 4);
    for (const k of ['r', 'a', 'b'] as const) expect(fitDays[k] / fitWeeks[k]).toBeCloseTo(1, 5);
  });

  it('gives the same CLV from the daily and the weekly fit', () => {
    const inWeeks = customerLifetimeValues(fitWeeks, weeks, spend, { ...options, unitsPerMonth: UNITS_PER_MONTH.week });
    const inDays = customerLifetimeValues(fitDays, days, spend, { ...options, unitsPerMonth: UNITS_PER_MONTH.day });
    let total = 0;
    for (let i = 0; i < inWeeks.length; i++) {
      // 1e-5: both fits stop at ~1e-7 relative precision in the parameters.
      expect(Math.abs(inDays[i] - inWeeks[i])).toBeLessThanOrEqual(1e-5 * inWeeks[i] + 1e-9);
      total += inWeeks[i];
    }
    expect(total).toBeGreaterThan(0);
  });

  it('would be badly wrong with the wrong unit (a "month" of 30 weeks)', () => {
    const right = customerLifetimeValue(fitWeeks, { x: 2, tx: 30.43, T: 38.86, expectedSpend: 30 }, { ...options, unitsPerMonth: UNITS_PER_MONTH.week });
    const wrong = customerLifetimeValue(fitWeeks, { x: 2, tx: 30.43, T: 38.86, expectedSpend: 30 }, { ...options, unitsPerMonth: 30 });
    expect(wrong / right).toBeGreaterThan(3);
  });
});

describe('CLV arithmetic', () => {
  const customer = { x: 2, tx: 30.43, T: 38.86, expectedSpend: 24.66 };
  const unitsPerMonth = UNITS_PER_MONTH.week;

  it('telescopes to spend x E[Y(H months)] without discounting', () => {
    for (const horizonMonths of [1, 6, 12, 36]) {
      const clv = customerLifetimeValue(fitWeeks, customer, { horizonMonths, monthlyDiscountRate: 0, unitsPerMonth });
      const expected = customer.expectedSpend * conditionalExpectedPurchases(fitWeeks, horizonMonths * unitsPerMonth, 2, 30.43, 38.86);
      expect(clv).toBeCloseTo(expected, 10);
    }
  });

  it('discounts month k by (1 + d)^k', () => {
    const one = customerLifetimeValue(fitWeeks, customer, { horizonMonths: 1, monthlyDiscountRate: 0.05, unitsPerMonth });
    const undiscounted = customerLifetimeValue(fitWeeks, customer, { horizonMonths: 1, monthlyDiscountRate: 0, unitsPerMonth });
    expect(one).toBeCloseTo(undiscounted / 1.05, 12);
    const two = customerLifetimeValue(fitWeeks, customer, { horizonMonths: 2, monthlyDiscountRate: 0.05, unitsPerMonth });
    const secondMonth =
      customer.expectedSpend *
      (conditionalExpectedPurchases(fitWeeks, 2 * unitsPerMonth, 2, 30.43, 38.86) - conditionalExpectedPurchases(fitWeeks, unitsPerMonth, 2, 30.43, 38.86));
    expect(two - one).toBeCloseTo(secondMonth / 1.05 ** 2, 12);
  });

  it('returns for every customer what the one-customer function returns (shared cache is per x, T)', () => {
    const all = customerLifetimeValues(fitWeeks, weeks, spend, { ...options, unitsPerMonth });
    for (const i of [0, 1, 2, 5, 8, 100, 2356]) {
      const one = customerLifetimeValue(fitWeeks, { x: weeks.x[i], tx: weeks.tx[i], T: weeks.T[i], expectedSpend: spend[i] }, { ...options, unitsPerMonth });
      expect(all[i]).toBe(one);
    }
  });

  it.each([
    ['a fractional horizon', { horizonMonths: 1.5, monthlyDiscountRate: 0.01, unitsPerMonth: 1 }],
    ['a zero horizon', { horizonMonths: 0, monthlyDiscountRate: 0.01, unitsPerMonth: 1 }],
    ['a discount rate of -100%', { horizonMonths: 12, monthlyDiscountRate: -1, unitsPerMonth: 1 }],
    ['no time unit', { horizonMonths: 12, monthlyDiscountRate: 0.01, unitsPerMonth: 0 }],
  ])('rejects %s', (_, opts) => {
    expect(() => customerLifetimeValue(fitWeeks, customer, opts)).toThrow(RangeError);
  });
});

/**
 * Customer lifetime value over a horizon of months: expected spend per purchase (Gamma-Gamma) times
 * the BG/NBD expected purchases in each month, discounted monthly. The BG/NBD time unit is explicit
 * and has no default: lifetimes' customer_lifetime_value takes the model's unit as `freq="D"` by
 * default (a month = 30 units), so a weekly fit left on the default counts a month as 30 weeks.
 */
import { conditionalPurchasesIfAlive, probabilityAlive, type BgnbdParams, type BtydData } from './bgnbd';

/** Mean Gregorian month: 365.25 / 12 days. */
export const DAYS_PER_MONTH = 30.4375;

/** Model time units per month for the usual BTYD periods. */
export const UNITS_PER_MONTH = { day: DAYS_PER_MONTH, week: DAYS_PER_MONTH / 7, month: 1 } as const;

export interface ClvOptions {
  /** Whole months, >= 1. */
  horizonMonths: number;
  /** Per month, e.g. 0.01; 0 for no discounting. */
  monthlyDiscountRate: number;
  /** How many BG/NBD time units (the unit of x's t_x, T and of alpha) a month is. */
  unitsPerMonth: number;
}

function check({ horizonMonths, monthlyDiscountRate, unitsPerMonth }: ClvOptions): void {
  if (!(Number.isInteger(horizonMonths) && horizonMonths >= 1)) {
    throw new RangeError(`CLV: horizonMonths = ${horizonMonths}`);
  }
  if (!(monthlyDiscountRate > -1 && Number.isFinite(monthlyDiscountRate))) {
    throw new RangeError(`CLV: monthlyDiscountRate = ${monthlyDiscountRate}`);
  }
  if (!(unitsPerMonth > 0 && Number.isFinite(unitsPerMonth))) {
    throw new RangeError(`CLV: unitsPerMonth = ${unitsPerMonth}`);
  }
}

/**
 * sum over k = 1..H of (E[Y(k months)] - E[Y((k-1) months)]) / (1 + d)^k, divided by P(alive):
 * it depends on x and T only.
 */
function discountedPurchasesIfAlive(params: BgnbdParams, x: number, T: number, options: ClvOptions): number {
  const times = Array.from({ length: options.horizonMonths }, (_, k) => (k + 1) * options.unitsPerMonth);
  const cumulative = conditionalPurchasesIfAlive(params, times, x, T);
  let sum = 0;
  let previous = 0;
  let discount = 1;
  for (let k = 0; k < cumulative.length; k++) {
    discount /= 1 + options.monthlyDiscountRate;
    sum += (cumulative[k] - previous) * discount;
    previous = cumulative[k];
  }
  return sum;
}

/** CLV of one customer (x, t_x, T in the BG/NBD time unit) with the given expected spend per purchase. */
export function customerLifetimeValue(
  params: BgnbdParams,
  customer: { x: number; tx: number; T: number; expectedSpend: number },
  options: ClvOptions,
): number {
  check(options);
  const { x, tx, T, expectedSpend } = customer;
  return expectedSpend * probabilityAlive(params, x, tx, T) * discountedPurchasesIfAlive(params, x, T, options);
}

/**
 * CLV for every customer. Customers with the same (x, T) share the hypergeometric work, which in
 * daily data (many one-time buyers of the same first day) is most of it.
 */
export function customerLifetimeValues(
  params: BgnbdParams,
  data: BtydData,
  expectedSpend: Float64Array,
  options: ClvOptions,
): Float64Array {
  check(options);
  const { x, tx, T } = data;
  if (tx.length !== x.length || T.length !== x.length || expectedSpend.length !== x.length) {
    throw new RangeError('CLV: x, tx, T and expectedSpend must have the same length');
  }
  const cache = new Map<string, number>();
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const key = `${x[i]}:${T[i]}`;
    let shared = cache.get(key);
    if (shared === undefined) {
      shared = discountedPurchasesIfAlive(params, x[i], T[i], options);
      cache.set(key, shared);
    }
    out[i] = expectedSpend[i] * probabilityAlive(params, x[i], tx[i], T[i]) * shared;
  }
  return out;
}

// Breaks when the Gamma-Gamma likelihood, its fit or the expected-spend formula drift from the
// published CDNOW numbers, or when repeat-free or refund-laden data produce NaN. Reference numbers:
// Fader & Hardie (2013), "The Gamma-Gamma Model of Monetary Value", on the 946 repeat customers of
// the CDNOW sample (p, q, gamma = 6.25, 3.74, 15.44; LL -4055.92), and lifetimes' documentation and
// tests for the expected spend of customers 1-10 (24.66, 18.91, 35.17, ...).
//
// Log-likelihood convention: -4055.92 is the sum of log f(m | x), the density of the MEAN spend m of
// the x repeat purchases (it includes the x^(px) Jacobian term, as lifetimes' GammaGammaFitter does).
// The density of the total x m would be lower by sum(log x) = 603.37 (-4659.30).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  conditionalExpectedSpend,
  fitGammaGamma,
  gammaGammaLogLikelihood,
  gammaGammaObjective,
  type GammaGammaFit,
  type SpendData,
} from '../../../src/analysis/math/gamma-gamma';
import { numericalGradient } from '../../../src/analysis/math/optimize';

function readCdnow(): SpendData {
  const url = new URL('../../data/cdnow/cdnow_customers_summary_with_transactions.csv', import.meta.url);
  const lines = readFileSync(url, 'utf8').trim().split('\n');
  expect(lines[0].trim()).toBe('ID,x,t_x,T,zbar');
  const rows = lines.slice(1).map((l) => l.split(',').map(Number));
  return { x: Float64Array.from(rows, (r) => r[1]), m: Float64Array.from(rows, (r) => r[4]) };
}

const published = { p: 6.25, q: 3.74, gamma: 15.44 };
const relErr = (ours: number, ref: number) => Math.abs(ours - ref) / Math.abs(ref);

describe('Gamma-Gamma on CDNOW (946 repeat customers)', () => {
  const data = readCdnow();
  const frozen = { x: data.x.slice(), m: data.m.slice() };
  let fit: GammaGammaFit;
  beforeAll(() => {
    fit = fitGammaGamma(data);
  });

  it('uses only the repeat customers', () => {
    expect(data.x.length).toBe(2357);
    expect(fit.customers).toBe(946);
    expect(fit.skipped).toBe(0);
  });

  it('recovers p, q, gamma within 1% and converges', () => {
    expect(fit.converged, fit.message).toBe(true);
    for (const k of ['p', 'q', 'gamma'] as const) expect(relErr(fit[k], published[k]), k).toBeLessThan(0.01);
  });

  it('reaches log-likelihood -4055.92 +- 0.05 (density of the mean spend)', () => {
    expect(Math.abs(fit.logLikelihood - -4055.92)).toBeLessThan(0.05);
    expect(Math.abs(gammaGammaLogLikelihood(published, data) - -4055.92)).toBeLessThan(0.05);
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(gammaGammaLogLikelihood(published, data));
    let sumLogX = 0;
    for (const x of data.x) if (x > 0) sumLogX += Math.log(x);
    expect(sumLogX).toBeCloseTo(603.37, 2);
  });

  it('gives the published expected spend of customers 1-10', () => {
    const expected = [24.66, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17];
    const ours = expected.map((_, i) => conditionalExpectedSpend(fit, data.x[i], data.m[i]));
    ours.forEach((v, i) => expect(Math.abs(v - expected[i]), `customer ${i + 1}: ${v}`).toBeLessThanOrEqual(0.005 + 1e-9));
  });

  it('gives the population mean p gamma / (q - 1) to customers without repeats, whatever m says', () => {
    expect(conditionalExpectedSpend(fit, 0, 0)).toBeCloseTo((fit.p * fit.gamma) / (fit.q - 1), 12);
    expect(conditionalExpectedSpend(fit, 0, 999)).toBe(conditionalExpectedSpend(fit, 0, 0));
  });

  it('moves from the population mean towards the customer mean as x grows', () => {
    const population = conditionalExpectedSpend(fit, 0, 0);
    let previous = population;
    for (const x of [1, 2, 5, 20, 100, 10000]) {
      const v = conditionalExpectedSpend(fit, x, 100);
      expect(v).toBeGreaterThan(previous);
      previous = v;
    }
    expect(relErr(previous, 100)).toBeLessThan(0.01);
  });

  it('does not mutate its input', () => {
    expect(data).toEqual(frozen);
  });

  it('has an analytic gradient that matches central differences', () => {
    const f = gammaGammaObjective(data, 0.001);
    const theta = Float64Array.from([Math.log(2), Math.log(5), Math.log(30)]);
    const analytic = new Float64Array(3);
    f(theta, analytic);
    const numeric = new Float64Array(3);
    numericalGradient((t) => f(t), theta, numeric);
    for (let j = 0; j < 3; j++) expect(Math.abs(analytic[j] - numeric[j])).toBeLessThan(1e-7 * (1 + Math.abs(numeric[j])));
  });
});

describe('Gamma-Gamma edge cases', () => {
  it('reports an unfitted result, and refuses to predict from it, when nobody repeats', () => {
    const fit = fitGammaGamma({ x: new Float64Array(10), m: new Float64Array(10) });
    expect(fit.converged).toBe(false);
    expect(fit.degenerate).toBe(true);
    expect(fit.customers).toBe(0);
    expect(fit.message).toMatch(/no repeat customer/);
    expect(() => conditionalExpectedSpend(fit, 0, 0)).toThrow(RangeError);
  });

  it('skips repeat customers with a non-positive mean spend and counts them', () => {
    const data = readCdnow();
    const x = Float64Array.of(...data.x, 3, 2);
    const m = Float64Array.of(...data.m, 0, -5);
    const fit = fitGammaGamma({ x, m });
    expect(fit.skipped).toBe(2);
    expect(fit.customers).toBe(946);
    expect(relErr(fit.p, published.p)).toBeLessThan(0.01);
  });

  it('flags identical spends (no heterogeneity to estimate) without NaN', () => {
    const x = Float64Array.of(1, 2, 3, 4, 5);
    const fit = fitGammaGamma({ x, m: new Float64Array(5).fill(10) });
    expect(fit.converged).toBe(false);
    expect(fit.degenerate).toBe(true);
    expect(fit.message).toMatch(/boundary/);
    for (const v of [fit.p, fit.q, fit.gamma, fit.logLikelihood]) expect(Number.isFinite(v)).toBe(true);
    // The limit model still predicts the common spend.
    expect(conditionalExpectedSpend(fit, 2, 10)).toBeCloseTo(10, 2);
  });

  it.each([
    ['q <= 1: no population mean', { p: 2, q: 0.9, gamma: 10 }, 0, 0, Infinity],
    ['p x + q - 1 <= 0', { p: 0.1, q: 0.5, gamma: 10 }, 1, 20, Infinity],
    ['a single purchase on top of a large population', { p: 6.25, q: 3.74, gamma: 15.44 }, 1, 1e6, (6.25 * (15.44 + 1e6)) / (6.25 + 2.74)],
  ])('conditionalExpectedSpend: %s', (_, params, x, m, expected) => {
    expect(conditionalExpectedSpend(params, x, m)).toBe(expected);
  });

  it('rejects mismatched lengths and invalid weights', () => {
    expect(() => fitGammaGamma({ x: Float64Array.of(1, 2), m: Float64Array.of(1) })).toThrow(RangeError);
    expect(() => fitGammaGamma({ x: Float64Array.of(1), m: Float64Array.of(1), weights: Float64Array.of(-1) })).toThrow(RangeError);
  });
});

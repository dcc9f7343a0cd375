// Breaks when fitBgnbd stops being a consistent estimator: a sign or term wrong in the likelihood
// or its gradient that the CDNOW check happens to survive, or an optimiser that stops early. The
// reference is the truth itself: customers are simulated from the BG/NBD story (Fader, Hardie & Lee
// 2005, section 2: Poisson purchases at rate lambda ~ Gamma(r, alpha), dropout after each repeat
// purchase with probability p ~ Beta(a, b)) with the seeded Rng of src/analysis/sample/random.ts.
//
// Tolerance: 4 standard errors per log-parameter, the standard errors from the observed information
// (numerical Hessian of the analytic gradient at the estimate). A parametric bootstrap (20 fits of
// fresh samples) checks that those standard errors are the real spread, and that the estimator's
// bias is well below one standard error, so "4 SE" is a statement about sampling error and not a
// number chosen to pass.
import { describe, expect, it } from 'vitest';
import { bgnbdObjective, fitBgnbd, type BgnbdParams, type BtydData } from '../../../src/analysis/math/bgnbd';
import { beta, exponential, gamma, Rng } from '../../../src/analysis/sample/random';

function simulate(rng: Rng, p: BgnbdParams, n: number, minT: number, maxT: number): BtydData {
  const x = new Float64Array(n);
  const tx = new Float64Array(n);
  const T = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const lambda = gamma(rng, p.r, 1 / p.alpha);
    const dropout = beta(rng, p.a, p.b);
    T[i] = minT + (maxT - minT) * rng.next();
    let t = 0;
    for (;;) {
      t += exponential(rng, lambda);
      if (!(t <= T[i])) break; // also ends lambda = 0 (t = Infinity)
      x[i]++;
      tx[i] = t;
      if (rng.next() < dropout) break;
    }
  }
  return { x, tx, T };
}

/** Inverse of a small symmetric positive-definite matrix (Gauss–Jordan). */
function invert(m: number[][]): number[][] {
  const n = m.length;
  const a = m.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < n; c++) {
    const pivot = a[c][c];
    for (let j = 0; j < 2 * n; j++) a[c][j] /= pivot;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = a[r][c];
      for (let j = 0; j < 2 * n; j++) a[r][j] -= f * a[c][j];
    }
  }
  return a.map((row) => row.slice(n));
}

/** Standard errors of the log-parameters from the observed information at the estimate. */
function standardErrors(data: BtydData, fit: BgnbdParams): number[] {
  const f = bgnbdObjective(data);
  const theta = Float64Array.from([fit.r, fit.alpha, fit.a, fit.b].map(Math.log));
  const h = 1e-4;
  const hessian = [0, 1, 2, 3].map((j) => {
    const up = theta.slice();
    const down = theta.slice();
    up[j] += h;
    down[j] -= h;
    const gu = new Float64Array(4);
    const gd = new Float64Array(4);
    f(up, gu);
    f(down, gd);
    return Array.from(gu, (v, i) => (v - gd[i]) / (2 * h));
  });
  // The objective is the mean NLL over n customers: covariance = H^-1 / n.
  const cov = invert(hessian);
  return cov.map((row, j) => Math.sqrt(row[j] / data.x.length));
}

// CDNOW-like: weekly units, customers 26-78 weeks old.
const truth: BgnbdParams = { r: 0.25, alpha: 4, a: 0.8, b: 2.5 };
const names = ['r', 'alpha', 'a', 'b'] as const;
const logTruth = names.map((k) => Math.log(truth[k]));
const N = 5000;

describe('BG/NBD parameter recovery from simulated customers', () => {
  const data = simulate(new Rng(20240501), truth, N, 26, 78);
  const fit = fitBgnbd(data);
  const se = standardErrors(data, fit);

  it('simulates a CDNOW-like population', () => {
    const repeaters = data.x.filter((v) => v > 0).length / N;
    expect(repeaters).toBeGreaterThan(0.3);
    expect(repeaters).toBeLessThan(0.6);
  });

  it('recovers r, alpha, a, b within 4 standard errors (log scale)', () => {
    expect(fit.converged, fit.message).toBe(true);
    names.forEach((k, j) => {
      const z = (Math.log(fit[k]) - logTruth[j]) / se[j];
      expect(Math.abs(z), `${k}: ${fit[k]} vs ${truth[k]}, se(log) ${se[j]}`).toBeLessThan(4);
    });
    // And the standard errors are small enough for the check to mean something (a, b are the
    // least determined: about 10% at n = 5000).
    for (const s of se) expect(s).toBeLessThan(0.2);
  });

  it('has standard errors that match a parametric bootstrap, and small bias', () => {
    const reps = 20;
    const estimates = names.map(() => [] as number[]);
    const root = new Rng(7);
    for (let k = 0; k < reps; k++) {
      const sample = simulate(root.fork(`rep${k}`), truth, N, 26, 78);
      const f = fitBgnbd(sample);
      expect(f.converged).toBe(true);
      names.forEach((name, j) => estimates[j].push(Math.log(f[name])));
    }
    names.forEach((name, j) => {
      const values = estimates[j];
      const mean = values.reduce((s, v) => s + v, 0) / reps;
      const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (reps - 1));
      // With 20 replicates the sample SD is within ~30% of the true SD 95% of the time.
      expect(sd / se[j], `${name}: bootstrap sd ${sd} vs se ${se[j]}`).toBeGreaterThan(0.55);
      expect(sd / se[j], `${name}: bootstrap sd ${sd} vs se ${se[j]}`).toBeLessThan(1.6);
      // Mean of 20 estimates: its own sampling error is se / sqrt(20) ~ 0.22 se.
      expect(Math.abs(mean - logTruth[j]) / se[j], `${name} bias`).toBeLessThan(1);
    });
  });
});

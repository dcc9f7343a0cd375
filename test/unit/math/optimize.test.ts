// Breaks when the minimiser stops finding textbook minima, hides a failure behind converged: true,
// or lets NaN out (from an objective that is undefined in part of the space, or from a start where
// nothing is finite). Reference minima are analytic: Rosenbrock's (1, 1) with value 0, and the
// minimum of a positive-definite quadratic, x* = A^-1 b.
import { describe, expect, it } from 'vitest';
import {
  minimize,
  minimizeFromStarts,
  nelderMead,
  numericalGradient,
  type Objective,
} from '../../../src/analysis/math/optimize';

const rosenbrock: Objective = (x, grad) => {
  const [a, b] = [x[0], x[1]];
  if (grad) {
    grad[0] = -2 * (1 - a) - 400 * a * (b - a * a);
    grad[1] = 200 * (b - a * a);
  }
  return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
};

describe('minimize', () => {
  it.each([
    ['analytic gradient', true],
    ['central differences', false],
  ])('finds the Rosenbrock minimum from (-1.2, 1) with the %s', (_, analyticGradient) => {
    const result = minimize(rosenbrock, [-1.2, 1], { analyticGradient, gradientTolerance: 1e-7 });
    expect(result.converged, result.message).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 5);
    expect(result.x[1]).toBeCloseTo(1, 5);
    expect(result.value).toBeLessThan(1e-10);
  });

  it('solves a 5-dimensional ill-conditioned quadratic exactly', () => {
    // f = 1/2 x'Ax - b'x with A = diag(1, 10, 100, 1000, 1e4) + ones: minimum at A^-1 b.
    const n = 5;
    const A = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 10 ** i : 0) + 1));
    const b = [1, -2, 3, -4, 5];
    const f: Objective = (x, grad) => {
      let v = 0;
      for (let i = 0; i < n; i++) {
        let ax = 0;
        for (let j = 0; j < n; j++) ax += A[i][j] * x[j];
        if (grad) grad[i] = ax - b[i];
        v += 0.5 * x[i] * ax - b[i] * x[i];
      }
      return v;
    };
    const result = minimize(f, new Float64Array(n), { analyticGradient: true, gradientTolerance: 1e-10 });
    expect(result.converged).toBe(true);
    const g = new Float64Array(n);
    f(result.x, g);
    for (const v of g) expect(Math.abs(v)).toBeLessThan(1e-9);
  });

  it('backs off from regions where the objective is NaN', () => {
    // log barrier: undefined (NaN) for x <= 0, minimum at x = 1.
    const f: Objective = (x) => x[0] - Math.log(x[0]) + (x[1] - 3) ** 2;
    const result = minimize(f, [20, 0]);
    expect(result.converged, result.message).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 6);
    expect(result.x[1]).toBeCloseTo(3, 6);
  });

  it('reports, rather than hides, a start where nothing is finite', () => {
    const result = minimize(() => NaN, [0, 0]);
    expect(result.converged).toBe(false);
    expect(result.message).toMatch(/not finite/);
    expect(Number.isNaN(result.value)).toBe(false);
    for (const v of result.x) expect(Number.isFinite(v)).toBe(true);
  });

  it('reports non-convergence for an objective without a minimum', () => {
    const result = minimize((x) => x[0] + x[1] * x[1], [0, 1], { maxIterations: 50 });
    expect(result.converged).toBe(false);
    expect(Number.isFinite(result.value)).toBe(true);
    expect(result.value).toBeLessThan(0);
  });

  it('stops early, unconverged, when the minimum is at infinity', () => {
    // exp(-x) + y^2: infimum as x -> infinity, the shape of a parameter running to its boundary.
    const f: Objective = (x, grad) => {
      if (grad) {
        grad[0] = -Math.exp(-x[0]);
        grad[1] = 2 * x[1];
      }
      return Math.exp(-x[0]) + x[1] ** 2;
    };
    // (With the default tolerance the gradient e^-x would pass as converged near x = 18.4, which is
    // why the model fits also flag parameters beyond e^+-15 as degenerate.)
    const result = minimize(f, [0, 1], { analyticGradient: true, divergenceLimit: 19, gradientTolerance: 1e-12 });
    expect(result.converged).toBe(false);
    expect(result.iterations).toBeLessThan(200);
    expect(result.message).toMatch(/diverging|stalled/);
  });

  it('keeps the best of several starts and adds up the work', () => {
    // Two wells; the one at x = 2 is deeper.
    const f: Objective = (x) => Math.min((x[0] + 2) ** 2 + 1, (x[0] - 2) ** 2);
    const fromLeft = minimize(f, [-3]);
    const best = minimizeFromStarts(f, [[-3], [3]]);
    expect(fromLeft.converged).toBe(true);
    // The first start converges (to the shallow well), so the second is never tried.
    expect(best.x[0]).toBeCloseTo(-2, 5);
    expect(best.evaluations).toBe(fromLeft.evaluations);
    const unconverged = minimizeFromStarts((x) => x[0], [[0], [1]], { maxIterations: 5 });
    expect(unconverged.converged).toBe(false);
    expect(unconverged.iterations).toBeGreaterThan(5);
  });

  it('does not modify the starting point it is given', () => {
    const start = Float64Array.of(-1.2, 1);
    minimize(rosenbrock, start, { analyticGradient: true });
    expect(Array.from(start)).toEqual([-1.2, 1]);
  });
});

describe('nelderMead', () => {
  it('finds the Rosenbrock minimum without derivatives', () => {
    const result = nelderMead((x) => rosenbrock(x), Float64Array.of(-1.2, 1), { maxIterations: 2000, tolerance: 1e-14 });
    expect(result.x[0]).toBeCloseTo(1, 3);
    expect(result.x[1]).toBeCloseTo(1, 3);
  });
});

describe('numericalGradient', () => {
  it('agrees with the analytic gradient to ~1e-8', () => {
    const x = Float64Array.of(0.3, -0.7);
    const analytic = new Float64Array(2);
    rosenbrock(x, analytic);
    const numeric = new Float64Array(2);
    numericalGradient((p) => rosenbrock(p), x, numeric);
    for (let i = 0; i < 2; i++) expect(Math.abs(numeric[i] - analytic[i])).toBeLessThan(1e-7 * (1 + Math.abs(analytic[i])));
  });
});

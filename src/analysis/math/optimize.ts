/**
 * Unconstrained minimisation for the model fits, which optimise log-parameters: BFGS (analytic or
 * central-difference gradient, backtracking line search), with Nelder–Mead as the fallback when BFGS
 * stalls. Non-finite objective values count as +Infinity (the line search backs off), so a fit never
 * wanders into NaN; the result always says whether it converged and why it stopped.
 */

/** Objective value at x; when `grad` is given, also writes the gradient into it. */
export type Objective = (x: Float64Array, grad?: Float64Array) => number;

export interface MinimizeOptions {
  /** true when the objective fills `grad` itself; otherwise central differences are used. */
  analyticGradient?: boolean;
  maxIterations?: number;
  /** Converged when max |gradient component| <= this. */
  gradientTolerance?: number;
  /**
   * Stop, unconverged, once any |x_i| exceeds this: on log-parameters, a minimum at infinity (a
   * parameter running to 0 or infinity) would otherwise use up every iteration creeping towards it.
   */
  divergenceLimit?: number;
}

export interface MinimizeResult {
  x: Float64Array;
  value: number;
  converged: boolean;
  iterations: number;
  evaluations: number;
  gradientNorm: number;
  method: 'bfgs' | 'bfgs+nelder-mead';
  message: string;
}

const defaults = { analyticGradient: false, maxIterations: 1000, gradientTolerance: 1e-8, divergenceLimit: Infinity };

/** Central differences, step ~ cbrt(machine epsilon) relative to each coordinate. */
export function numericalGradient(f: (x: Float64Array) => number, x: Float64Array, out: Float64Array): void {
  const probe = Float64Array.from(x);
  for (let i = 0; i < x.length; i++) {
    const h = 6e-6 * Math.max(1, Math.abs(x[i]));
    probe[i] = x[i] + h;
    const up = f(probe);
    probe[i] = x[i] - h;
    const down = f(probe);
    probe[i] = x[i];
    out[i] = (up - down) / (2 * h);
  }
}

/** d = -H g; returns the directional slope g . d. */
function direction(H: Float64Array, g: Float64Array, d: Float64Array): number {
  const n = g.length;
  let slope = 0;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s -= H[i * n + j] * g[j];
    d[i] = s;
    slope += s * g[i];
  }
  return slope;
}

const finite = (v: number) => (Number.isFinite(v) ? v : Infinity);
const normInf = (g: Float64Array) => g.reduce((m, v) => Math.max(m, Math.abs(v)), 0);

/**
 * BFGS on the inverse Hessian. Stops converged when the gradient is small; stops unconverged at the
 * iteration limit or when the line search can make no progress even along the steepest descent.
 */
interface Run {
  x: Float64Array;
  value: number;
  converged: boolean;
  iterations: number;
  gradientNorm: number;
  message: string;
}

interface BfgsSettings {
  maxIterations: number;
  gtol: number;
  /** The gradient comes with the value at little extra cost (analytic): evaluate both together. */
  cheapGradient: boolean;
  limit: number;
}

const NEAR_TOLERANCE = 'no further decrease (gradient near tolerance)';

function bfgs(
  f: (x: Float64Array) => number,
  grad: (x: Float64Array, g: Float64Array) => number,
  x0: Float64Array,
  { maxIterations, gtol, cheapGradient, limit }: BfgsSettings,
): Run {
  const n = x0.length;
  let x = Float64Array.from(x0);
  let g = new Float64Array(n);
  let fx = finite(grad(x, g));
  const stop = (converged: boolean, iterations: number, message: string): Run => ({
    x, value: fx, converged, iterations, gradientNorm: normInf(g), message,
  });
  if (fx === Infinity || !g.every(Number.isFinite)) {
    return { ...stop(false, 0, 'objective or gradient not finite at the start'), gradientNorm: Infinity };
  }
  const H = new Float64Array(n * n);
  const resetH = (scale: number) => {
    H.fill(0);
    for (let i = 0; i < n; i++) H[i * n + i] = scale;
  };
  resetH(1 / Math.max(1, normInf(g)));
  let fresh = true;
  const d = new Float64Array(n);
  const xNew = new Float64Array(n);
  let gNew = new Float64Array(n);
  const history: number[] = [fx];
  for (let it = 0; it < maxIterations; it++) {
    const gnorm = normInf(g);
    if (gnorm <= gtol) return stop(true, it, 'gradient below tolerance');
    let slope = direction(H, g, d);
    if (!(slope < 0)) {
      // Lost positive definiteness to rounding: restart from a scaled steepest descent.
      resetH(1 / Math.max(1, gnorm));
      fresh = true;
      slope = direction(H, g, d);
    }
    // Backtracking (Armijo) with a cap on the step so exp(log-parameter) cannot overflow in one go.
    const dmax = normInf(d);
    let step = dmax > 10 ? 10 / dmax : 1;
    let fNew = Infinity;
    let accepted = false;
    for (let k = 0; k < 60; k++) {
      for (let i = 0; i < n; i++) xNew[i] = x[i] + step * d[i];
      // An analytic gradient costs little on top of the value: take both, and skip re-evaluating.
      fNew = finite(cheapGradient ? grad(xNew, gNew) : f(xNew));
      if (fNew <= fx + 1e-4 * step * slope) {
        accepted = true;
        break;
      }
      // Quadratic interpolation of the step, kept within [0.1, 0.5] of the last one.
      const q = fNew === Infinity ? 0.1 : (-slope * step) / (2 * (fNew - fx - slope * step));
      step *= Math.min(0.5, Math.max(0.1, q));
    }
    if (!accepted) {
      if (!fresh) {
        resetH(1 / Math.max(1, gnorm));
        fresh = true;
        continue;
      }
      // Along steepest descent no decrease at all: rounding noise has the last word. That is a
      // minimum when the gradient is already near the tolerance, a failure otherwise.
      const near = gnorm <= 1e3 * gtol;
      return stop(near, it, near ? NEAR_TOLERANCE : 'line search made no progress');
    }
    if (!cheapGradient) fNew = finite(grad(xNew, gNew));
    if (!gNew.every(Number.isFinite)) return stop(false, it, 'gradient not finite');
    // BFGS update of the inverse Hessian; skipped when the curvature condition fails.
    let sy = 0;
    let yy = 0;
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = xNew[i] - x[i];
      y[i] = gNew[i] - g[i];
      sy += s[i] * y[i];
      yy += y[i] * y[i];
    }
    if (sy > 1e-12 * Math.sqrt(yy) * Math.hypot(...s)) {
      if (fresh) resetH(sy / yy);
      const Hy = new Float64Array(n);
      let yHy = 0;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) Hy[i] += H[i * n + j] * y[j];
        yHy += y[i] * Hy[i];
      }
      const rho = 1 / sy;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          H[i * n + j] += -rho * (Hy[i] * s[j] + s[i] * Hy[j]) + rho * (1 + rho * yHy) * s[i] * s[j];
        }
      }
      fresh = false;
    }
    const prev = fx;
    x = Float64Array.from(xNew);
    [g, gNew] = [gNew, g];
    fx = fNew;
    if (normInf(x) > limit) return stop(false, it + 1, `diverging: |x| passed ${limit}, no minimum at finite x`);
    const near = normInf(g) <= 1e3 * gtol;
    // Progress below rounding: nothing more to gain (typical when the tolerance is too strict).
    if (prev - fx <= 1e-15 * Math.max(1, Math.abs(fx)) && near) return stop(true, it + 1, NEAR_TOLERANCE);
    // Ten iterations that together gained less than 1e-12 relative: creeping along a flat ridge
    // (typically towards a parameter at 0 or infinity), where the gradient test never triggers.
    history.push(fx);
    if (history.length > 10 && history[history.length - 11] - fx <= 1e-12 * Math.max(1, Math.abs(fx))) {
      return stop(near, it + 1, near ? NEAR_TOLERANCE : 'stalled: objective flat along the search direction');
    }
  }
  return stop(false, maxIterations, 'iteration limit reached');
}

/**
 * Nelder–Mead with the dimension-adaptive coefficients of Gao & Han (2012). Used to get BFGS out of
 * a region where its line search fails; its answer is always polished by BFGS again.
 */
export function nelderMead(
  f: (x: Float64Array) => number,
  x0: Float64Array,
  options: { maxIterations?: number; step?: number; tolerance?: number } = {},
): { x: Float64Array; value: number; iterations: number } {
  const n = x0.length;
  const maxIterations = options.maxIterations ?? 200 * n;
  const step = options.step ?? 0.5;
  const tol = options.tolerance ?? 1e-10;
  const [alpha, beta, gamma, delta] = [1, 1 + 2 / n, 0.75 - 1 / (2 * n), 1 - 1 / n];
  const simplex: { x: Float64Array; f: number }[] = [];
  const at = (x: Float64Array) => ({ x, f: finite(f(x)) });
  simplex.push(at(Float64Array.from(x0)));
  for (let i = 0; i < n; i++) {
    const x = Float64Array.from(x0);
    x[i] += step;
    simplex.push(at(x));
  }
  const towards = (from: Float64Array, to: Float64Array, t: number) => from.map((v, i) => v + t * (to[i] - v));
  let it = 0;
  for (; it < maxIterations; it++) {
    simplex.sort((p, q) => p.f - q.f);
    const best = simplex[0];
    const worst = simplex[n];
    if (Math.abs(worst.f - best.f) <= tol * (1 + Math.abs(best.f))) break;
    const centroid = new Float64Array(n);
    for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) centroid[i] += simplex[k].x[i] / n;
    const reflected = at(towards(centroid, worst.x, -alpha));
    if (reflected.f < best.f) {
      const expanded = at(towards(centroid, worst.x, -alpha * beta));
      simplex[n] = expanded.f < reflected.f ? expanded : reflected;
    } else if (reflected.f < simplex[n - 1].f) {
      simplex[n] = reflected;
    } else {
      const outside = reflected.f < worst.f;
      const contracted = at(towards(centroid, outside ? reflected.x : worst.x, gamma));
      if (contracted.f <= (outside ? reflected.f : worst.f)) simplex[n] = contracted;
      else for (let k = 1; k <= n; k++) simplex[k] = at(towards(best.x, simplex[k].x, delta));
    }
  }
  simplex.sort((p, q) => p.f - q.f);
  return { x: simplex[0].x, value: simplex[0].f, iterations: it };
}

/** Minimise f from x0: BFGS; if it stalls, Nelder–Mead from where it stopped, then BFGS again. */
export function minimize(f: Objective, x0: ArrayLike<number>, options: MinimizeOptions = {}): MinimizeResult {
  const opts = { ...defaults, ...options };
  let evaluations = 0;
  const value = (x: Float64Array) => {
    evaluations++;
    return f(x);
  };
  const grad = opts.analyticGradient
    ? (x: Float64Array, g: Float64Array) => {
        evaluations++;
        return f(x, g);
      }
    : (x: Float64Array, g: Float64Array) => {
        numericalGradient(value, x, g);
        return value(x);
      };
  const settings: BfgsSettings = {
    maxIterations: opts.maxIterations,
    gtol: opts.gradientTolerance,
    cheapGradient: opts.analyticGradient,
    limit: opts.divergenceLimit,
  };
  const first = bfgs(value, grad, Float64Array.from(x0), settings);
  // Nelder–Mead helps where the line search fails or BFGS runs out of iterations; not on a flat
  // ridge or towards infinity, where it would only creep further.
  const stuck = first.message === 'line search made no progress' || first.message === 'iteration limit reached';
  if (first.converged || !stuck) return { ...first, evaluations, method: 'bfgs' };
  const simplex = nelderMead(value, first.x);
  const second = bfgs(value, grad, simplex.x, settings);
  const best = second.value <= first.value ? second : first;
  return {
    ...best,
    iterations: first.iterations + simplex.iterations + second.iterations,
    evaluations,
    method: 'bfgs+nelder-mead',
    message: `${best.message} (after BFGS stopped: ${first.message})`,
  };
}

/**
 * minimize() from each start in turn until one converges; the best run (converged first, then
 * lowest value), with iterations and evaluations summed over all runs.
 */
export function minimizeFromStarts(
  f: Objective,
  starts: readonly ArrayLike<number>[],
  options: MinimizeOptions = {},
): MinimizeResult {
  let best: MinimizeResult | undefined;
  let iterations = 0;
  let evaluations = 0;
  for (const start of starts) {
    const run = minimize(f, start, options);
    iterations += run.iterations;
    evaluations += run.evaluations;
    if (!best || (run.converged && !best.converged) || (run.converged === best.converged && run.value < best.value)) {
      best = run;
    }
    if (best!.converged) break;
  }
  if (!best) throw new RangeError('minimizeFromStarts: no starting point');
  return { ...best, iterations, evaluations };
}

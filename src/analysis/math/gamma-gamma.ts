/**
 * Gamma-Gamma model of spend per transaction (Fader & Hardie 2013), fitted by maximum likelihood on
 * repeat customers only. Spend is in the data's currency; the model has no time unit.
 */
import { minimizeFromStarts } from './optimize';
import { digamma, logGamma } from './special';

/** x = repeat purchases, m = mean spend of those repeat purchases; optional row weights. */
export interface SpendData {
  x: Float64Array;
  m: Float64Array;
  weights?: Float64Array;
}

export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

export interface GammaGammaFitOptions {
  /** L2 penalty coef * (p^2 + q^2 + gamma^2) on the mean negative log-likelihood (as lifetimes). */
  penalizer?: number;
  initial?: GammaGammaParams;
  maxIterations?: number;
}

export interface GammaGammaFit extends GammaGammaParams {
  /** Sum over the repeat customers of log f(m | x), the density of the mean spend (lifetimes' convention). */
  logLikelihood: number;
  converged: boolean;
  degenerate: boolean;
  iterations: number;
  message: string;
  /** (Weighted) repeat customers the fit used. */
  customers: number;
  /** Rows left out although x > 0, because m <= 0 or not finite (refunds, data errors). */
  skipped: number;
}

interface Prepared {
  x: Float64Array;
  m: Float64Array;
  w: Float64Array;
  total: number;
  skipped: number;
}

function prepare(data: SpendData): Prepared {
  const n = data.x.length;
  if (data.m.length !== n || (data.weights && data.weights.length !== n)) {
    throw new RangeError('Gamma-Gamma: x, m (and weights) must have the same length');
  }
  const x: number[] = [];
  const m: number[] = [];
  const w: number[] = [];
  let total = 0;
  let skipped = 0;
  for (let i = 0; i < n; i++) {
    const wi = data.weights ? data.weights[i] : 1;
    if (!(wi >= 0 && Number.isFinite(wi))) throw new RangeError(`Gamma-Gamma: weight[${i}] = ${wi}`);
    if (!(data.x[i] >= 0 && Number.isFinite(data.x[i]))) throw new RangeError(`Gamma-Gamma: x[${i}] = ${data.x[i]}`);
    if (data.x[i] === 0 || wi === 0) continue;
    if (!(data.m[i] > 0 && Number.isFinite(data.m[i]))) {
      skipped += wi;
      continue;
    }
    x.push(data.x[i]);
    m.push(data.m[i]);
    w.push(wi);
    total += wi;
  }
  return { x: Float64Array.from(x), m: Float64Array.from(m), w: Float64Array.from(w), total, skipped };
}

/**
 * log f(m | p, q, gamma, x) summed over customers, where m is the mean of x spends, each
 * Gamma(p, nu) with nu ~ Gamma(q, gamma): the density of m (not of the total x m), which has the
 * extra x^(px) term; lifetimes and the published -4055.92 use this one.
 */
function logLikelihood(d: Prepared, { p, q, gamma }: GammaGammaParams, grad?: Float64Array): number {
  let ll = 0;
  let dp = 0;
  let dq = 0;
  let dg = 0;
  const lgq = logGamma(q);
  const psiq = digamma(q);
  const lgam = Math.log(gamma);
  for (let i = 0; i < d.x.length; i++) {
    const x = d.x[i];
    const m = d.m[i];
    const wi = d.w[i];
    const px = p * x;
    const lxm = Math.log(x * m + gamma);
    const lm = Math.log(m);
    const lx = Math.log(x);
    ll += wi * (logGamma(px + q) - logGamma(px) - lgq + q * lgam + (px - 1) * lm + px * lx - (px + q) * lxm);
    if (grad) {
      const psipxq = digamma(px + q);
      dp += wi * x * (psipxq - digamma(px) + lm + lx - lxm);
      dq += wi * (psipxq - psiq + lgam - lxm);
      dg += wi * (q / gamma - (px + q) / (x * m + gamma));
    }
  }
  if (grad) {
    grad[0] = dp * p;
    grad[1] = dq * q;
    grad[2] = dg * gamma;
  }
  return ll;
}

const fromLog = (theta: ArrayLike<number>): GammaGammaParams => ({
  p: Math.exp(theta[0]),
  q: Math.exp(theta[1]),
  gamma: Math.exp(theta[2]),
});

/** Total log-likelihood over the repeat customers (x > 0, m > 0) of the data. */
export function gammaGammaLogLikelihood(params: GammaGammaParams, data: SpendData): number {
  return logLikelihood(prepare(data), params);
}

/** Mean negative log-likelihood + penalizer * sum(params^2) of the log-parameters [p, q, gamma]. */
export function gammaGammaObjective(
  data: SpendData,
  penalizer = 0,
): (theta: Float64Array, grad?: Float64Array) => number {
  return objective(prepare(data), penalizer);
}

function objective(d: Prepared, penalizer: number) {
  return (theta: Float64Array, grad?: Float64Array): number => {
    const params = fromLog(theta);
    const values = [params.p, params.q, params.gamma];
    const ll = logLikelihood(d, params, grad);
    if (grad) for (let j = 0; j < 3; j++) grad[j] = -grad[j] / d.total + 2 * penalizer * values[j] * values[j];
    return -ll / d.total + penalizer * values.reduce((s, v) => s + v * v, 0);
  };
}

const BOUNDARY = 15;
/** Where the optimiser gives up following a parameter to 0 or infinity (about 5e-9 or 2e8). */
const DIVERGED = 19;

/**
 * Maximum-likelihood fit on log-parameters, from p = 1, q = 2, gamma = mean spend (so the implied
 * population mean p gamma / (q - 1) is the observed one), then from a second point if needed.
 */
export function fitGammaGamma(data: SpendData, options: GammaGammaFitOptions = {}): GammaGammaFit {
  const d = prepare(data);
  if (d.total === 0) {
    // Nothing to estimate from; NaN parameters (conditionalExpectedSpend refuses them) and a reason.
    return {
      p: NaN, q: NaN, gamma: NaN, logLikelihood: 0, converged: false, degenerate: true, iterations: 0,
      customers: 0, skipped: d.skipped,
      message: 'no repeat customer with a positive mean spend: Gamma-Gamma cannot be fitted',
    };
  }
  let mean = 0;
  for (let i = 0; i < d.x.length; i++) mean += (d.w[i] * d.m[i]) / d.total;
  const starts = options.initial
    ? [options.initial]
    : [
        { p: 1, q: 2, gamma: mean },
        { p: 5, q: 5, gamma: mean },
      ];
  const fit = minimizeFromStarts(
    objective(d, options.penalizer ?? 0),
    starts.map((s) => [s.p, s.q, s.gamma].map(Math.log)),
    {
      analyticGradient: true,
      maxIterations: options.maxIterations ?? 1000,
      gradientTolerance: 1e-9,
      divergenceLimit: DIVERGED,
    },
  );
  const params = fromLog(fit.x);
  const boundary = (['p', 'q', 'gamma'] as const).filter((_, j) => Math.abs(fit.x[j]) > BOUNDARY);
  let message = fit.message;
  if (boundary.length) {
    const values = boundary.map((k) => `${k} = ${params[k].toPrecision(3)}`).join(', ');
    message += `; ${values} at the boundary: not identified by these data`;
  }
  if (params.q <= 1) message += '; q <= 1: the population mean spend is infinite, x = 0 customers get none';
  return {
    ...params,
    logLikelihood: logLikelihood(d, params),
    converged: fit.converged,
    degenerate: boundary.length > 0,
    iterations: fit.iterations,
    message,
    customers: d.total,
    skipped: d.skipped,
  };
}

/**
 * E[M | x, m] = (p (gamma + x m)) / (p x + q - 1): a weighted average of the population mean
 * p gamma / (q - 1) and the customer's own mean m. For x = 0 (m is ignored) the population mean;
 * Infinity when q <= 1, where that mean does not exist.
 */
export function conditionalExpectedSpend(params: GammaGammaParams, x: number, m: number): number {
  const { p, q, gamma } = params;
  if (!(p > 0 && q > 0 && gamma > 0 && p < Infinity && q < Infinity && gamma < Infinity)) {
    // The unfitted result (no repeat customers) has NaN parameters: refuse rather than pass NaN on.
    throw new RangeError(`Gamma-Gamma parameters must be positive and finite (p = ${p}, q = ${q}, gamma = ${gamma})`);
  }
  if (x === 0) return q > 1 ? (p * gamma) / (q - 1) : Infinity;
  const denominator = p * x + q - 1;
  return denominator > 0 ? (p * (gamma + x * m)) / denominator : Infinity;
}

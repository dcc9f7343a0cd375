/**
 * BG/NBD (Fader, Hardie & Lee 2005) fitted by maximum likelihood, with the customer-level
 * predictions of /work/shared/notes/domain.md. Time is in whatever unit x, t_x and T are in (days,
 * weeks): alpha carries that unit and every t below must use it too (see clv.ts for months).
 */
import { minimizeFromStarts } from './optimize';
import { digamma, hyp2f1, logGamma, logHyp2f1Series } from './special';

/** BTYD summary per customer: repeat purchases x, recency t_x, age T; optional row weights (counts). */
export interface BtydData {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  weights?: Float64Array;
}

export interface BgnbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export interface BgnbdFitOptions {
  /** L2 penalty coef * (r^2 + alpha^2 + a^2 + b^2) added to the mean negative log-likelihood. */
  penalizer?: number;
  initial?: BgnbdParams;
  maxIterations?: number;
}

export interface BgnbdFit extends BgnbdParams {
  /** Sum over customers (times weights) of the log-likelihood, without the penalty. */
  logLikelihood: number;
  converged: boolean;
  /** A parameter ran to 0 or infinity, or no customer repeats: the data do not identify the model. */
  degenerate: boolean;
  iterations: number;
  evaluations: number;
  message: string;
  customers: number;
}

interface Prepared {
  /** Distinct x values and their total weights. */
  ux: Float64Array;
  wx: Float64Array;
  /** Customers without repeats depend on T only: their distinct T values and total weights. */
  zeroT: Float64Array;
  zeroW: Float64Array;
  /** Repeat customers: x, t_x, T, weight and the index of x in ux. */
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  w: Float64Array;
  xi: Int32Array;
  total: number;
  repeaters: number;
  meanX: number;
  meanT: number;
}

function prepare(data: BtydData): Prepared {
  const { x, tx, T } = data;
  const n = x.length;
  if (tx.length !== n || T.length !== n || (data.weights && data.weights.length !== n)) {
    throw new RangeError('BG/NBD: x, tx, T (and weights) must have the same length');
  }
  const xIndex = new Map<number, number>();
  const wx: number[] = [];
  const zero = new Map<number, number>();
  const rep = { x: [] as number[], tx: [] as number[], T: [] as number[], w: [] as number[], xi: [] as number[] };
  let total = 0;
  let repeaters = 0;
  let sumX = 0;
  let sumT = 0;
  for (let i = 0; i < n; i++) {
    const w = data.weights ? data.weights[i] : 1;
    if (!(Number.isInteger(x[i]) && x[i] >= 0)) throw new RangeError(`BG/NBD: x[${i}] = ${x[i]} is not a count`);
    if (!(tx[i] >= 0 && T[i] >= tx[i] && Number.isFinite(T[i]))) {
      throw new RangeError(`BG/NBD: row ${i} needs 0 <= tx <= T (tx = ${tx[i]}, T = ${T[i]})`);
    }
    if (!(w >= 0 && Number.isFinite(w))) throw new RangeError(`BG/NBD: weight[${i}] = ${w}`);
    if (w === 0) continue;
    let k = xIndex.get(x[i]);
    if (k === undefined) {
      k = wx.length;
      xIndex.set(x[i], k);
      wx.push(0);
    }
    wx[k] += w;
    total += w;
    sumX += w * x[i];
    sumT += w * T[i];
    if (x[i] === 0) {
      zero.set(T[i], (zero.get(T[i]) ?? 0) + w);
    } else {
      repeaters += w;
      rep.x.push(x[i]);
      rep.tx.push(tx[i]);
      rep.T.push(T[i]);
      rep.w.push(w);
      rep.xi.push(k);
    }
  }
  const ux = new Float64Array(xIndex.size);
  for (const [value, k] of xIndex) ux[k] = value;
  return {
    ux,
    wx: Float64Array.from(wx),
    zeroT: Float64Array.from(zero.keys()),
    zeroW: Float64Array.from(zero.values()),
    x: Float64Array.from(rep.x),
    tx: Float64Array.from(rep.tx),
    T: Float64Array.from(rep.T),
    w: Float64Array.from(rep.w),
    xi: Int32Array.from(rep.xi),
    total,
    repeaters,
    meanX: total > 0 ? sumX / total : 0,
    meanT: total > 0 ? sumT / total : 0,
  };
}

/**
 * Total log-likelihood and its gradient with respect to the log-parameters (r, alpha, a, b).
 * Per customer: log Gamma terms that depend on x only (computed once per distinct x), plus
 * log[(alpha+T)^-(r+x) + [x>0] a/(b+x-1) (alpha+t_x)^-(r+x)] by log-sum-exp, so large x cannot
 * overflow.
 */
function logLikelihood(p: Prepared, params: BgnbdParams, grad?: Float64Array): number {
  const { r, alpha, a, b } = params;
  const { ux, wx, x, tx, T, w, xi } = p;
  const m = ux.length;
  const lbx = new Float64Array(m); // log(b + x - 1) for x > 0
  const ibx = new Float64Array(m); // 1 / (b + x - 1)
  let ll = p.total * r * Math.log(alpha);
  let dr = p.total * Math.log(alpha);
  let dalpha = (p.total * r) / alpha;
  let da = 0;
  let db = 0;
  const lgab = logGamma(a + b);
  const lgr = logGamma(r);
  const lgb = logGamma(b);
  const psiab = digamma(a + b);
  const psir = digamma(r);
  const psib = digamma(b);
  for (let k = 0; k < m; k++) {
    const xk = ux[k];
    if (xk === 0) continue; // every x-only term vanishes at x = 0
    lbx[k] = Math.log(b + xk - 1);
    ibx[k] = 1 / (b + xk - 1);
    ll += wx[k] * (logGamma(r + xk) - lgr + lgab + logGamma(b + xk) - lgb - logGamma(a + b + xk));
    if (grad) {
      const psiabx = digamma(a + b + xk);
      dr += wx[k] * (digamma(r + xk) - psir);
      da += wx[k] * (psiab - psiabx);
      db += wx[k] * (psiab + digamma(b + xk) - psib - psiabx);
    }
  }
  const { zeroT, zeroW } = p;
  for (let i = 0; i < zeroT.length; i++) {
    const lT = Math.log(alpha + zeroT[i]);
    ll -= zeroW[i] * r * lT;
    if (grad) {
      dr -= zeroW[i] * lT;
      dalpha -= (zeroW[i] * r) / (alpha + zeroT[i]);
    }
  }
  const la = Math.log(a);
  for (let i = 0; i < x.length; i++) {
    const wi = w[i];
    const rx = r + x[i];
    const lT = Math.log(alpha + T[i]);
    const ltx = Math.log(alpha + tx[i]);
    const a3 = -rx * lT;
    const a4 = la - lbx[xi[i]] - rx * ltx;
    // log(e^a3 + e^a4) and the share w4 = e^a4 / (e^a3 + e^a4), with one exp.
    const d = a4 - a3;
    const e = Math.exp(-Math.abs(d));
    ll += wi * (Math.max(a3, a4) + Math.log1p(e));
    if (grad) {
      const w4 = d > 0 ? 1 / (1 + e) : e / (1 + e);
      const w3 = 1 - w4;
      dr -= wi * (w3 * lT + w4 * ltx);
      dalpha -= wi * rx * (w3 / (alpha + T[i]) + w4 / (alpha + tx[i]));
      da += (wi * w4) / a;
      db -= wi * w4 * ibx[xi[i]];
    }
  }
  if (grad) {
    grad[0] = dr * r;
    grad[1] = dalpha * alpha;
    grad[2] = da * a;
    grad[3] = db * b;
  }
  return ll;
}

const fromLog = (theta: ArrayLike<number>): BgnbdParams => ({
  r: Math.exp(theta[0]),
  alpha: Math.exp(theta[1]),
  a: Math.exp(theta[2]),
  b: Math.exp(theta[3]),
});

/** Total BG/NBD log-likelihood of the data at the given parameters (weights count customers). */
export function bgnbdLogLikelihood(params: BgnbdParams, data: BtydData): number {
  return logLikelihood(prepare(data), params);
}

/**
 * The minimised objective, as lifetimes defines it: mean negative log-likelihood over the
 * (weighted) customers + penalizer * sum(params^2), as a function of log-parameters
 * [log r, log alpha, log a, log b]; fills `grad` (d objective / d log-parameter) when given.
 */
export function bgnbdObjective(data: BtydData, penalizer = 0): (theta: Float64Array, grad?: Float64Array) => number {
  const p = prepare(data);
  return objective(p, penalizer);
}

function objective(p: Prepared, penalizer: number) {
  return (theta: Float64Array, grad?: Float64Array): number => {
    const params = fromLog(theta);
    const ll = logLikelihood(p, params, grad);
    const values = [params.r, params.alpha, params.a, params.b];
    let penalty = 0;
    for (const v of values) penalty += v * v;
    if (grad) for (let j = 0; j < 4; j++) grad[j] = -grad[j] / p.total + 2 * penalizer * values[j] * values[j];
    return -ll / p.total + penalizer * penalty;
  };
}

/** |log parameter| beyond this (about 3e-7 or 3e6 in the data's units) counts as a boundary. */
const BOUNDARY = 15;
/** Where the optimiser gives up following a parameter to 0 or infinity (about 5e-9 or 2e8). */
const DIVERGED = 19;

/**
 * Maximum-likelihood fit on log-parameters. Starts from r = 1, alpha = mean(T) / mean(x), a = b = 1
 * (rate = mean repeat rate), and from a second point if that run does not converge.
 */
export function fitBgnbd(data: BtydData, options: BgnbdFitOptions = {}): BgnbdFit {
  const p = prepare(data);
  const penalizer = options.penalizer ?? 0;
  if (p.total === 0) throw new RangeError('BG/NBD: no customers (all weights zero)');
  if (p.repeaters === 0) {
    // The likelihood sum r log(alpha / (alpha + T)) rises to 0 as r -> 0: no interior maximum.
    // r = 0 is that limit and predicts no purchases; alpha, a, b are not identified at all.
    return {
      r: 0, alpha: 1, a: 1, b: 1, logLikelihood: 0, converged: false, degenerate: true, iterations: 0,
      evaluations: 0, customers: p.total,
      message: 'no customer has a repeat purchase (x > 0): BG/NBD is not identifiable; r = 0 predicts none',
    };
  }
  const scale = Math.max(p.meanT, 1e-9) / Math.max(p.meanX, 1e-3);
  const starts: BgnbdParams[] = options.initial
    ? [options.initial]
    : [
        { r: 1, alpha: scale, a: 1, b: 1 },
        { r: 0.25, alpha: scale / 4, a: 0.5, b: 3 },
      ];
  const fit = minimizeFromStarts(
    objective(p, penalizer),
    starts.map((s) => [s.r, s.alpha, s.a, s.b].map(Math.log)),
    {
      analyticGradient: true,
      maxIterations: options.maxIterations ?? 1000,
      gradientTolerance: 1e-9,
      divergenceLimit: DIVERGED,
    },
  );
  const params = fromLog(fit.x);
  const names = ['r', 'alpha', 'a', 'b'] as const;
  const boundary = names.filter((_, j) => Math.abs(fit.x[j]) > BOUNDARY);
  const degenerate = boundary.length > 0;
  let message = fit.message;
  if (degenerate) {
    const values = boundary.map((k) => `${k} = ${params[k].toPrecision(3)}`).join(', ');
    message += `; ${values} at the boundary: not identified by these data`;
  }
  return {
    ...params,
    logLikelihood: logLikelihood(p, params),
    converged: fit.converged,
    degenerate,
    iterations: fit.iterations,
    evaluations: fit.evaluations,
    message,
    customers: p.total,
  };
}

// a = 1 makes (a+b+x-1)/(a-1) * [1 - ...] a 0/0; its limit is the mean of the values at 1 -+ h
// to O(h^2) = 1e-8 relative, and those have only ~1e-16/h of rounding error.
const A_ONE = 1e-4;

/**
 * (a+b+x-1)/(a-1) * [1 - G], G = ((alpha+T)/(alpha+T+t))^(r+x) 2F1(r+x, b+x; a+b+x-1; z) with
 * z = t/(alpha+T+t): the common core of E[X(t)] (x = 0, T = 0) and E[Y(t) | x, t_x, T].
 */
function core(params: BgnbdParams, t: number, x: number, T: number): number {
  const { r, a, b } = params;
  if (Math.abs(a - 1) < A_ONE / 2) {
    return (core({ ...params, a: 1 - A_ONE }, t, x, T) + core({ ...params, a: 1 + A_ONE }, t, x, T)) / 2;
  }
  if (t === 0 || (r === 0 && x === 0)) return 0;
  // 1 - G as -expm1(log G): exact down to tiny horizons, where G -> 1.
  return ((a + b + x - 1) / (a - 1)) * -Math.expm1(logG(params, t, x, T));
}

/**
 * log G through whichever of two forms converges at every z: Euler's transformation,
 * G = w^(a-1) 2F1(a+b-1-r, a-1; a+b+x-1; z), or the raw G = w^(r+x) 2F1(r+x, b+x; a+b+x-1; z),
 * with w = 1 - z. Their c - a - b are +-(r+x+1-a); a power series with c - a - b >= 8 converges
 * fast even at z -> 1, and is summed in log space so large x or large a, b (low dropout
 * heterogeneity) cannot overflow. In between (|r+x+1-a| < 8, the usual case) hyp2f1 on the Euler
 * form, which has small numerator parameters whatever x is.
 */
function logG(params: BgnbdParams, t: number, x: number, T: number): number {
  const { r, alpha, a, b } = params;
  const z = t / (alpha + T + t);
  const logW = -Math.log1p(t / (alpha + T));
  const d = r + x + 1 - a;
  if (d >= 8) {
    const v = logHyp2f1Series(a + b - 1 - r, a - 1, a + b + x - 1, z);
    if (Number.isFinite(v)) return (a - 1) * logW + v;
  }
  if (d <= -8) {
    const v = logHyp2f1Series(r + x, b + x, a + b + x - 1, z);
    if (Number.isFinite(v)) return (r + x) * logW + v;
  }
  for (const [lead, p, q] of [
    [a - 1, a + b - 1 - r, a - 1],
    [r + x, r + x, b + x],
  ]) {
    let f = NaN;
    try {
      f = hyp2f1(p, q, a + b + x - 1, z);
    } catch {
      // try the other form
    }
    if (f > 0 && f < Infinity) return lead * logW + Math.log(f);
  }
  throw new Error(`BG/NBD: cannot evaluate E[Y(t)] at t = ${t}, x = ${x}, T = ${T} for r = ${r}, a = ${a}, b = ${b}`);
}

function checkTime(t: number): void {
  if (!(t >= 0 && Number.isFinite(t))) throw new RangeError(`BG/NBD: time t = ${t} must be finite and >= 0`);
}

/** E[X(t)]: expected repeat purchases in (0, t] of a customer who made a first purchase at 0. */
export function expectedPurchases(params: BgnbdParams, t: number): number {
  checkTime(t);
  return core(params, t, 0, 0);
}

/** P(alive | x, t_x, T), with ((alpha+T)/(alpha+t_x))^(r+x) in log space. */
export function probabilityAlive(params: BgnbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  const { r, alpha, a, b } = params;
  const logOdds = Math.log(a / (b + x - 1)) + (r + x) * Math.log1p((T - tx) / (alpha + tx));
  // 1 / (1 + e^L), written so that neither branch overflows.
  return logOdds > 0 ? Math.exp(-logOdds) / (1 + Math.exp(-logOdds)) : 1 / (1 + Math.exp(logOdds));
}

/** E[Y(t) | x, t_x, T]: expected repeat purchases in (T, T + t] of a customer with that history. */
export function conditionalExpectedPurchases(
  params: BgnbdParams,
  t: number,
  x: number,
  tx: number,
  T: number,
): number {
  checkTime(t);
  const alive = probabilityAlive(params, x, tx, T);
  if (alive === 0) return 0;
  return core(params, t, x, T) * alive;
}

/**
 * E[Y(t) | x, t_x, T] / P(alive | x, t_x, T) at several horizons: the part of the conditional
 * expectation that depends on x and T only, so callers can share it between customers (clv.ts).
 */
export function conditionalPurchasesIfAlive(
  params: BgnbdParams,
  times: readonly number[],
  x: number,
  T: number,
): Float64Array {
  return Float64Array.from(times, (t) => {
    checkTime(t);
    return core(params, t, x, T);
  });
}

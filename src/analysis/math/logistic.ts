/**
 * Logistic regression by Newton's method (IRLS) with an optional L2 penalty, and the ROC AUC.
 *
 * Objective, as scikit-learn's LogisticRegression(penalty='l2', C) minimises it with C = 1 / l2:
 *   -sum_i [y_i log p_i + (1 - y_i) log(1 - p_i)] + l2 / 2 * sum_{j >= 1} beta_j^2,
 * the intercept (column 0 of the design) unpenalised. Each Newton step solves
 * (X'WX + l2 D) delta = -gradient by Cholesky; a step that does not lower the objective is halved
 * (at most 30 times), so the fit cannot oscillate. With l2 = 0 and (quasi-)separable data the
 * optimum is at infinity: the coefficients grow until the loss is flat to machine precision, which
 * can look like convergence. So a fit whose coefficient passes MAX_COEFFICIENT (an odds ratio of
 * e^30 per standard deviation or per level: no real driver is that strong) is reported as
 * separated and not converged.
 */

export interface LogisticOptions {
  /** L2 penalty on every coefficient but the intercept; 0 = plain maximum likelihood. */
  l2?: number;
  maxIter?: number;
  /** Converged when the largest Newton step is below this (on standardised features). */
  tol?: number;
}

/** |coefficient| beyond this (intercept excluded) means separation, not an estimate. */
export const MAX_COEFFICIENT = 30;

export interface LogisticFit {
  /** Intercept first, then one per design column after column 0. */
  coefficients: Float64Array;
  /** Log-likelihood (without the penalty) at the optimum, and of the intercept-only model. */
  logLikelihood: number;
  nullLogLikelihood: number;
  iterations: number;
  converged: boolean;
  /** A coefficient ran past MAX_COEFFICIENT: the classes are (nearly) separable by the features. */
  separated: boolean;
}

/** Numerically safe log(1 + exp(z)). */
export function log1pExp(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** X beta for a row-major n x d design. */
function linear(x: Float64Array, n: number, d: number, beta: Float64Array): Float64Array {
  const eta = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    const row = i * d;
    for (let j = 0; j < d; j++) s += x[row + j] * beta[j];
    eta[i] = s;
  }
  return eta;
}

/** Negative log-likelihood from the linear predictor: sum log(1 + e^eta) - y eta. */
function negLogLik(eta: Float64Array, y: Float64Array): number {
  let s = 0;
  for (let i = 0; i < eta.length; i++) s += log1pExp(eta[i]) - y[i] * eta[i];
  return s;
}

function penalty(beta: Float64Array, l2: number): number {
  let s = 0;
  for (let j = 1; j < beta.length; j++) s += beta[j] * beta[j];
  return 0.5 * l2 * s;
}

/** Solves A z = b in place for symmetric positive definite A (d x d, row-major); false when A is not. */
export function choleskySolve(a: Float64Array, b: Float64Array, d: number): Float64Array | null {
  const l = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * d + j];
      for (let k = 0; k < j; k++) s -= l[i * d + k] * l[j * d + k];
      if (i === j) {
        if (!(s > 0)) return null;
        l[i * d + i] = Math.sqrt(s);
      } else {
        l[i * d + j] = s / l[j * d + j];
      }
    }
  }
  const z = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= l[i * d + k] * z[k];
    z[i] = s / l[i * d + i];
  }
  for (let i = d - 1; i >= 0; i--) {
    let s = z[i];
    for (let k = i + 1; k < d; k++) s -= l[k * d + i] * z[k];
    z[i] = s / l[i * d + i];
  }
  return z;
}

/**
 * Fits P(y = 1) = sigmoid(X beta). `x` is row-major n x d and must carry the intercept as a
 * column of ones in column 0; `y` holds 0 / 1.
 */
export function fitLogistic(x: Float64Array, y: Float64Array, n: number, d: number, options: LogisticOptions = {}): LogisticFit {
  const l2 = options.l2 ?? 0;
  const maxIter = options.maxIter ?? 100;
  const tol = options.tol ?? 1e-10;
  if (x.length !== n * d || y.length !== n) throw new Error(`fitLogistic: expected ${n} x ${d} design and ${n} labels`);
  if (n === 0) throw new Error('fitLogistic: no rows');
  let ones = 0;
  for (let i = 0; i < n; i++) ones += y[i];
  // Start at the intercept-only optimum: log odds of the base rate.
  const rate = Math.min(1 - 1e-9, Math.max(1e-9, ones / n));
  const beta = new Float64Array(d);
  beta[0] = Math.log(rate / (1 - rate));
  const nullLogLikelihood = -negLogLik(linear(x, n, d, beta), y);
  let eta = linear(x, n, d, beta);
  let objective = negLogLik(eta, y) + penalty(beta, l2);
  let converged = false;
  let iterations = 0;
  const h = new Float64Array(d * d);
  const g = new Float64Array(d);
  for (; iterations < maxIter && !converged; iterations++) {
    h.fill(0);
    g.fill(0);
    for (let i = 0; i < n; i++) {
      const p = sigmoid(eta[i]);
      const w = p * (1 - p);
      const r = p - y[i];
      const row = i * d;
      for (let j = 0; j < d; j++) {
        const xj = x[row + j];
        if (xj === 0) continue;
        g[j] += r * xj;
        const wx = w * xj;
        for (let k = 0; k <= j; k++) h[j * d + k] += wx * x[row + k];
      }
    }
    for (let j = 0; j < d; j++) for (let k = 0; k < j; k++) h[k * d + j] = h[j * d + k];
    for (let j = 1; j < d; j++) {
      g[j] += l2 * beta[j];
      h[j * d + j] += l2;
    }
    // A singular Hessian (an all-zero column, l2 = 0): a tiny ridge keeps the step defined.
    let step = choleskySolve(h, g, d);
    if (step === null) {
      for (let j = 0; j < d; j++) h[j * d + j] += 1e-8 * Math.max(1, h[j * d + j]);
      step = choleskySolve(h, g, d);
      if (step === null) break;
    }
    let scale = 1;
    let next = beta;
    let nextEta = eta;
    let nextObjective = Infinity;
    for (let halvings = 0; halvings < 30; halvings++) {
      next = beta.map((b, j) => b - scale * step[j]);
      nextEta = linear(x, n, d, next);
      nextObjective = negLogLik(nextEta, y) + penalty(next, l2);
      if (nextObjective <= objective + 1e-12 * Math.abs(objective)) break;
      scale /= 2;
    }
    if (!(nextObjective <= objective + 1e-12 * Math.abs(objective))) break;
    let largest = 0;
    for (let j = 0; j < d; j++) largest = Math.max(largest, Math.abs(next[j] - beta[j]));
    beta.set(next);
    eta = nextEta;
    objective = nextObjective;
    if (largest < tol) converged = true;
  }
  let finite = true;
  let separated = false;
  beta.forEach((b, j) => {
    if (!Number.isFinite(b)) finite = false;
    if (j > 0 && Math.abs(b) > MAX_COEFFICIENT) separated = true;
  });
  return { coefficients: beta, logLikelihood: -negLogLik(eta, y), nullLogLikelihood, iterations, converged: converged && finite && !separated, separated };
}

export function predictLogistic(x: Float64Array, n: number, d: number, beta: Float64Array): Float64Array {
  return linear(x, n, d, beta).map(sigmoid);
}

/**
 * Area under the ROC curve = P(score of a random positive > score of a random negative), ties
 * counting one half (the Mann-Whitney U with average ranks; what sklearn's roc_auc_score gives).
 * Null when one class is absent.
 */
export function rocAuc(scores: ArrayLike<number>, labels: ArrayLike<number>): number | null {
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && scores[order[j + 1]] === scores[order[i]]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (labels[order[k]] === 1) {
        positives++;
        rankSum += rank;
      }
    }
    i = j + 1;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return null;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

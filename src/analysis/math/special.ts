/**
 * Special functions for the BTYD models: log-gamma, digamma and the Gauss hypergeometric 2F1 on
 * 0 <= z < 1. Checked against scipy.special and mpmath (test/reference/special/).
 */

// Lanczos approximation, g = 671/128, 14 terms (Numerical Recipes, 3rd ed., gammln): about 1e-15
// relative for x > 0, far better than the g = 7 variant in sample/distributions.ts needs to be.
const LANCZOS = [
  57.1562356658629235, -59.5979603554754912, 14.1360979747417471, -0.491913816097620199,
  0.339946499848118887e-4, 0.465236289270485756e-4, -0.983744753048795646e-4,
  0.158088703224912494e-3, -0.210264441724104883e-3, 0.217439618115212643e-3,
  -0.164318106536763890e-3, 0.844182239838527433e-4, -0.261908384015814087e-4,
  0.368991826595316234e-5,
];

/** sin(pi x) without the loss of precision of Math.sin(Math.PI * x) for large |x|. */
function sinPi(x: number): number {
  const r = x - 2 * Math.round(x / 2); // r in [-1, 1]
  if (r === 0 || Math.abs(r) === 1) return 0;
  return Math.sin(Math.PI * r);
}

/** True for 0, -1, -2, ... where Gamma has poles. */
export function isNonPositiveInteger(x: number): boolean {
  return x <= 0 && Number.isInteger(x);
}

/** log |Gamma(x)|; +Infinity at the poles (0, -1, -2, ...). */
export function logGamma(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0.5) {
    if (isNonPositiveInteger(x)) return Infinity;
    // Reflection: Gamma(x) Gamma(1 - x) = pi / sin(pi x).
    return Math.log(Math.PI / Math.abs(sinPi(x))) - logGamma(1 - x);
  }
  if (x === Infinity) return Infinity;
  let y = x;
  const tmp = x + 671 / 128;
  const head = (x + 0.5) * Math.log(tmp) - tmp;
  let ser = 0.999999999999997092;
  for (let j = 0; j < LANCZOS.length; j++) ser += LANCZOS[j] / ++y;
  return head + Math.log((2.5066282746310005 * ser) / x);
}

/** Sign of Gamma(x): +1 for x > 0, alternating between the poles below 0 (0 at a pole). */
export function gammaSign(x: number): number {
  if (x > 0) return 1;
  if (isNonPositiveInteger(x)) return 0;
  return Math.floor(x) % 2 === 0 ? 1 : -1;
}

/** Digamma psi(x) = d/dx log Gamma(x). */
export function digamma(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x <= 0) {
    if (Number.isInteger(x)) return NaN;
    // psi(1 - x) - psi(x) = pi cot(pi x)
    return digamma(1 - x) - Math.PI / Math.tan(Math.PI * (x - Math.round(x)));
  }
  let shift = 0;
  while (x < 10) {
    shift -= 1 / x;
    x += 1;
  }
  // Asymptotic series with Bernoulli numbers up to B14: truncation error < 1e-16 for x >= 10.
  const x2 = 1 / (x * x);
  const series =
    x2 *
    (1 / 12 -
      x2 *
        (1 / 120 -
          x2 * (1 / 252 - x2 * (1 / 240 - x2 * (1 / 132 - x2 * (691 / 32760 - x2 / 12))))));
  return shift + Math.log(x) - 0.5 / x - series;
}

/**
 * Gamma(num_1) ... Gamma(num_k) / (Gamma(den_1) ... Gamma(den_m)) through log-gamma, so that large
 * arguments do not overflow; 0 when a denominator sits on a pole.
 */
function gammaRatio(nums: readonly number[], dens: readonly number[]): number {
  let sign = 1;
  let log = 0;
  for (const d of dens) {
    if (isNonPositiveInteger(d)) return 0;
    sign *= gammaSign(d);
    log -= logGamma(d);
  }
  for (const n of nums) {
    sign *= gammaSign(n);
    log += logGamma(n);
  }
  return sign * Math.exp(log);
}

const EPS = 1e-16;
const MAX_TERMS = 2_000_000;

/**
 * A bound on |ratio of consecutive terms| for every term after the n-th, or Infinity before all
 * the Pochhammer factors are positive. (a+m)/(m+1) and (b+m)/(c+m) are monotone in m, so each is
 * bounded by the larger of its next value and its limit 1 (and likewise pairing a with c).
 */
function tailRatio(a: number, b: number, c: number, z: number, n: number): number {
  const m = n + 1;
  if (a + m <= 0 || b + m <= 0 || c + m <= 0) return Infinity;
  const one = Math.max((a + m) / (m + 1), 1) * Math.max((b + m) / (c + m), 1);
  const two = Math.max((b + m) / (m + 1), 1) * Math.max((a + m) / (c + m), 1);
  return z * Math.min(one, two);
}

/**
 * The defining power series sum (a)_n (b)_n / ((c)_n n!) z^n. Stops when a bound on the whole
 * tail, not just the last term, is below EPS of the sum: near z = 1 the terms decay like
 * n^(a+b-c-1) z^n and a small term says little about the rest. NaN if it runs out of terms.
 */
function series(a: number, b: number, c: number, z: number, maxTerms = MAX_TERMS): number {
  let term = 1;
  let sum = 1;
  for (let n = 0; n < maxTerms; n++) {
    term *= ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    sum += term;
    if (term === 0) return sum; // a or b is a non-positive integer: a polynomial
    const rho = tailRatio(a, b, c, z, n);
    if (rho < 1 && (Math.abs(term) * rho) / (1 - rho) <= EPS * Math.abs(sum)) return sum;
  }
  return NaN;
}

/**
 * A&S 15.3.6, the z -> 1 - z connection (c - a - b not an integer), as its two terms: when they
 * nearly cancel (near-integer c - a - b, large parameters) their sum has lost digits.
 */
function connection(a: number, b: number, c: number, z: number): [number, number] {
  const w = 1 - z;
  const d = c - a - b;
  const c1 = gammaRatio([c, d], [c - a, c - b]);
  const c2 = gammaRatio([c, -d], [a, b]);
  const f1 = c1 === 0 ? 0 : c1 * series(a, b, 1 - d, w);
  const f2 = c2 === 0 ? 0 : c2 * Math.pow(w, d) * series(c - a, c - b, d + 1, w);
  return [f1, f2];
}

// Exactly at an integer c - a - b the connection formula has poles; within NEAR of one, when even
// a million terms of the power series are not enough (z within ~4e-5 of 1), interpolate in c through
// four points at d = m - 2h, m - h, m + h, m + 2h (h = NEAR): error ~ h^4 |d4F/dc4| + 1e-16 K / h
// (K = size of the cancelling terms), about 1e-10 relative in the worst cases we tried.
const NEAR = 2e-4;

function nearInteger(a: number, b: number, c: number, z: number, m: number): number {
  const e = (c - a - b - m) / NEAR; // in (-1, 1)
  const nodes = [-2, -1, 1, 2];
  let sum = 0;
  for (const i of nodes) {
    let weight = 1;
    for (const j of nodes) if (j !== i) weight *= (e - j) / (i - j);
    const [f1, f2] = connection(a, b, a + b + m + i * NEAR, z);
    sum += weight * (f1 + f2);
  }
  return sum;
}

/**
 * Gauss hypergeometric function 2F1(a, b; c; z) for 0 <= z < 1 (c not a non-positive integer).
 * z <= 0.5, a terminating series, or c - a - b >= 8 (fast even at z ~ 1): the power series.
 * Otherwise the linear transformation to 1 - z (A&S 15.3.6), whose series converge geometrically,
 * unless its two terms cancel to fewer than ~13 digits: then the power series after all (slow near
 * z = 1 but free of cancellation), and only if that runs out of terms, the best of the rest.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (![a, b, c, z].every(Number.isFinite)) throw new RangeError('hyp2f1: non-finite argument');
  if (!(z >= 0 && z < 1)) throw new RangeError(`hyp2f1: z = ${z} outside [0, 1)`);
  if (isNonPositiveInteger(c)) throw new RangeError(`hyp2f1: c = ${c} is a pole`);
  if (z === 0 || a === 0 || b === 0) return 1;
  const d = c - a - b;
  if (z <= 0.5 || d >= 8 || isNonPositiveInteger(a) || isNonPositiveInteger(b)) {
    const s = series(a, b, c, z);
    if (!Number.isNaN(s)) return s;
  }
  const m = Math.round(d);
  const near = Math.abs(d - m) < NEAR;
  let fallback = NaN;
  if (!near) {
    const [f1, f2] = connection(a, b, c, z);
    fallback = f1 + f2;
    if (Math.abs(f1) + Math.abs(f2) <= 1e3 * Math.abs(fallback)) return fallback;
  }
  const s = series(a, b, c, z, 1_000_000);
  if (!Number.isNaN(s)) return s;
  if (near) fallback = nearInteger(a, b, c, z, m);
  if (!Number.isFinite(fallback)) throw new Error(`hyp2f1(${a}, ${b}; ${c}; ${z}) failed`);
  return fallback;
}

// Rescale the running sum past this so that series whose terms pass 1e308 on the way to a finite
// logarithm (large parameters) keep going.
const RESCALE = 1e250;
const LOG_RESCALE = Math.log(RESCALE);

/**
 * log 2F1(a, b; c; z) from the power series alone, with the sum rescaled whenever it grows past
 * 1e250: for large parameters whose 2F1 overflows a double while the quantity wanted (a prefactor
 * times 2F1) does not. Requires c > 0 and a sum that stays positive (a, b > 0, or one of them in
 * (-1, 0)); NaN when the sum is not positive or the series has not converged within maxTerms, so
 * the caller can choose another route.
 */
export function logHyp2f1Series(a: number, b: number, c: number, z: number, maxTerms = 200_000): number {
  if (!(z >= 0 && z < 1 && c > 0)) return NaN;
  let term = 1;
  let sum = 1;
  let scale = 0;
  for (let n = 0; n < maxTerms; n++) {
    term *= ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    sum += term;
    if (sum > RESCALE) {
      sum /= RESCALE;
      term /= RESCALE;
      scale += LOG_RESCALE;
    }
    if (term === 0) break;
    const rho = tailRatio(a, b, c, z, n);
    if (rho < 1 && (Math.abs(term) * rho) / (1 - rho) <= EPS * Math.abs(sum)) break;
    if (n === maxTerms - 1) return NaN;
  }
  return sum > 0 ? Math.log(sum) + scale : NaN;
}

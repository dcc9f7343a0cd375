/**
 * Seeded randomness for the sample generator. Every sampler takes the generator as an argument
 * (never a global), so the same seed gives byte-identical data in the browser and in Node, and
 * independent parts of the generator can draw from their own forked streams: changing how events
 * are drawn must not reshuffle the orders.
 */

/** 32-bit string hash (FNV-1a), used to derive child seeds from labels. */
export function hash32(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** splitmix32 step: spreads a weak seed (0, 1, 2 ...) over all 32 bits before sfc32 starts. */
function splitmix32(state: number): [number, number] {
  const s = (state + 0x9e3779b9) >>> 0;
  let z = s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return [s, (z ^ (z >>> 16)) >>> 0];
}

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator): 128 bits of state, passes
 * PractRand, and needs only 32-bit integer ops, which JavaScript does exactly.
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  readonly seed: number;

  constructor(seed: number) {
    this.seed = seed >>> 0;
    let s = this.seed;
    const out: number[] = [];
    for (let i = 0; i < 4; i++) {
      const [next, value] = splitmix32(s);
      s = next;
      out.push(value);
    }
    [this.a, this.b, this.c, this.d] = out as [number, number, number, number];
    // Warm up so that nearby seeds diverge completely.
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** Next 32-bit unsigned integer. */
  uint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An independent stream for a named part of the generator. */
  fork(label: string): Rng {
    return new Rng(hash32(label, this.seed ^ 0x5bd1e995));
  }
}

/** Uniform in [lo, hi). */
export function uniform(rng: Rng, lo = 0, hi = 1): number {
  return lo + (hi - lo) * rng.next();
}

/** Uniform integer in [lo, hi], both ends included. */
export function intRange(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng.next() * (hi - lo + 1));
}

/** True with probability p. */
export function chance(rng: Rng, p: number): boolean {
  return rng.next() < p;
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick from an empty list');
  return items[Math.floor(rng.next() * items.length)];
}

/** Index drawn with probability proportional to weights (non-negative, not all zero). */
export function weightedIndex(rng: Rng, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  let u = rng.next() * total;
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i];
    if (u < 0) return i;
  }
  // Rounding can leave u at ~0 after the loop: fall back to the last positive weight.
  for (let i = weights.length - 1; i >= 0; i--) if (weights[i] > 0) return i;
  throw new Error('weightedIndex: all weights are zero');
}

export function weightedPick<T>(rng: Rng, items: readonly T[], weights: readonly number[]): T {
  return items[weightedIndex(rng, weights)];
}

/**
 * Index into a precomputed cumulative weight table (ascending, last = total) by binary search:
 * O(log n) per draw for large tables such as the day-by-day arrival intensity.
 */
export function cumulativeIndex(rng: Rng, cumulative: ArrayLike<number>): number {
  const total = cumulative[cumulative.length - 1];
  const u = rng.next() * total;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid] > u) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Standard normal via Box–Muller (the second variate is dropped to keep the Rng stateless). */
export function normal(rng: Rng, mean = 0, sd = 1): number {
  const u1 = 1 - rng.next(); // (0, 1]: log stays finite
  const u2 = rng.next();
  return mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

export function lognormal(rng: Rng, mu: number, sigma: number): number {
  return Math.exp(normal(rng, mu, sigma));
}

/** Exponential with the given rate (mean 1 / rate). */
export function exponential(rng: Rng, rate: number): number {
  return -Math.log(1 - rng.next()) / rate;
}

/**
 * Gamma(shape, scale) by Marsaglia & Tsang (2000); shape < 1 uses the boost
 * Gamma(k) = Gamma(k + 1) * U^(1/k). Mean = shape * scale.
 */
export function gamma(rng: Rng, shape: number, scale = 1): number {
  if (shape <= 0) throw new Error('gamma shape must be positive');
  if (shape < 1) {
    const u = 1 - rng.next();
    return gamma(rng, shape + 1, scale) * Math.pow(u, 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - rng.next();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v * scale;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v * scale;
  }
}

/** Beta(a, b) from two gammas. */
export function beta(rng: Rng, a: number, b: number): number {
  const x = gamma(rng, a);
  const y = gamma(rng, b);
  return x / (x + y);
}

/** log Γ(x) for x > 0 (Lanczos, g = 7), accurate to ~1e-13: enough for Poisson acceptance. */
export function logGamma(x: number): number {
  const g = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = g[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += g[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/**
 * Poisson(lambda): Knuth's product method for small means, Hörmann's PTRS transformed
 * rejection (as in NumPy) for lambda >= 10, where the product method gets slow and underflows.
 */
export function poisson(rng: Rng, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda < 10) {
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = rng.next();
    while (p > limit) {
      k++;
      p *= rng.next();
    }
    return k;
  }
  const slam = Math.sqrt(lambda);
  const loglam = Math.log(lambda);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = rng.next() - 0.5;
    const v = rng.next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    const lhs = Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b);
    if (lhs <= -lambda + k * loglam - logGamma(k + 1)) return k;
  }
}

/** Number of trials up to and including the first success (1, 2, 3 ...), mean 1 / p. */
export function geometric(rng: Rng, p: number): number {
  if (p >= 1) return 1;
  return Math.floor(Math.log(1 - rng.next()) / Math.log(1 - p)) + 1;
}

/** Fisher–Yates shuffle in place; returns the same array. */
export function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    const t = items[i];
    items[i] = items[j];
    items[j] = t;
  }
  return items;
}

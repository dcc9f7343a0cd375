/**
 * K-means as scikit-learn's `KMeans(algorithm="lloyd")` runs it: greedy k-means++ seeding, Lloyd
 * iterations until the labels stop changing or the centres move less than tol x mean variance,
 * empty clusters re-seeded with the points farthest from their centres, best of `restarts` runs.
 * Typed arrays throughout and no per-point allocation, so a million customers fit in a worker.
 * See README.md in this folder.
 */
import { hash32, Rng } from '../sample/random';
import { squaredDistance } from './distance';
import { kmeansPlusPlus } from './kmeans-init';

export interface KMeansOptions {
  seed: number;
  /** Independent k-means++ starts; the lowest inertia wins (sklearn's n_init). */
  restarts?: number;
  maxIter?: number;
  /** Relative to the mean per-feature variance, as sklearn's tol. */
  tol?: number;
}

export interface KMeansResult {
  k: number;
  /** Cluster index per point, 0..k-1. */
  labels: Int32Array;
  /** Row-major k x d. */
  centroids: Float64Array;
  /** Sum of squared distances of the points to their centroids. */
  inertia: number;
  /** Lloyd iterations of the winning restart. */
  iterations: number;
}

export const kmeansDefaults = { restarts: 10, maxIter: 300, tol: 1e-4 } as const;

/**
 * Restart r draws from its own stream, independent of the other restarts: running
 * `kmeansFromCenters(points, n, d, kmeansPlusPlus(points, n, d, k, new Rng(restartSeed(seed, r))).centers)`
 * reproduces it exactly, so restarts can be spread over several workers and the best one kept.
 */
export function restartSeed(seed: number, restart: number): number {
  return hash32(`kmeans restart ${restart}`, seed);
}

export function kmeans(
  points: Float64Array,
  n: number,
  d: number,
  k: number,
  options: KMeansOptions,
): KMeansResult {
  checkInput(points, n, d, k);
  const restarts = Math.max(1, Math.floor(options.restarts ?? kmeansDefaults.restarts));
  const maxIter = Math.max(1, Math.floor(options.maxIter ?? kmeansDefaults.maxIter));
  const tol = (options.tol ?? kmeansDefaults.tol) * meanVariance(points, n, d);
  const work = workspace(n, d, k);

  let best: KMeansResult | undefined;
  for (let r = 0; r < restarts; r++) {
    const rng = new Rng(restartSeed(options.seed, r));
    kmeansPlusPlus(points, n, d, k, rng, { centers: work.centers, scratch: work.dist });
    const { inertia, iterations } = lloyd(points, n, d, k, maxIter, tol, work);
    // Strictly lower, as sklearn: on a tie the earlier restart stays.
    if (best === undefined || inertia < best.inertia) {
      best = { k, labels: work.labels.slice(), centroids: work.centers.slice(), inertia, iterations };
    }
  }
  return best!;
}

/**
 * Lloyd from given starting centres (row-major k x d, not modified), without restarts: sklearn's
 * `KMeans(init=centers, n_init=1)`. For refitting from known centres, and for tests.
 */
export function kmeansFromCenters(
  points: Float64Array,
  n: number,
  d: number,
  centers: Float64Array,
  options: Pick<KMeansOptions, 'maxIter' | 'tol'> = {},
): KMeansResult {
  const k = centers.length / d;
  checkInput(points, n, d, k);
  const maxIter = Math.max(1, Math.floor(options.maxIter ?? kmeansDefaults.maxIter));
  const tol = (options.tol ?? kmeansDefaults.tol) * meanVariance(points, n, d);
  const work = workspace(n, d, k);
  work.centers.set(centers);
  const { inertia, iterations } = lloyd(points, n, d, k, maxIter, tol, work);
  return { k, labels: work.labels, centroids: work.centers, inertia, iterations };
}

interface Workspace {
  centers: Float64Array;
  sums: Float64Array;
  counts: Float64Array;
  labels: Int32Array;
  /** Hamerly bounds: distance to the own centre (upper) and to the nearest other centre (lower). */
  upper: Float64Array;
  lower: Float64Array;
  /** Scratch: k-means++ D^2, and squared distances to own centres when a cluster runs empty. */
  dist: Float64Array;
  /** Per cluster: how far the centre moved in the last update, and half the gap to the nearest other centre. */
  moved: Float64Array;
  half: Float64Array;
}

function workspace(n: number, d: number, k: number): Workspace {
  return {
    centers: new Float64Array(k * d),
    sums: new Float64Array(k * d),
    counts: new Float64Array(k),
    labels: new Int32Array(n),
    upper: new Float64Array(n),
    lower: new Float64Array(n),
    dist: new Float64Array(n),
    moved: new Float64Array(k),
    half: new Float64Array(k),
  };
}

/**
 * One Lloyd run from the centres in `work.centers`; leaves the final centres and labels there.
 * Mirrors `_kmeans_single_lloyd`: labels unchanged = strict convergence (centres are then already
 * the means of the labels); centre shift within tol = converged, followed by one more assignment
 * so that labels match the final centres. The assignment step uses Hamerly's bounds (2010), which
 * skip points that provably keep their centre: same labels as the plain scan, far fewer distances.
 */
function lloyd(
  points: Float64Array,
  n: number,
  d: number,
  k: number,
  maxIter: number,
  tol: number,
  work: Workspace,
): { inertia: number; iterations: number } {
  const { centers, labels } = work;
  let strict = false;
  let iterations = 0;
  for (let it = 0; it < maxIter; it++) {
    iterations = it + 1;
    let changed = it === 0 ? assignAll(points, n, d, k, work) : assignBounded(points, n, d, k, work);
    // A relocation counts as a change: the moved point's cluster is not yet its nearest centre's.
    changed += relocateEmpty(points, n, d, k, work);
    const shift = updateCenters(d, k, work);
    if (changed === 0) {
      strict = true;
      break;
    }
    if (shift <= tol) break;
  }
  if (!strict) assignBounded(points, n, d, k, work);
  let inertia = 0;
  for (let i = 0; i < n; i++) inertia += squaredDistance(points, i * d, centers, labels[i] * d, d);
  return { inertia, iterations };
}

/** First assignment: every distance, exact bounds, sums and counts from scratch. */
function assignAll(points: Float64Array, n: number, d: number, k: number, work: Workspace): number {
  const { sums, counts, labels } = work;
  sums.fill(0);
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    const best = nearest(points, i, d, k, work);
    labels[i] = best;
    counts[best]++;
    const p = i * d;
    const q = best * d;
    for (let j = 0; j < d; j++) sums[q + j] += points[p + j];
  }
  return n;
}

/**
 * Hamerly assignment after the centres moved by `work.moved`: loosen the bounds, skip a point
 * whose own centre is closer than half the gap to any other centre or than its lower bound, and
 * rescan the rest. Sums and counts follow the points that change cluster. Returns that number.
 */
function assignBounded(points: Float64Array, n: number, d: number, k: number, work: Workspace): number {
  const { centers, sums, counts, labels, upper, lower, moved, half } = work;
  let far = 0;
  for (let c = 1; c < k; c++) if (moved[c] > moved[far]) far = c;
  let secondMove = 0;
  for (let c = 0; c < k; c++) if (c !== far && moved[c] > secondMove) secondMove = moved[c];
  for (let c = 0; c < k; c++) {
    let min = Infinity;
    for (let o = 0; o < k; o++) {
      if (o === c) continue;
      const sq = squaredDistance(centers, c * d, centers, o * d, d);
      if (sq < min) min = sq;
    }
    half[c] = 0.5 * Math.sqrt(min);
  }
  let changed = 0;
  for (let i = 0; i < n; i++) {
    const own = labels[i];
    upper[i] += moved[own];
    lower[i] -= own === far ? secondMove : moved[far];
    const bound = half[own] > lower[i] ? half[own] : lower[i];
    if (upper[i] <= bound) continue;
    const p = i * d;
    const q = own * d;
    upper[i] = Math.sqrt(squaredDistance(points, p, centers, q, d));
    if (upper[i] <= bound) continue;
    const best = nearest(points, i, d, k, work);
    if (best === own) continue;
    changed++;
    labels[i] = best;
    counts[own]--;
    counts[best]++;
    const b = best * d;
    for (let j = 0; j < d; j++) {
      sums[q + j] -= points[p + j];
      sums[b + j] += points[p + j];
    }
  }
  return changed;
}

/** Full scan of point i: sets its exact bounds, returns the nearest centre (lowest index on ties). */
function nearest(points: Float64Array, i: number, d: number, k: number, work: Workspace): number {
  const { centers, upper, lower } = work;
  const p = i * d;
  let d1 = Infinity;
  let d2 = Infinity;
  let best = 0;
  for (let c = 0; c < k; c++) {
    const sq = squaredDistance(points, p, centers, c * d, d);
    if (sq < d1) {
      d2 = d1;
      d1 = sq;
      best = c;
    } else if (sq < d2) {
      d2 = sq;
    }
  }
  upper[i] = Math.sqrt(d1);
  lower[i] = Math.sqrt(d2);
  return best;
}

/**
 * sklearn's `_relocate_empty_clusters_dense`: the e-th empty cluster (in index order) takes the
 * e-th farthest point from its own centre, which leaves its old cluster. Unlike sklearn the point's
 * label moves with it, because the sums here are kept in step with the labels; the outcome is the
 * same (sklearn's next assignment puts the point there, at distance 0).
 */
function relocateEmpty(points: Float64Array, n: number, d: number, k: number, work: Workspace): number {
  const { centers, sums, counts, labels, upper, lower, dist } = work;
  let empty = 0;
  for (let c = 0; c < k; c++) if (counts[c] === 0) empty++;
  if (empty === 0) return 0;
  for (let i = 0; i < n; i++) dist[i] = squaredDistance(points, i * d, centers, labels[i] * d, d);
  const far = farthest(dist, n, empty);
  // More clusters than distinct points: nothing to move (sklearn returns too).
  if (dist[far[0]] === 0) return 0;
  let e = 0;
  for (let c = 0; c < k; c++) {
    if (counts[c] !== 0) continue;
    const i = far[e++];
    const old = labels[i];
    for (let j = 0; j < d; j++) {
      sums[old * d + j] -= points[i * d + j];
      sums[c * d + j] = points[i * d + j];
    }
    counts[old]--;
    counts[c] = 1;
    labels[i] = c;
    upper[i] = 0;
    lower[i] = 0; // unknown: forces a rescan next time
  }
  return empty;
}

/** Indices of the m largest values, largest first; ties go to the lower index. m is small (< k). */
function farthest(dist: Float64Array, n: number, m: number): Int32Array {
  const top = new Int32Array(m).fill(-1);
  for (let i = 0; i < n; i++) {
    const v = dist[i];
    if (top[m - 1] !== -1 && v <= dist[top[m - 1]]) continue;
    let pos = m - 1;
    while (pos > 0 && (top[pos - 1] === -1 || v > dist[top[pos - 1]])) {
      top[pos] = top[pos - 1];
      pos--;
    }
    top[pos] = i;
  }
  return top;
}

/** Centres = sums / counts; records how far each moved and returns the total squared shift. */
function updateCenters(d: number, k: number, work: Workspace): number {
  const { centers, sums, counts, moved } = work;
  let biggest = 0;
  for (let c = 1; c < k; c++) if (counts[c] > counts[biggest]) biggest = c;
  let shift = 0;
  for (let c = 0; c < k; c++) {
    // Still empty only when there were fewer distinct points than clusters: park it on the
    // biggest cluster's mean, as sklearn's `_average_centers` does, rather than at the origin.
    const src = counts[c] > 0 ? c : biggest;
    let sq = 0;
    for (let j = 0; j < d; j++) {
      const value = sums[src * d + j] / counts[src];
      const diff = value - centers[c * d + j];
      sq += diff * diff;
      centers[c * d + j] = value;
    }
    moved[c] = Math.sqrt(sq);
    shift += sq;
  }
  return shift;
}

function meanVariance(points: Float64Array, n: number, d: number): number {
  let total = 0;
  for (let j = 0; j < d; j++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += points[i * d + j];
    mean /= n;
    let ss = 0;
    for (let i = 0; i < n; i++) {
      const dev = points[i * d + j] - mean;
      ss += dev * dev;
    }
    total += ss / n;
  }
  return total / d;
}

function checkInput(points: Float64Array, n: number, d: number, k: number): void {
  if (!Number.isInteger(n) || !Number.isInteger(d) || !Number.isInteger(k) || d < 1 || k < 1) {
    throw new Error(`kmeans: n, d and k must be positive integers (n=${n}, d=${d}, k=${k})`);
  }
  if (points.length !== n * d) throw new Error(`kmeans: expected ${n * d} values, got ${points.length}`);
  if (n < k) throw new Error(`kmeans: ${n} points cannot make ${k} clusters`);
  for (let i = 0; i < points.length; i++) {
    if (!Number.isFinite(points[i])) throw new Error(`kmeans: value ${i} is not a finite number`);
  }
}

/**
 * Greedy k-means++ seeding, the variant scikit-learn uses (`sklearn.cluster._kmeans._kmeans_plusplus`):
 * the first centre is a uniformly drawn point; each further centre is the best of
 * 2 + floor(ln k) candidates drawn with probability proportional to D(x)^2 (squared distance to the
 * nearest centre so far), "best" meaning the one that leaves the smallest total D^2.
 */
import { squaredDistance } from './distance';

export function localTrials(k: number): number {
  return 2 + Math.floor(Math.log(k));
}

/** Anything that yields uniform numbers in [0, 1): the seeded `Rng`, or a scripted stub in tests. */
export interface Uniform {
  next(): number;
}

export interface PlusPlusOptions {
  /** Where to write the k x d centres (allocated when absent). */
  centers?: Float64Array;
  /** Scratch of length n; on return it holds each point's D^2 to the chosen centres. */
  scratch?: Float64Array;
  /** Candidates per centre; 1 gives plain (non-greedy) k-means++. */
  trials?: number;
}

/** Chooses k seed points; returns their indices and writes their coordinates into `centers`. */
export function kmeansPlusPlus(
  points: Float64Array,
  n: number,
  d: number,
  k: number,
  rng: Uniform,
  options: PlusPlusOptions = {},
): { indices: Int32Array; centers: Float64Array } {
  const centers = options.centers ?? new Float64Array(k * d);
  const closest = options.scratch ?? new Float64Array(n);
  const trials = options.trials ?? localTrials(k);
  const indices = new Int32Array(k);
  const candidates = new Int32Array(trials);
  const targets = new Float64Array(trials);
  const order = new Int32Array(trials);
  const potentials = new Float64Array(trials);

  const first = Math.min(n - 1, Math.floor(rng.next() * n));
  indices[0] = first;
  copyRow(points, first, centers, 0, d);
  let potential = 0;
  for (let i = 0; i < n; i++) {
    const dist = squaredDistance(points, i * d, points, first * d, d);
    closest[i] = dist;
    potential += dist;
  }

  for (let c = 1; c < k; c++) {
    // Draw all targets first (in draw order, as sklearn does), then find them in one pass over the
    // running sum: no n-length cumulative array.
    for (let t = 0; t < trials; t++) {
      targets[t] = rng.next() * potential;
      order[t] = t;
    }
    order.sort((a, b) => targets[a] - targets[b]);
    let running = 0;
    let next = 0;
    for (let i = 0; i < n && next < trials; i++) {
      running += closest[i];
      // Strictly greater: a point with D^2 = 0 (an existing centre, a duplicate) is never drawn.
      while (next < trials && running > targets[order[next]]) candidates[order[next++]] = i;
    }
    // Rounding can leave the last targets unmatched: take the last point with positive weight.
    if (next < trials) {
      let last = n - 1;
      while (last > 0 && closest[last] === 0) last--;
      while (next < trials) candidates[order[next++]] = last;
    }

    potentials.fill(0);
    for (let i = 0; i < n; i++) {
      const own = closest[i];
      for (let t = 0; t < trials; t++) {
        const dist = squaredDistance(points, i * d, points, candidates[t] * d, d);
        potentials[t] += dist < own ? dist : own;
      }
    }
    let best = 0;
    for (let t = 1; t < trials; t++) if (potentials[t] < potentials[best]) best = t;
    const chosen = candidates[best];
    potential = potentials[best];
    for (let i = 0; i < n; i++) {
      const dist = squaredDistance(points, i * d, points, chosen * d, d);
      if (dist < closest[i]) closest[i] = dist;
    }
    indices[c] = chosen;
    copyRow(points, chosen, centers, c, d);
  }
  return { indices, centers };
}

function copyRow(from: Float64Array, row: number, to: Float64Array, toRow: number, d: number): void {
  for (let j = 0; j < d; j++) to[toRow * d + j] = from[row * d + j];
}

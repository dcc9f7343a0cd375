/**
 * Mean silhouette coefficient (Rousseeuw 1987) with Euclidean distances, as scikit-learn's
 * `silhouette_score`: s(i) = (b - a) / max(a, b), a = mean distance to the other members of i's
 * cluster, b = smallest mean distance to another cluster; s = 0 for a point alone in its cluster.
 * Exact O(m^2 d) over a sample of m points, so callers sample (at most 10,000 points: ~5e7 pairs).
 */
import { Rng } from '../sample/random';
import { squaredDistance } from './distance';

export interface Labeling {
  /** Cluster index per point of the full data set (length n), 0..k-1. */
  labels: Int32Array;
  k: number;
}

/**
 * `m` distinct indices of 0..n-1 drawn without replacement (partial Fisher–Yates), in ascending
 * order; all of them when m >= n.
 */
export function sampleIndices(n: number, m: number, seed: number): Int32Array {
  const all = new Int32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  if (m >= n) return all;
  const rng = new Rng(seed);
  for (let i = 0; i < m; i++) {
    const j = i + Math.floor(rng.next() * (n - i));
    const t = all[i];
    all[i] = all[j];
    all[j] = t;
  }
  return all.slice(0, m).sort();
}

/** Mean silhouette of one labeling over the points in `sample` (default: all n points). */
export function silhouette(
  points: Float64Array,
  n: number,
  d: number,
  labeling: Labeling,
  sample?: Int32Array,
): number {
  return silhouettes(points, n, d, [labeling], sample)[0];
}

/**
 * Mean silhouettes of several labelings of the same points in one pass: each pairwise distance is
 * computed once and shared, which is what dominates (choosing k compares k = 2..8 on one sample).
 * NaN for a labeling with fewer than 2 clusters in the sample (sklearn raises there).
 */
export function silhouettes(
  points: Float64Array,
  n: number,
  d: number,
  labelings: readonly Labeling[],
  sample?: Int32Array,
): Float64Array {
  const idx = sample ?? sampleIndices(n, n, 0);
  const m = idx.length;
  const L = labelings.length;
  // Sample coordinates gathered contiguously; per-labeling labels and accumulator offsets.
  const xs = new Float64Array(m * d);
  for (let s = 0; s < m; s++) for (let j = 0; j < d; j++) xs[s * d + j] = points[idx[s] * d + j];
  const offsets = new Int32Array(L + 1);
  for (let l = 0; l < L; l++) offsets[l + 1] = offsets[l] + labelings[l].k;
  const width = offsets[L];
  // lab[s * L + l] = offset of labeling l + label of sample point s, i.e. a column of `acc`.
  const lab = new Int32Array(m * L);
  const counts = new Float64Array(width);
  for (let s = 0; s < m; s++) {
    for (let l = 0; l < L; l++) {
      const col = offsets[l] + labelings[l].labels[idx[s]];
      lab[s * L + l] = col;
      counts[col]++;
    }
  }

  // acc[s * width + col] = sum of distances from s to the sample points in cluster col.
  const acc = new Float64Array(m * width);
  for (let a = 0; a < m; a++) {
    const pa = a * d;
    const rowA = a * width;
    const labA = a * L;
    for (let b = a + 1; b < m; b++) {
      const pb = b * d;
      const dist = Math.sqrt(squaredDistance(xs, pa, xs, pb, d));
      const rowB = b * width;
      const labB = b * L;
      for (let l = 0; l < L; l++) {
        acc[rowA + lab[labB + l]] += dist;
        acc[rowB + lab[labA + l]] += dist;
      }
    }
  }

  const out = new Float64Array(L);
  for (let l = 0; l < L; l++) {
    const lo = offsets[l];
    const hi = offsets[l + 1];
    let present = 0;
    for (let c = lo; c < hi; c++) if (counts[c] > 0) present++;
    if (present < 2) {
      out[l] = NaN;
      continue;
    }
    let total = 0;
    for (let s = 0; s < m; s++) {
      const own = lab[s * L + l];
      if (counts[own] <= 1) continue; // alone in its cluster: s(i) = 0
      const row = s * width;
      const a = acc[row + own] / (counts[own] - 1);
      let b = Infinity;
      for (let c = lo; c < hi; c++) {
        if (c === own || counts[c] === 0) continue;
        const mean = acc[row + c] / counts[c];
        if (mean < b) b = mean;
      }
      const denom = Math.max(a, b);
      // a = b = 0 (duplicates spread over clusters): sklearn's nan_to_num turns 0/0 into 0.
      if (denom > 0) total += (b - a) / denom;
    }
    out[l] = total / m;
  }
  return out;
}

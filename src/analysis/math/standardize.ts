/**
 * Z-scores per column of a row-major n x d matrix, as scikit-learn's StandardScaler does:
 * population standard deviation (divide by n), and a column whose spread is ~0 keeps scale 1
 * (sklearn's `_handle_zeros_in_scale`), so a constant feature becomes all zeros instead of NaN.
 */

export interface Standardized {
  /** Row-major n x d z-scores (a new array; the input is not touched). */
  values: Float64Array;
  means: Float64Array;
  /** The divisor used per column: the population std, or 1 for a constant column. */
  stds: Float64Array;
}

// sklearn treats scales below 10 x machine epsilon as zero.
const ZERO_SCALE = 10 * Number.EPSILON;

export function standardize(points: Float64Array, n: number, d: number): Standardized {
  if (points.length !== n * d) throw new Error(`standardize: expected ${n * d} values, got ${points.length}`);
  if (n < 1) throw new Error('standardize: no rows');
  const means = new Float64Array(d);
  const stds = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) means[j] += points[i * d + j];
  for (let j = 0; j < d; j++) means[j] /= n;
  // Two passes (mean, then squared deviations) rather than sum of squares: no cancellation when
  // a column has a large mean and a small spread (e.g. dates as day numbers).
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) {
      const dev = points[i * d + j] - means[j];
      stds[j] += dev * dev;
    }
  }
  for (let j = 0; j < d; j++) {
    const sd = Math.sqrt(stds[j] / n);
    stds[j] = sd < ZERO_SCALE ? 1 : sd;
  }
  const values = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) values[i * d + j] = (points[i * d + j] - means[j]) / stds[j];
  }
  return { values, means, stds };
}

/** Back to original units (e.g. k-means centroids): x = z * std + mean, row-major rows x d. */
export function unstandardize(
  values: Float64Array,
  rows: number,
  d: number,
  means: Float64Array,
  stds: Float64Array,
): Float64Array {
  const out = new Float64Array(rows * d);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < d; j++) out[i * d + j] = values[i * d + j] * stds[j] + means[j];
  }
  return out;
}

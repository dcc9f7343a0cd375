/**
 * Picks the number of segments: k-means for every k in kMin..kMax on all points, then the mean
 * silhouette of each clustering on one shared seeded sample (at most `sampleSize` points, because
 * the silhouette is quadratic); the highest silhouette wins, the smaller k on a tie.
 */
import { hash32 } from '../sample/random';
import { kmeans, type KMeansOptions, type KMeansResult } from './kmeans';
import { sampleIndices, silhouettes } from './silhouette';

export interface ChooseKOptions extends KMeansOptions {
  kMin?: number;
  kMax?: number;
  sampleSize?: number;
  /** Called after each k-means fit and after the silhouettes, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

export interface KScore {
  k: number;
  inertia: number;
  /** Mean silhouette on the sample; NaN when the clustering has fewer than 2 clusters there. */
  silhouette: number;
  iterations: number;
}

export interface ChooseKResult {
  bestK: number;
  scores: KScore[];
  /** Every fit, in k order, so the user can switch to another k without refitting. */
  fits: KMeansResult[];
  /** Number of points the silhouettes were computed on. */
  sampleSize: number;
}

export const chooseKDefaults = { kMin: 2, kMax: 8, sampleSize: 10_000 } as const;

export function chooseK(points: Float64Array, n: number, d: number, options: ChooseKOptions): ChooseKResult {
  const kMin = Math.max(2, Math.floor(options.kMin ?? chooseKDefaults.kMin));
  const kMax = Math.min(n - 1, Math.floor(options.kMax ?? chooseKDefaults.kMax));
  if (kMax < kMin) throw new Error(`chooseK: need at least ${kMin + 1} points for k = ${kMin}..${kMax}`);
  const sampleSize = Math.max(2, Math.floor(options.sampleSize ?? chooseKDefaults.sampleSize));
  const total = kMax - kMin + 2;
  // Per-k seeds derived from (seed, k): the fit for k = 4 is the same whichever range is asked for.
  const fits: KMeansResult[] = [];
  for (let k = kMin; k <= kMax; k++) {
    fits.push(kmeans(points, n, d, k, { ...options, seed: hash32(`kmeans k=${k}`, options.seed) }));
    options.onProgress?.(fits.length, total);
  }
  const sample = sampleIndices(n, sampleSize, hash32('silhouette sample', options.seed));
  const sil = silhouettes(points, n, d, fits, sample);
  options.onProgress?.(total, total);

  const scores = fits.map((fit, i) => ({
    k: fit.k,
    inertia: fit.inertia,
    silhouette: sil[i],
    iterations: fit.iterations,
  }));
  let best = scores[0];
  for (const s of scores) if (s.silhouette > best.silhouette || Number.isNaN(best.silhouette)) best = s;
  return { bestK: best.k, scores, fits, sampleSize: sample.length };
}

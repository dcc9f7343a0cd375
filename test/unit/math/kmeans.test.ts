// Breaks when k-means stops behaving like scikit-learn's: k-means++ seeding no longer D^2-weighted
// or greedy, Lloyd no longer recovering obvious clusters, an empty cluster no longer re-seeded with
// the farthest point, restarts no longer keeping the best run, or the same seed no longer giving the
// same segments (a report must not change between two runs on the same file).
// Expected values are worked out by hand in the comments; the comparison with sklearn itself on real
// data is in kmeans-reference.test.ts (reference produced by test/reference/kmeans/make_reference.py).
import { describe, expect, it } from 'vitest';
import { chooseK } from '../../../src/analysis/math/choose-k';
import { kmeans, kmeansFromCenters, restartSeed } from '../../../src/analysis/math/kmeans';
import { kmeansPlusPlus, localTrials } from '../../../src/analysis/math/kmeans-init';
import { normal, Rng } from '../../../src/analysis/sample/random';

/** A stub generator that returns the given uniforms in order. */
const scripted = (values: number[]) => {
  let i = 0;
  return { next: () => values[i++] };
};

/** `perBlob` points around each centre (row-major, d = centre length), blob index per point. */
function blobs(centres: number[][], perBlob: number, sd: number, seed: number) {
  const rng = new Rng(seed);
  const d = centres[0].length;
  const n = centres.length * perBlob;
  const points = new Float64Array(n * d);
  const truth = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    // Interleaved so that blob membership is not a contiguous run of indices.
    const b = i % centres.length;
    truth[i] = b;
    for (let j = 0; j < d; j++) points[i * d + j] = normal(rng, centres[b][j], sd);
  }
  return { points, truth, n, d };
}

/** True when `labels` is a relabelling of `truth` (a one-to-one map between cluster ids). */
function sameClustering(labels: Int32Array, truth: Int32Array): boolean {
  const map = new Map<number, number>();
  const back = new Map<number, number>();
  for (let i = 0; i < labels.length; i++) {
    if ((map.get(truth[i]) ?? labels[i]) !== labels[i]) return false;
    if ((back.get(labels[i]) ?? truth[i]) !== truth[i]) return false;
    map.set(truth[i], labels[i]);
    back.set(labels[i], truth[i]);
  }
  return true;
}

describe('k-means++ seeding', () => {
  // Points 0, 1 and 3 on a line; first centre = point 0, so D^2 = [0, 1, 9], total 10:
  // a uniform u picks point 1 when u * 10 < 1, point 2 (x = 3) otherwise.
  const line = new Float64Array([0, 1, 3]);

  it.each([
    [0.0, 1],
    [0.0999, 1],
    [0.1001, 2],
    [0.9999, 2],
  ])('plain k-means++ draws by D^2: u = %f picks point %i', (u, expected) => {
    const { indices } = kmeansPlusPlus(line, 3, 1, 2, scripted([0, u]), { trials: 1 });
    expect(Array.from(indices)).toEqual([0, expected]);
  });

  it('greedy k-means++ keeps the candidate that lowers the total D^2 most', () => {
    // Candidates point 1 (u = 0.05) and point 2 (u = 0.5). Choosing point 1 leaves D^2 = [0, 0, 4]
    // (total 4), choosing point 2 leaves [0, 1, 0] (total 1): point 2 wins whatever the draw order.
    expect(localTrials(2)).toBe(2);
    expect(Array.from(kmeansPlusPlus(line, 3, 1, 2, scripted([0, 0.05, 0.5])).indices)).toEqual([0, 2]);
    expect(Array.from(kmeansPlusPlus(line, 3, 1, 2, scripted([0, 0.5, 0.05])).indices)).toEqual([0, 2]);
  });

  it('uses 2 + floor(ln k) candidates, as sklearn', () => {
    expect([1, 2, 3, 7, 8, 20, 21].map(localTrials)).toEqual([2, 2, 3, 3, 4, 4, 5]);
  });

  it('never picks a point already covered (duplicates included), for any seed', () => {
    // Three locations, each repeated 4 times: the 3 centres must be the 3 distinct locations.
    const points = new Float64Array([0, 0, 5, 5, 9, 0, 0, 0, 5, 5, 9, 0, 0, 0, 5, 5, 9, 0, 0, 0, 5, 5, 9, 0]);
    for (let seed = 0; seed < 200; seed++) {
      const { centers } = kmeansPlusPlus(points, 12, 2, 3, new Rng(seed));
      const keys = new Set([0, 1, 2].map((c) => `${centers[c * 2]},${centers[c * 2 + 1]}`));
      expect(keys.size).toBe(3);
    }
  });
});

describe('Lloyd iterations', () => {
  it('recovers well-separated blobs exactly', () => {
    const centres = [
      [0, 0, 0],
      [10, 0, 0],
      [0, 10, 0],
      [0, 0, 10],
    ];
    const { points, truth, n, d } = blobs(centres, 500, 1, 1);
    const frozen = points.slice();
    const result = kmeans(points, n, d, 4, { seed: 3 });
    expect(sameClustering(result.labels, truth)).toBe(true);
    // Each centroid within 0.2 of a true centre (sd 1, 500 points: standard error ~0.045).
    for (let c = 0; c < 4; c++) {
      const row = Array.from(result.centroids.subarray(c * d, c * d + d));
      const nearest = Math.min(...centres.map((t) => Math.hypot(...t.map((v, j) => v - row[j]))));
      expect(nearest).toBeLessThan(0.2);
    }
    // Inertia ~ n * d * sd^2 = 6000.
    expect(result.inertia / (n * d)).toBeGreaterThan(0.9);
    expect(result.inertia / (n * d)).toBeLessThan(1.1);
    expect(points).toEqual(frozen);
  });

  it('converges to the hand-computed optimum on a tiny line', () => {
    // 0, 1, 2 | 10, 11, 12 from starts 1 and 11: already optimal; inertia = 2 + 2.
    const r = kmeansFromCenters(new Float64Array([0, 1, 2, 10, 11, 12]), 6, 1, new Float64Array([1, 11]));
    expect(Array.from(r.labels)).toEqual([0, 0, 0, 1, 1, 1]);
    expect(Array.from(r.centroids)).toEqual([1, 11]);
    expect(r.inertia).toBe(4);
    // The centres do not move in the first pass, so the shift test stops it there (sklearn n_iter_ = 1).
    expect(r.iterations).toBe(1);
  });

  it('re-seeds an empty cluster with the point farthest from its centre', () => {
    // Points 0, 1, 2, 10, 11, 20; starts -100, 1, 11. Nobody is nearest to -100. Distances to the
    // own centre: 1, 0, 1, 1, 0, 81, so point 20 moves to the empty cluster. Then the
    // clusters are {20}, {0, 1, 2}, {10, 11}: inertia = 0 + 2 + 0.5. sklearn 1.2.1 with
    // init=[[-100], [1], [11]], n_init=1 gives the same labels, centres, inertia and n_iter_ = 2.
    const points = new Float64Array([0, 1, 2, 10, 11, 20]);
    const r = kmeansFromCenters(points, 6, 1, new Float64Array([-100, 1, 11]));
    expect(Array.from(r.labels)).toEqual([1, 1, 1, 2, 2, 0]);
    expect(Array.from(r.centroids)).toEqual([20, 1, 10.5]);
    expect(r.inertia).toBeCloseTo(2.5, 12);
    expect(r.iterations).toBe(2);
  });

  it('survives more clusters than distinct points', () => {
    const r = kmeans(new Float64Array([5, 5, 5, 5, 5, 5, 5, 5]), 4, 2, 3, { seed: 1 });
    expect(r.inertia).toBe(0);
    for (const l of r.labels) expect(l >= 0 && l < 3).toBe(true);
    expect(Array.from(r.centroids)).toEqual([5, 5, 5, 5, 5, 5]);
  });

  it.each([
    ['fewer points than clusters', new Float64Array([1, 2]), 2, 1, 3],
    ['a NaN', new Float64Array([1, NaN, 3]), 3, 1, 2],
    ['a length that is not n x d', new Float64Array([1, 2, 3]), 2, 1, 2],
  ])('rejects %s', (_, points, n, d, k) => {
    expect(() => kmeans(points, n, d, k, { seed: 1 })).toThrow();
  });
});

describe('restarts and determinism', () => {
  // Overlapping blobs: different starts end in different local optima.
  const { points, n, d } = blobs(
    [
      [0, 0],
      [3, 0],
      [0, 3],
      [3, 3],
      [1.5, 1.5],
    ],
    300,
    1,
    7,
  );

  it('gives identical results for the same seed', () => {
    const a = kmeans(points, n, d, 5, { seed: 42 });
    const b = kmeans(points, n, d, 5, { seed: 42 });
    expect(b.labels).toEqual(a.labels);
    expect(b.centroids).toEqual(a.centroids);
    expect(b.inertia).toBe(a.inertia);
  });

  it('keeps the best restart, and each restart can be reproduced alone', () => {
    const single = Array.from({ length: 10 }, (_, r) => {
      const { centers } = kmeansPlusPlus(points, n, d, 5, new Rng(restartSeed(42, r)));
      return kmeansFromCenters(points, n, d, centers).inertia;
    });
    expect(new Set(single.map((x) => x.toFixed(6))).size).toBeGreaterThan(1); // the test has teeth
    expect(kmeans(points, n, d, 5, { seed: 42 }).inertia).toBe(Math.min(...single));
    expect(kmeans(points, n, d, 5, { seed: 42, restarts: 1 }).inertia).toBe(single[0]);
  });
});

describe('chooseK', () => {
  it('finds the number of well-separated blobs and reports every k', () => {
    const { points, n, d } = blobs(
      [
        [0, 0, 0],
        [8, 0, 0],
        [0, 8, 0],
      ],
      400,
      1,
      11,
    );
    const result = chooseK(points, n, d, { seed: 5, sampleSize: 600 });
    expect(result.bestK).toBe(3);
    expect(result.sampleSize).toBe(600);
    expect(result.scores.map((s) => s.k)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(result.fits.map((f) => f.k)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    // Inertia falls as k grows (each k is fitted on its own, so only roughly: allow 1% slack).
    for (let i = 1; i < result.scores.length; i++) {
      expect(result.scores[i].inertia).toBeLessThan(result.scores[i - 1].inertia * 1.01);
    }
    const again = chooseK(points, n, d, { seed: 5, sampleSize: 600 });
    expect(again.scores).toEqual(result.scores);
  });
});

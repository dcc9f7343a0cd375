// Breaks when the silhouette stops being Rousseeuw's / scikit-learn's: a wrong "a" (mean distance
// to the own cluster, excluding the point itself), a wrong "b" (nearest other cluster), singletons
// not scored 0, or the shared multi-labeling pass disagreeing with single runs. The values below are
// computed by hand; agreement with sklearn's silhouette_score on real labels is checked in
// kmeans-reference.test.ts (reference: test/reference/kmeans/make_reference.py).
import { describe, expect, it } from 'vitest';
import { sampleIndices, silhouette, silhouettes } from '../../../src/analysis/math/silhouette';

/** 1-D values embedded in d dimensions (value in the first coordinate, zeros elsewhere). */
const embed = (values: number[], d: number) => {
  const out = new Float64Array(values.length * d);
  values.forEach((v, i) => (out[i * d] = v));
  return out;
};

describe('silhouette', () => {
  // Points 0, 1 | 4, 5.
  //   x=0: a = 1, b = (4 + 5) / 2 = 4.5, s = 3.5 / 4.5 = 7/9
  //   x=1: a = 1, b = (3 + 4) / 2 = 3.5, s = 2.5 / 3.5 = 5/7
  //   x=4, x=5: the same by symmetry.  Mean = (7/9 + 5/7) / 2 = 47/63.
  it.each([1, 2, 3, 5])('two pairs on a line, d = %i', (d) => {
    const labels = new Int32Array([0, 0, 1, 1]);
    expect(silhouette(embed([0, 1, 4, 5], d), 4, d, { labels, k: 2 })).toBeCloseTo(47 / 63, 14);
  });

  it('scores a point alone in its cluster 0', () => {
    // Points 0, 1 | 10. x=0: a = 1, b = 10, s = 0.9; x=1: a = 1, b = 9, s = 8/9; x=10: alone, 0.
    // Mean = (0.9 + 8/9 + 0) / 3 = 161/270.
    const labels = new Int32Array([0, 0, 1]);
    expect(silhouette(embed([0, 1, 10], 3), 3, 3, { labels, k: 2 })).toBeCloseTo(161 / 270, 14);
  });

  it('takes b from the nearest other cluster and ignores empty clusters', () => {
    // Points 0, 1 | 4 | 100, label 3 unused. x=0: a = 1, b = min(4, 100) = 4, s = 3/4;
    // x=1: a = 1, b = 3, s = 2/3; x=4 alone: 0; x=100 alone: 0. Mean = (3/4 + 2/3) / 4 = 17/48.
    const labels = new Int32Array([0, 0, 1, 2]);
    expect(silhouette(embed([0, 1, 4, 100], 1), 4, 1, { labels, k: 4 })).toBeCloseTo(17 / 48, 14);
  });

  it('is NaN with a single cluster (sklearn raises)', () => {
    expect(silhouette(embed([0, 1, 2], 1), 3, 1, { labels: new Int32Array(3), k: 2 })).toBeNaN();
  });

  it('computes several labelings in one pass exactly as one at a time, on a sample', () => {
    const n = 300;
    const d = 3;
    const points = new Float64Array(n * d).map((_, i) => Math.sin(i * 12.9898) * 43758.5453 % 1);
    const labelings = [2, 3, 5].map((k) => ({ k, labels: Int32Array.from({ length: n }, (_, i) => (i * 7) % k) }));
    const sample = sampleIndices(n, 120, 9);
    const together = silhouettes(points, n, d, labelings, sample);
    labelings.forEach((l, i) => expect(together[i]).toBeCloseTo(silhouette(points, n, d, l, sample), 12));
  });
});

describe('sampleIndices', () => {
  it('draws distinct sorted indices, the same for the same seed', () => {
    const a = sampleIndices(1000, 100, 3);
    expect(a.length).toBe(100);
    expect(new Set(a).size).toBe(100);
    for (let i = 1; i < a.length; i++) expect(a[i]).toBeGreaterThan(a[i - 1]);
    expect(a[99]).toBeLessThan(1000);
    expect(sampleIndices(1000, 100, 3)).toEqual(a);
    expect(sampleIndices(1000, 100, 4)).not.toEqual(a);
  });

  it('returns every index when the sample is at least n', () => {
    expect(Array.from(sampleIndices(4, 10, 1))).toEqual([0, 1, 2, 3]);
  });
});

// Breaks when z-scores stop matching scikit-learn's StandardScaler (population std, constant
// columns scaled by 1) or centroids can no longer be mapped back to original units. Values are
// worked by hand below; the check against StandardScaler on real data is in
// kmeans-reference.test.ts (reference: test/reference/kmeans/make_reference.py).
import { describe, expect, it } from 'vitest';
import { standardize, unstandardize } from '../../../src/analysis/math/standardize';

describe('standardize', () => {
  // Column 1: 1, 2, 3, 4: mean 2.5, population variance (2.25 + 0.25 + 0.25 + 2.25) / 4 = 1.25.
  // Column 2: constant 7: mean 7, scale 1 (not 0), z = 0.
  const points = new Float64Array([1, 7, 2, 7, 3, 7, 4, 7]);

  it('uses the population standard deviation and leaves the input alone', () => {
    const frozen = points.slice();
    const { values, means, stds } = standardize(points, 4, 2);
    expect(Array.from(means)).toEqual([2.5, 7]);
    expect(stds[0]).toBeCloseTo(Math.sqrt(1.25), 15);
    expect(stds[1]).toBe(1);
    const s = Math.sqrt(1.25);
    [-1.5 / s, 0, -0.5 / s, 0, 0.5 / s, 0, 1.5 / s, 0].forEach((z, i) => expect(values[i]).toBeCloseTo(z, 14));
    expect(points).toEqual(frozen);
  });

  it('round-trips through unstandardize', () => {
    const { values, means, stds } = standardize(points, 4, 2);
    const back = unstandardize(values, 4, 2, means, stds);
    back.forEach((v, i) => expect(v).toBeCloseTo(points[i], 13));
  });

  it('keeps precision when the spread is tiny next to the mean', () => {
    // Days since 1970 for dates a few days apart: a sum-of-squares formula would cancel.
    const days = new Float64Array([20000, 20001, 20002, 20003]);
    expect(standardize(days, 4, 1).stds[0]).toBeCloseTo(Math.sqrt(1.25), 12);
  });
});

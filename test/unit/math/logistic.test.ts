// Breaks when the logistic regression (src/analysis/math/logistic.ts) or its design matrix
// (logistic-design.ts) goes wrong at the edges the reference fit does not reach: overflow of
// exp() for large scores, AUC ties (sklearn's roc_auc_score counts a tie as one half: its
// docstring example gives 0.75 below), one class only, separable data (no finite optimum
// without a penalty: must report not converged rather than a number), the intercept-only
// optimum (log odds of the base rate), level pooling and the reference level.
// The fit against scikit-learn itself is test/unit/clv/drivers-reference.test.ts.
import { describe, expect, it } from 'vitest';
import { choleskySolve, fitLogistic, log1pExp, rocAuc, sigmoid } from '../../../src/analysis/math/logistic';
import { buildDesign, categoryLevels, levelId } from '../../../src/analysis/math/logistic-design';

describe('sigmoid and log1pExp', () => {
  it.each([
    [800, 1, 800],
    [-800, 0, 0],
    [0, 0.5, Math.log(2)],
  ])('at %d', (z, s, l) => {
    expect(sigmoid(z)).toBeCloseTo(s, 12);
    expect(log1pExp(z)).toBeCloseTo(l, 12);
    expect(Number.isFinite(log1pExp(z))).toBe(true);
  });
});

describe('rocAuc', () => {
  it.each([
    ['sklearn docstring example', [0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1], 0.75],
    ['a tie counts one half', [0.5, 0.5], [0, 1], 0.5],
    ['perfect ranking', [1, 2, 3, 4], [0, 0, 1, 1], 1],
    ['reversed ranking', [4, 3, 2, 1], [0, 0, 1, 1], 0],
    ['ties across classes', [1, 2, 2, 3], [0, 0, 1, 1], 0.875],
  ])('%s', (_, scores, labels, auc) => {
    expect(rocAuc(scores, labels)).toBeCloseTo(auc, 12);
  });

  it('is null with one class', () => {
    expect(rocAuc([1, 2, 3], [1, 1, 1])).toBeNull();
    expect(rocAuc([1, 2, 3], [0, 0, 0])).toBeNull();
  });
});

describe('choleskySolve', () => {
  it('solves a positive definite system and refuses an indefinite one', () => {
    const z = choleskySolve(Float64Array.from([4, 2, 2, 3]), Float64Array.from([2, 1]), 2)!;
    expect([...z].map((v) => Number(v.toFixed(12)))).toEqual([0.5, 0]);
    expect(choleskySolve(Float64Array.from([1, 2, 2, 1]), Float64Array.from([1, 1]), 2)).toBeNull();
  });
});

describe('fitLogistic', () => {
  it('with only an intercept lands on the log odds of the base rate', () => {
    const y = Float64Array.from([1, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
    const fit = fitLogistic(new Float64Array(10).fill(1), y, 10, 1);
    expect(fit.converged).toBe(true);
    expect(fit.coefficients[0]).toBeCloseTo(Math.log(0.2 / 0.8), 10);
    expect(fit.logLikelihood).toBeCloseTo(fit.nullLogLikelihood, 10);
  });

  it('reports separable data without a penalty as not converged, and fits it with one', () => {
    const xs = [-3, -2, -1, 1, 2, 3];
    const x = Float64Array.from(xs.flatMap((v) => [1, v]));
    const y = Float64Array.from(xs.map((v) => (v > 0 ? 1 : 0)));
    for (const maxIter of [10, 50, 100]) {
      const plain = fitLogistic(x, y, 6, 2, { l2: 0, maxIter });
      expect(plain.converged, `maxIter ${maxIter}`).toBe(false);
    }
    expect(fitLogistic(x, y, 6, 2, { l2: 0 }).separated).toBe(true);
    const ridge = fitLogistic(x, y, 6, 2, { l2: 1 });
    expect(ridge.converged).toBe(true);
    expect(ridge.coefficients[1]).toBeGreaterThan(0);
    expect(ridge.coefficients[0]).toBeCloseTo(0, 10);
  });

  it('rejects a design of the wrong size', () => {
    expect(() => fitLogistic(new Float64Array(3), new Float64Array(2), 2, 2)).toThrow();
  });
});

describe('design', () => {
  const o = { maxLevels: 2, minLevelCount: 2 };

  it('pools rare and excess levels as other, missing as unknown, most frequent first', () => {
    const values = ['a', 'a', 'a', 'b', 'b', 'c', 'c', 'd', null, null];
    const { levels, rows } = categoryLevels(values, o);
    // a (3) and b, c (2 each, b first by value) are eligible; only 2 kept: a, b. c and d -> other.
    // Equal counts rank by id: "other" < "v:a", "unknown" < "v:b".
    expect(levels.map((l) => [levelId(l.key), l.count])).toEqual([['other', 3], ['v:a', 3], ['unknown', 2], ['v:b', 2]]);
    expect(rows).toEqual(['v:a', 'v:a', 'v:a', 'v:b', 'v:b', 'other', 'other', 'other', 'unknown', 'unknown']);
  });

  it('takes the most frequent real value as the baseline, not the pooled levels', () => {
    const d = buildDesign([], [{ name: 'g', values: [null, null, null, 'f', 'f', 'm'] }], 6, { maxLevels: 8, minLevelCount: 1 });
    const levels = d.columns.filter((c) => c.kind === 'level');
    expect(levels.map((c) => c.kind === 'level' && [levelId(c.level), levelId(c.reference)])).toEqual([
      ['unknown', 'v:f'],
      ['v:m', 'v:f'],
    ]);
  });

  it('one-hot columns against the most frequent level; a single-level category is dropped', () => {
    const d = buildDesign(
      [{ name: 'x', values: [1, 2, 3, 4] }, { name: 'flat', values: [5, 5, 5, 5] }],
      [{ name: 'ch', values: ['web', 'web', 'app', 'web'] }, { name: 'one', values: ['z', 'z', 'z', 'z'] }],
      4,
      { maxLevels: 8, minLevelCount: 1 },
    );
    expect(d.columns.map((c) => c.kind)).toEqual(['intercept', 'numeric', 'numeric', 'level']);
    expect(d.dropped).toEqual(['one']);
    const level = d.columns[3];
    expect(level.kind === 'level' && [levelId(level.level), levelId(level.reference), level.count]).toEqual(['v:app', 'v:web', 1]);
    const col = (j: number) => Array.from({ length: 4 }, (_, i) => d.x[i * d.d + j]);
    expect(col(0)).toEqual([1, 1, 1, 1]);
    expect(col(1).reduce((a, b) => a + b, 0)).toBeCloseTo(0, 12);
    expect(col(2)).toEqual([0, 0, 0, 0]);
    expect(col(3)).toEqual([0, 0, 1, 0]);
  });
});

// Breaks when a cohort matrix is read from the wrong array, when the average curves stop being
// weighted by cohort size over the cohorts that reached k (checked against sums done here by hand
// and against the Report's own retention average), when orders stop being per customer on the
// curves, or when the comparison threshold lets a handful of customers in.
import { describe, expect, it } from 'vitest';
import { averageCurve, cellValues, comparableCohorts, COHORT_METRICS, curveValues, MIN_COMPARABLE } from '../../../../src/report/lifecycle/cohort-metrics';
import { CDNOW_COHORTS, cohort, cohortsReport, SAMPLE_COHORTS } from './fixtures';

describe('cell values', () => {
  const c = SAMPLE_COHORTS.cohorts[0];
  it.each([
    ['retention', c.retention],
    ['returnOn', c.returnOn],
    ['revenueRetention', c.revenueRetention],
    ['cumulativeRevenue', c.cumulativeRevenuePerCustomer],
    ['orders', c.orders],
  ] as const)('%s', (m, expected) => {
    expect(cellValues(c, m)).toBe(expected);
  });

  it('curves plot orders per customer, and skip undefined revenue retention', () => {
    expect(curveValues(c, 'orders')[1]).toEqual({ k: 1, value: c.orders[1] / c.size });
    const r = cohort('2023-01', 10, [10, 5, 0]);
    r.revenue = [0, 50, 0];
    r.revenueRetention = [null, null, null];
    expect(curveValues(r, 'revenueRetention')).toEqual([]);
  });
});

describe('average curves', () => {
  // Sizes 100 and 300; the second cohort reached k = 1 only.
  const r = cohortsReport([cohort('2023-01', 100, [100, 40, 20]), cohort('2023-02', 300, [300, 60])]);

  it('retention and return-on come from the Report', () => {
    expect(averageCurve(SAMPLE_COHORTS, 'retention')).toEqual(SAMPLE_COHORTS.average.map((p) => ({ k: p.k, value: p.retention })));
    expect(averageCurve(r, 'retention').map((p) => p.value)).toEqual([1, 100 / 400, 0.2]);
  });

  it('revenue retention: Σ revenue k ÷ Σ revenue 0 over the cohorts that reached k', () => {
    expect(averageCurve(r, 'revenueRetention').map((p) => p.value)).toEqual([1, (400 + 600) / (1000 + 3000), 200 / 1000]);
  });

  it('cumulative revenue per customer and orders per customer are weighted by size', () => {
    expect(averageCurve(r, 'cumulativeRevenue').map((p) => p.value)).toEqual([10, (1400 + 3600) / 400, 1600 / 100]);
    expect(averageCurve(r, 'orders').map((p) => p.value)).toEqual([1, 100 / 400, 0.2]);
  });

  it('every metric has a value at k = 0 on real data', () => {
    for (const m of COHORT_METRICS) expect(averageCurve(CDNOW_COHORTS, m)[0].k).toBe(0);
  });

  it('CDNOW orders per customer at k = 7: the three Q1 cohorts and November 1997, by hand', () => {
    const reached = CDNOW_COHORTS.cohorts.filter((c) => c.orders.length > 7);
    expect(reached).toHaveLength(4);
    const byHand = reached.reduce((n, c) => n + c.orders[7], 0) / reached.reduce((n, c) => n + c.size, 0);
    expect(averageCurve(CDNOW_COHORTS, 'orders')[7].value).toBeCloseTo(byHand, 12);
    expect(averageCurve(CDNOW_COHORTS, 'orders')).toHaveLength(CDNOW_COHORTS.average.length);
  });
});

describe('comparable cohorts', () => {
  it(`at least ${MIN_COMPARABLE} customers`, () => {
    const { cohorts, minSize } = comparableCohorts(CDNOW_COHORTS.cohorts);
    expect(minSize).toBe(MIN_COMPARABLE);
    expect(cohorts.map((c) => c.period)).toEqual(['1997-01', '1997-02', '1997-03']);
    expect(comparableCohorts([cohort('a', 30, [30]), cohort('b', 29, [29])]).cohorts.map((c) => c.period)).toEqual(['a']);
  });
});

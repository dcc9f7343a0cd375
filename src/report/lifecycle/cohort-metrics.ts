/**
 * The five cohort matrices the Report carries, read uniformly: the value of a heatmap cell, the
 * value a curve plots (orders become orders per customer, so cohorts of different sizes compare),
 * and the average curve over the cohorts that reached k. Retention and return-on averages come
 * from the Report (size-weighted); the others are weighted the same way here, from the same arrays.
 */
import type { AverageCurvePoint, Cohort, CohortsReport } from '../../analysis/lifecycle/types';

export type CohortMetric = 'retention' | 'returnOn' | 'revenueRetention' | 'cumulativeRevenue' | 'orders';

export const COHORT_METRICS: readonly CohortMetric[] = ['retention', 'returnOn', 'revenueRetention', 'cumulativeRevenue', 'orders'];

/** How a metric's numbers read: a share of the cohort, money per customer, or a count. */
export type MetricKind = 'share' | 'money' | 'count';

export const METRIC_KIND: Record<CohortMetric, MetricKind> = {
  retention: 'share',
  returnOn: 'share',
  revenueRetention: 'share',
  cumulativeRevenue: 'money',
  orders: 'count',
};

/** The definition (Report.definitions key) shown next to each matrix. */
export const METRIC_DEFINITION: Record<CohortMetric, 'retention' | 'return_on' | 'revenue_retention' | 'cumulative_revenue' | 'orders'> = {
  retention: 'retention',
  returnOn: 'return_on',
  revenueRetention: 'revenue_retention',
  cumulativeRevenue: 'cumulative_revenue',
  orders: 'orders',
};

export type CohortsOk = Extract<CohortsReport, { status: 'ok' }>;

export interface CurvePoint {
  k: number;
  value: number;
}

export function cellValues(c: Cohort, m: CohortMetric): (number | null)[] {
  switch (m) {
    case 'retention':
      return c.retention;
    case 'returnOn':
      return c.returnOn;
    case 'revenueRetention':
      return c.revenueRetention;
    case 'cumulativeRevenue':
      return c.cumulativeRevenuePerCustomer;
    case 'orders':
      return c.orders;
  }
}

/** A cohort's curve: the cell values, with orders per customer instead of order counts. */
export function curveValues(c: Cohort, m: CohortMetric): CurvePoint[] {
  const values = m === 'orders' ? c.orders.map((o) => (c.size > 0 ? o / c.size : null)) : cellValues(c, m);
  return values.flatMap((value, k) => (value === null ? [] : [{ k, value }]));
}

/** The size-weighted average curve over the cohorts that reached each k. */
export function averageCurve(r: Pick<CohortsOk, 'cohorts' | 'average'>, m: CohortMetric): CurvePoint[] {
  if (m === 'retention' || m === 'returnOn') return r.average.map((p: AverageCurvePoint) => ({ k: p.k, value: p[m] }));
  const out: CurvePoint[] = [];
  const maxK = Math.max(-1, ...r.cohorts.map((c) => c.active.length - 1));
  for (let k = 0; k <= maxK; k++) {
    const reached = r.cohorts.filter((c) => c.active.length > k);
    let num = 0;
    let den = 0;
    for (const c of reached) {
      if (m === 'revenueRetention') {
        // A cohort whose first period had no positive revenue has no revenue retention to average.
        if (c.revenue[0] <= 0) continue;
        num += c.revenue[k];
        den += c.revenue[0];
      } else if (m === 'cumulativeRevenue') {
        num += c.cumulativeRevenuePerCustomer[k] * c.size;
        den += c.size;
      } else {
        num += c.orders[k];
        den += c.size;
      }
    }
    if (den > 0) out.push({ k, value: num / den });
  }
  return out;
}

/**
 * Cohorts large enough to compare in a sentence: at least 30 customers, so that the two customers
 * CDNOW won in a quiet November 1997 are not "the cohort that churned fastest". The executive
 * summary (src/report/summary/summary.ts) judges cohorts by the same size, so both name the same ones.
 */
export function comparableCohorts(cohorts: readonly Cohort[]): { cohorts: Cohort[]; minSize: number } {
  return { cohorts: cohorts.filter((c) => c.size >= MIN_COMPARABLE), minSize: MIN_COMPARABLE };
}

export const MIN_COMPARABLE = 30;

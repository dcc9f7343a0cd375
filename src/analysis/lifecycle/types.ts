/** The lifecycle chapter of the Report: plain JSON (numbers, strings, null; no bigint, no NaN). */
import type { CohortBasis, CohortPeriod, LifecycleOptions } from './options';

export interface Cohort {
  /** Period label: YYYY-MM for months, the Monday (YYYY-MM-DD) of an ISO week for weeks. */
  period: string;
  size: number;
  /** The cohort's own period is the last data period: only partly observed. */
  partial: boolean;
  /** Index k = 0 .. (last data period − cohort period); every array below has that length. */
  active: number[];
  /** Customers active in period k or any later period. */
  onOrAfter: number[];
  /** active / size and onOrAfter / size. */
  returnOn: number[];
  retention: number[];
  /** Revenue of the cohort's customers in period k (netted returns included). */
  revenue: number[];
  /** revenue[k] / revenue[0]; null when revenue[0] <= 0. */
  revenueRetention: (number | null)[];
  /** Σ revenue[0..k] / size. */
  cumulativeRevenuePerCustomer: number[];
  orders: number[];
  /** 1 − retention at the churn horizons (null when the cohort has not reached them). */
  churnShort: number | null;
  churnLong: number | null;
}

export interface AverageCurvePoint {
  k: number;
  /** Cohorts that reached k, and their customers (the weights). */
  cohorts: number;
  customers: number;
  returnOn: number;
  retention: number;
}

export type CohortsReport =
  | { status: 'unavailable'; reason: 'no-customers' | 'no-order-time' }
  | {
      status: 'ok';
      period: CohortPeriod;
      basis: CohortBasis;
      /** Buyers whose cohort came from their signup date (basis = signup); 0 otherwise. */
      fromSignup: number;
      firstPeriod: string;
      lastPeriod: string;
      /** The last data period ends after the last purchase date (it is only partly observed). */
      lastPeriodPartial: boolean;
      cohorts: Cohort[];
      average: AverageCurvePoint[];
      /** Churn horizons in periods: 3 and 6 months, or 13 and 26 weeks. */
      horizons: { short: number; long: number };
      churn: { short: number | null; long: number | null };
    };

export type ChannelVerdict = 'high-value' | 'promising' | 'weak' | 'too-few';

export interface ChannelRow {
  channel: string | null;
  customers: number;
  share: number;
  /** Registered customers (signup date, signed up ≥ 30 days before the last data day) and how many bought within 30 days. */
  registered: number | null;
  converted30: number | null;
  conversion30: number | null;
  /** Customers old enough to reach the long horizon, and the share active then or later. */
  retainedBase: number;
  retentionLong: number | null;
  revenue: number;
  revenuePerCustomer: number;
  orders: number;
  averageOrderValue: number | null;
  verdict: ChannelVerdict;
}

export type ChannelsReport =
  | { status: 'unavailable'; reason: 'no-channel' | 'no-customers' }
  | {
      status: 'ok';
      source: 'customers' | 'first-order';
      /** Ranked by revenue, descending. */
      channels: ChannelRow[];
      average: { revenuePerCustomer: number; retentionLong: number | null; conversion30: number | null };
      rule: { text: string; minCustomers: number; horizon: number };
    };

export interface FunnelStep {
  key: string;
  people: number;
  /** people / people of the previous step (1 for the first step); null when the previous step has nobody. */
  fromPrevious: number | null;
  fromStart: number | null;
  /** people of the previous step − people. */
  dropOff: number;
  /** Median seconds from the previous step's event on each person's path; null for step 1 or nobody. */
  medianSeconds: number | null;
}

export interface FunnelBreakdown {
  channel: string | null;
  steps: FunnelStep[];
}

export type FunnelReport =
  | { status: 'unavailable'; reason: 'no-events-no-status' | 'no-steps' }
  | {
      status: 'ok';
      kind: 'events';
      windowDays: number;
      /** Events read, events matching a step, distinct people with any step. */
      events: number;
      matched: number;
      /** Event names that matched no step, most frequent first (up to 20), so the mapping can be edited. */
      unmatched: { name: string; events: number }[];
      steps: FunnelStep[];
      breakdownSource: 'events' | 'customers' | 'first-order' | null;
      breakdown: FunnelBreakdown[];
    }
  | {
      status: 'ok';
      kind: 'order-status';
      /** Orders with a status, by the furthest stage their status implies. */
      steps: FunnelStep[];
      statuses: { status: string; stage: string; orders: number }[];
    };

export interface ActivityPoint {
  period: string;
  active: number;
}

export interface StickinessMonth {
  month: string;
  complete: boolean;
  mau: number;
  meanDau: number;
  meanWau: number;
  dauMau: number | null;
  wauMau: number | null;
}

export interface ActivitySeries {
  basis: 'purchases' | 'events';
  daily: ActivityPoint[];
  weekly: ActivityPoint[];
  monthly: ActivityPoint[];
  months: StickinessMonth[];
  /** Means over complete months (all months when none is complete). */
  dauMau: number | null;
  wauMau: number | null;
}

export interface ActivityReport {
  purchases: ActivitySeries | null;
  events: ActivitySeries | null;
}

export interface LifecycleReport {
  options: LifecycleOptions;
  cohorts: CohortsReport;
  channels: ChannelsReport;
  funnel: FunnelReport;
  activity: ActivityReport;
  /** Definitions shown next to the numbers. */
  definitions: Record<string, string>;
}

/**
 * Lifecycle parts of real Reports, frozen as JSON so the findings are checked on real numbers:
 * sample-en.json is the English sample data's Report (src/analysis/sample, default settings;
 * activity's daily and weekly series cut to their first weeks), cdnow.json CDNOW master's.
 * Builders below make the small variations a test needs without touching the frozen files.
 */
import { readFileSync } from 'node:fs';
import type { ChannelsReport, Cohort, CohortsReport, FunnelReport, LifecycleReport } from '../../../../src/analysis/lifecycle/types';
import { I18n } from '../../../../src/i18n/i18n.svelte';

type Frozen = Omit<LifecycleReport, 'definitions'>;

function load(name: string): Frozen {
  return Object.freeze(JSON.parse(readFileSync(new URL(name, import.meta.url), 'utf8'))) as Frozen;
}

export const SAMPLE = load('./sample-en.json');
export const CDNOW = load('./cdnow.json');

export type CohortsOk = Extract<CohortsReport, { status: 'ok' }>;
export type ChannelsOk = Extract<ChannelsReport, { status: 'ok' }>;
export type EventFunnel = Extract<FunnelReport, { status: 'ok'; kind: 'events' }>;

export const SAMPLE_COHORTS = SAMPLE.cohorts as CohortsOk;
export const CDNOW_COHORTS = CDNOW.cohorts as CohortsOk;
export const SAMPLE_CHANNELS = SAMPLE.channels as ChannelsOk;
export const SAMPLE_FUNNEL = SAMPLE.funnel as EventFunnel;

export const en = new I18n('en');
export const zh = new I18n('zh-CN');

/** A deep copy to change. */
export function copy<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

/**
 * A cohort from its on-or-after counts; for simplicity the customers active in period k are
 * those counts too, each bringing 10 of revenue and one order.
 */
export function cohort(period: string, size: number, onOrAfter: number[], horizons = { short: 3, long: 6 }): Cohort {
  const active = [...onOrAfter];
  const revenue = active.map((n) => n * 10);
  let sum = 0;
  const retention = onOrAfter.map((n) => n / size);
  return {
    period,
    size,
    partial: false,
    active,
    onOrAfter,
    returnOn: active.map((n) => n / size),
    retention,
    revenue,
    revenueRetention: revenue.map((r) => (revenue[0] > 0 ? r / revenue[0] : null)),
    cumulativeRevenuePerCustomer: revenue.map((r) => (sum += r) / size),
    orders: active,
    churnShort: retention.length > horizons.short ? 1 - retention[horizons.short] : null,
    churnLong: retention.length > horizons.long ? 1 - retention[horizons.long] : null,
  };
}

/** A cohorts report over the given cohorts, with the size-weighted average the analysis computes. */
export function cohortsReport(cohorts: Cohort[], period: 'month' | 'week' = 'month'): CohortsOk {
  const horizons = period === 'week' ? { short: 13, long: 26 } : { short: 3, long: 6 };
  const maxK = Math.max(...cohorts.map((c) => c.active.length - 1));
  const average = Array.from({ length: maxK + 1 }, (_, k) => {
    const reached = cohorts.filter((c) => c.active.length > k);
    const customers = reached.reduce((n, c) => n + c.size, 0);
    return {
      k,
      cohorts: reached.length,
      customers,
      returnOn: reached.reduce((n, c) => n + c.active[k], 0) / customers,
      retention: reached.reduce((n, c) => n + c.onOrAfter[k], 0) / customers,
    };
  });
  const at = (k: number) => (average[k] ? 1 - average[k].retention : null);
  return {
    status: 'ok',
    period,
    basis: 'first-purchase',
    fromSignup: 0,
    firstPeriod: cohorts[0].period,
    lastPeriod: cohorts.at(-1)!.period,
    lastPeriodPartial: false,
    cohorts,
    average,
    horizons,
    churn: { short: at(horizons.short), long: at(horizons.long) },
  };
}

export const text = (parts: { text: string }[]) => parts.map((p) => p.text).join('');
export const values = (parts: { text: string; value: boolean }[]) => parts.filter((p) => p.value).map((p) => p.text);

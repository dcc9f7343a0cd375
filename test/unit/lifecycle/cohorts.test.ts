// Breaks when a cohort matrix (customers active in period k, on-or-after retention and its
// "reached k" rule, revenue, orders, cohort sizes) differs from an independent pandas
// computation of the same definitions after the same default cleaning
// (test/reference/lifecycle/make_reference.py wrote reference.json), cell by cell, on CDNOW master
// and Online Retail; or when the derived rates, averages and churn stop following from the counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Engine } from '../../../workers/engine';
import type { MappedDataset } from '../../../workers/protocol';
import type { Report } from '../../../src/analysis/report';
import { lifecycleOptions, runLifecycle, type CohortsReport, type LifecycleSettings } from '../../../src/analysis/lifecycle';
import type { DatasetInput } from '../../../src/analysis/report';
import { periodIndexSql, periodLabel } from '../../../src/analysis/lifecycle/periods';
import { data } from '../../support/datasets';
import { openEngine, sourceFiles } from '../../support/engine';
import { chapter } from '../../support/chapter';

interface RefCohort { size: number; active: number[]; on_or_after: number[]; revenue: number[]; orders: number[] }
interface Ref { first: string; last: string; customers: number; cohorts: Record<string, RefCohort> }
const ref = JSON.parse(readFileSync(new URL('../../reference/lifecycle/reference.json', import.meta.url), 'utf8')) as Record<string, Ref>;

let engine: Engine;
beforeAll(async () => {
  engine = await openEngine();
});
afterAll(() => engine.bindings.reset());

async function load(path: string): Promise<MappedDataset[]> {
  const r = await engine.load(await sourceFiles(data(path)), () => {});
  expect(r.errors).toEqual([]);
  return r.datasets.map((d) => ({ id: d.id, kind: d.kind, columns: d.columns }));
}

/** The lifecycle step alone, on the views the last report left (tx_clean ...): cheaper than a second report. */
async function lifecycleAgain(mapping: MappedDataset[], settings: LifecycleSettings) {
  const datasets: DatasetInput[] = mapping.map((m) => ({ id: m.id, name: m.id, table: '', kind: m.kind, files: [], rows: 0, columns: m.columns }));
  return runLifecycle(engine.db, { datasets, options: lifecycleOptions(settings) });
}

function ok(c: CohortsReport): Extract<CohortsReport, { status: 'ok' }> {
  if (c.status !== 'ok') throw new Error(`cohorts unavailable: ${c.reason}`);
  return c;
}

function expectMatches(c: Extract<CohortsReport, { status: 'ok' }>, r: Ref): void {
  expect(c.firstPeriod).toBe(r.first);
  expect(c.lastPeriod).toBe(r.last);
  expect(c.cohorts.map((x) => x.period)).toEqual(Object.keys(r.cohorts).sort());
  expect(c.cohorts.reduce((s, x) => s + x.size, 0)).toBe(r.customers);
  for (const co of c.cohorts) {
    const want = r.cohorts[co.period];
    expect(co.size, co.period).toBe(want.size);
    expect(co.active, co.period).toEqual(want.active);
    expect(co.onOrAfter, co.period).toEqual(want.on_or_after);
    expect(co.orders, co.period).toEqual(want.orders);
    expect(co.revenue.length).toBe(want.revenue.length);
    co.revenue.forEach((v, k) => expect(v, `${co.period} k=${k}`).toBeCloseTo(want.revenue[k], 4));
  }
}

/** Rates, averages and churn follow from the counts. */
function expectConsistent(c: Extract<CohortsReport, { status: 'ok' }>): void {
  for (const co of c.cohorts) {
    expect(co.active[0]).toBe(co.size); // first-purchase basis: everyone buys in period 0
    expect(co.retention[0]).toBe(1);
    co.onOrAfter.forEach((n, k) => {
      expect(n).toBeGreaterThanOrEqual(co.active[k]);
      if (k > 0) expect(n).toBeLessThanOrEqual(co.onOrAfter[k - 1]);
      expect(co.retention[k]).toBeCloseTo(n / co.size, 12);
    });
    expect(co.cumulativeRevenuePerCustomer.at(-1)!).toBeCloseTo(co.revenue.reduce((s, x) => s + x, 0) / co.size, 6);
    expect(co.churnLong).toBe(co.onOrAfter.length > 6 ? 1 - co.onOrAfter[6] / co.size : null);
  }
  for (const a of c.average) {
    const reached = c.cohorts.filter((co) => co.onOrAfter.length > a.k);
    const size = reached.reduce((s, co) => s + co.size, 0);
    expect(a.customers).toBe(size);
    expect(a.retention).toBeCloseTo(reached.reduce((s, co) => s + co.onOrAfter[a.k], 0) / size, 12);
  }
  const at3 = c.average.find((a) => a.k === 3);
  expect(c.churn.short).toBeCloseTo(1 - at3!.retention, 12);
  expect(c.cohorts.filter((co) => co.partial).map((co) => co.period)).toEqual(c.cohorts.at(-1)!.period === c.lastPeriod ? [c.lastPeriod] : []);
  expect(JSON.parse(JSON.stringify(c))).toEqual(c); // plain JSON, no NaN or bigint
}

describe('monthly cohorts on CDNOW master', () => {
  let report: Report;
  let mapping: MappedDataset[];
  beforeAll(async () => {
    mapping = await load('cdnow/CDNOW_master.txt');
    report = await engine.report(mapping, {}, () => {});
  }, 120_000);

  it('equal the pandas matrices cell by cell', () => expectMatches(ok(chapter(report.lifecycle).cohorts), ref.cdnow_master));
  it('derive rates, the average curve and churn from the counts', () => expectConsistent(ok(chapter(report.lifecycle).cohorts)));

  it('weekly cohorts hold the same customers and revenue', async () => {
    const weekly = ok((await lifecycleAgain(mapping, { cohortPeriod: 'week' })).cohorts);
    const monthly = ok(chapter(report.lifecycle).cohorts);
    expect(weekly.horizons).toEqual({ short: 13, long: 26 });
    expect(weekly.cohorts.reduce((s, c) => s + c.size, 0)).toBe(monthly.cohorts.reduce((s, c) => s + c.size, 0));
    const total = (c: typeof monthly) => c.cohorts.reduce((s, x) => s + x.revenue.reduce((a, b) => a + b, 0), 0);
    expect(total(weekly)).toBeCloseTo(total(monthly), 4);
    for (const c of weekly.cohorts) expect(new Date(`${c.period}T00:00:00Z`).getUTCDay()).toBe(1); // ISO weeks start on Monday
  }, 60_000);
});

describe('monthly cohorts on Online Retail', () => {
  let report: Report;
  let mapping: MappedDataset[];
  beforeAll(async () => {
    mapping = await load('online_retail/online_retail.csv.gz');
    const t = performance.now();
    report = await engine.report(mapping, {}, () => {});
    const t1 = performance.now();
    const again = await lifecycleAgain(mapping, {});
    console.log(`Online Retail: report ${Math.round(t1 - t)} ms; lifecycle step alone ${Math.round(performance.now() - t1)} ms`);
    expect(again).toEqual(chapter(report.lifecycle)); // deterministic
  }, 120_000);

  it('equal the pandas matrices cell by cell', () => expectMatches(ok(chapter(report.lifecycle).cohorts), ref.online_retail));
  it('derive rates, the average curve and churn from the counts', () => expectConsistent(ok(chapter(report.lifecycle).cohorts)));
  it('mark December 2011 as a partial last month', () => {
    const c = ok(chapter(report.lifecycle).cohorts);
    expect(c.lastPeriodPartial).toBe(true);
    expect(c.cohorts.at(-1)).toMatchObject({ period: '2011-12', partial: true });
  });
});

describe('period SQL and labels', () => {
  it.each([
    ['month', 'order_time', '(year(order_time) * 12 + month(order_time) - 1)'],
    ['week', 't', "CAST(floor(date_diff('day', DATE '1900-01-01', CAST(t AS DATE)) / 7) AS BIGINT)"],
  ] as const)('%s index of %s', (unit, t, sql) => expect(periodIndexSql(unit, t)).toBe(sql));
  it.each([
    ['month', 2010 * 12 + 11, '2010-12'],
    ['month', 1997 * 12, '1997-01'],
    ['week', 0, '1900-01-01'],
    ['week', 5478, '2004-12-27'],
  ] as const)('%s %i is %s', (unit, i, label) => expect(periodLabel(unit, i)).toBe(label));
});

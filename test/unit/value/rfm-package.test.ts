// Breaks when RFM scoring or the named segments drift from the R `rfm` package on the package's
// own data (test/data/rfm_orders/rfm_data_orders.csv, 4,906 orders of 995 customers, analysis
// date 2006-12-31, every cleaning rule off). Reference numbers:
// - quantile edges R 115 / 181 / 297.4 / 482, F 4 / 5 / 6 / 8, M 255.8 / 382 / 506.4 / 666
//   (type-7 quantiles + 1, rfm's utils.R bins(); /work/shared/notes/domain.md);
// - customers, orders and revenue per segment as published by the package's documentation for
//   exactly this data and these rules, the rfm_segment_summary example at
//   https://rfm.rsquaredacademy.com/reference/rfm_segment_summary
// The package's recency is analysis_date − order_date in days, its frequency the number of rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../workers/engine';
import type { MappedDataset } from '../../../workers/protocol';
import type { Report } from '../../../src/analysis/report';
import type { DatasetInput } from '../../../src/analysis/report';
import { customerResultsExportSql, runValue, valueOptions, type ValueSettings } from '../../../src/analysis/value';
import type { ValueReport, ValueReportOk } from '../../../src/analysis/value/types';
import { data } from '../../support/datasets';
import { openEngine, sourceFiles } from '../../support/engine';
import { NO_CLEANING } from '../../support/no-cleaning';
import { chapter } from '../../support/chapter';

const PUBLISHED: Record<string, [customers: number, orders: number, revenue: number]> = {
  about_to_sleep: [102, 283, 23449],
  at_risk: [28, 216, 22227],
  cant_lose_them: [47, 274, 32446],
  champions: [35, 316, 31646],
  lost: [148, 393, 35324],
  loyal_customers: [170, 799, 76562],
  need_attention: [10, 57, 4562],
  new_customers: [104, 329, 28837],
  potential_loyalist: [342, 2211, 204856],
  promising: [9, 28, 4249],
};

let engine: Engine;
let mapping: MappedDataset[];
let inputs: DatasetInput[];
let report: Report;
let v: ValueReportOk;

function ok(x: ValueReport): ValueReportOk {
  if (x.status !== 'ok') throw new Error(x.reason);
  return x;
}

function segmentTable(x: ValueReportOk) {
  return Object.fromEntries(x.segments.named.segments.filter((s) => s.customers > 0).map((s) => [s.id, [s.customers, s.orders, s.revenue]]));
}

beforeAll(async () => {
  engine = await openEngine();
  const loaded = await engine.load(await sourceFiles(data('rfm_orders/rfm_data_orders.csv')), () => {});
  expect(loaded.errors).toEqual([]);
  mapping = loaded.datasets.map((d) => ({ id: d.id, kind: d.kind, columns: d.columns }));
  // As Engine.inputs() builds them, to re-run only the value step with other options.
  inputs = loaded.datasets.map((d) => ({
    id: d.id,
    name: d.name,
    table: d.table,
    kind: d.kind,
    files: d.files.map((f) => f.path),
    rows: d.rows,
    columns: d.columns.map((c) => ({ name: c.name, role: c.role, format: c.format })),
  }));
  report = await engine.report(mapping, { ...NO_CLEANING, analysisDate: '2006-12-31' }, () => {});
  v = ok(chapter(report.value));
});
afterAll(() => engine.bindings.reset());

async function rerun(settings: ValueSettings, analysisDate: string | null = '2006-12-31'): Promise<ValueReportOk> {
  return ok(await runValue(engine.db, { datasets: inputs, analysisDate, options: valueOptions(settings), returnsNetted: false }));
}

describe('the rfm package reference case', () => {
  it('has 995 customers and 4,906 orders (one row = one order)', () => {
    expect(v.analysisDate).toBe('2006-12-31');
    expect(v.definitions.analysisDate).toBe('option');
    expect(v.definitions.orders).toBe('rows');
    expect(v.customers).toBe(995);
    expect(v.orders).toBe(4906);
    expect(v.excluded).toEqual({ customers: 0, linesAfterAnalysisDate: 0 });
  });

  it('finds the package quantile edges', () => {
    const e = v.scoring.edges!;
    const close = (got: number[], want: number[]) => got.forEach((g, i) => expect(g).toBeCloseTo(want[i], 9));
    close(e.recency, [115, 181, 297.4, 482]);
    close(e.frequency, [4, 5, 6, 8]);
    close(e.monetary, [255.8, 382, 506.4, 666]);
    close(v.scoring.quantiles!.monetary, [254.8, 381, 505.4, 665]);
    expect(v.scoring.probabilities).toEqual([0.2, 0.4, 0.6, 0.8]);
  });

  it('reproduces the published segment summary: customers, orders and revenue of each segment', () => {
    expect(segmentTable(v)).toEqual(PUBLISHED);
    expect(v.segments.named.segments.find((s) => s.id === 'others')!.customers).toBe(0);
    expect(v.segments.lead).toBe('named');
  });

  it('uses the same 5-bin quantile scores for the named segments when the chosen scores have other levels', async () => {
    const four = await rerun({ rfm: { bins: 4 } });
    expect(four.scoring.levels).toBe(4);
    expect(four.scoring.named.scores).toBe('quantile-5');
    expect(four.scoring.named.edges!.frequency).toEqual([4, 5, 6, 8]);
    expect(segmentTable(four)).toEqual(PUBLISHED);
    expect(four.distributions.scores.recency.reduce((a, b) => a + b, 0)).toBe(995);
  });

  it('rank scores make equal bins (995 / 5 = 199 each)', async () => {
    const rank = await rerun({ rfm: { method: 'rank' } });
    expect(rank.scoring.rankOrder).toBe('value, customer_id');
    for (const d of ['recency', 'frequency', 'monetary'] as const) expect(rank.distributions.scores[d]).toEqual([199, 199, 199, 199, 199]);
  });

  it('the default analysis date is the day after the last order, which is 2006-12-31 here', async () => {
    const auto = await rerun({}, null);
    expect(auto.analysisDate).toBe('2006-12-31');
    expect(auto.definitions.analysisDate).toBe('day-after-last-transaction');
    expect(segmentTable(auto)).toEqual(PUBLISHED);
  });

  it('exports one row per customer with scores and the three segments, and keeps the Report small and plain', async () => {
    const again = await engine.report(mapping, { ...NO_CLEANING, analysisDate: '2006-12-31' }, () => {});
    // Same files and settings, same chapter byte for byte (after other options ran in between).
    expect(JSON.stringify(chapter(again.value))).toBe(JSON.stringify(chapter(report.value)));
    const rows = await engine.db.query(customerResultsExportSql());
    expect(rows).toHaveLength(995);
    expect(Object.keys(rows[0])).toEqual(['customer_id', 'recency_days', 'frequency', 'monetary', 'r_score', 'f_score', 'm_score', 'rfm_score', 'named_segment', 'eight_class', 'tier']);
    const bySegment = new Map<string, number>();
    for (const r of rows) bySegment.set(String(r.named_segment), (bySegment.get(String(r.named_segment)) ?? 0) + 1);
    expect(Object.fromEntries(bySegment)).toEqual(Object.fromEntries(Object.entries(PUBLISHED).map(([k, x]) => [k, x[0]])));
    const json = JSON.stringify(chapter(report.value));
    expect(JSON.parse(json)).toEqual(chapter(report.value));
    expect(json).not.toMatch(/NaN|Infinity/);
    expect(json.length).toBeLessThan(60_000);
    expect(json).not.toContain('Brion Stark');
  });
});

// Breaks when the customer table, the scores or the concentration numbers of a real export drift
// from an independent pandas computation (test/reference/value/make_reference.py, which restates
// the default cleaning rules and the definitions of domain.md; it wrote <name>.csv with every
// customer's recency, frequency, monetary and rank scores, and reference.json): recency,
// frequency and monetary of EVERY customer, pandas qcut(rank(method="first"), 5) bins of every
// customer, the quantile edges and the named-segment counts on them, the eight-class counts
// (mean and median), the top-1/5/10/20/50% revenue shares (top 20% to 0.01 percentage points) and
// the Gini coefficient. Online Retail and CDNOW master, with the DEFAULT cleaning. Also prints
// how long the value step takes on Online Retail.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetInput } from '../../../src/analysis/report';
import { runValue } from '../../../src/analysis/value';
import { valueOptions, type ValueSettings } from '../../../src/analysis/value/options';
import type { ValueReportOk } from '../../../src/analysis/value/types';
import type { Engine } from '../../../workers/engine';
import { data } from '../../support/datasets';
import { openEngine, sourceFiles } from '../../support/engine';
import { chapter } from '../../support/chapter';

const REF = JSON.parse(readFileSync(new URL('../../reference/value/reference.json', import.meta.url), 'utf8'));

interface RefCustomer {
  recency: number;
  frequency: number;
  monetary: number;
  r: number;
  f: number;
  m: number;
}

function fixture(name: string): Map<string, RefCustomer> {
  const text = readFileSync(new URL(`../../reference/value/${name}.csv`, import.meta.url), 'utf8');
  const [, ...lines] = text.trim().split('\n');
  return new Map(
    lines.map((l) => {
      const [id, recency, frequency, monetary, r, f, m] = l.split(',');
      return [id, { recency: +recency, frequency: +frequency, monetary: +monetary, r: +r, f: +f, m: +m }];
    }),
  );
}

let engine: Engine;
beforeAll(async () => {
  engine = await openEngine();
});
afterAll(() => engine.bindings.reset());

async function setUp(file: string): Promise<{ inputs: DatasetInput[]; v: ValueReportOk }> {
  const loaded = await engine.load(await sourceFiles(data(file)), () => {});
  expect(loaded.errors).toEqual([]);
  const mapping = loaded.datasets.map((d) => ({ id: d.id, kind: d.kind, columns: d.columns }));
  const report = await engine.report(mapping, {}, () => {});
  const v = chapter(report.value);
  if (v.status !== 'ok') throw new Error(v.reason);
  // As Engine.inputs() builds them, to re-run only the value step with other options.
  const inputs = loaded.datasets.map((d) => ({
    id: d.id,
    name: d.name,
    table: d.table,
    kind: d.kind,
    files: d.files.map((f) => f.path),
    rows: d.rows,
    columns: d.columns.map((c) => ({ name: c.name, role: c.role, format: c.format })),
  }));
  return { inputs, v };
}

async function rerun(inputs: DatasetInput[], settings: ValueSettings): Promise<ValueReportOk> {
  const v = await runValue(engine.db, { datasets: inputs, analysisDate: null, options: valueOptions(settings), returnsNetted: false });
  if (v.status !== 'ok') throw new Error(v.reason);
  return v;
}

async function customerRows(): Promise<Map<string, Record<string, unknown>>> {
  const rows = await engine.db.query(`SELECT customer_id, recency_days, frequency, monetary, r_score, f_score, m_score FROM customer_results`);
  return new Map(rows.map((r) => [String(r.customer_id), r]));
}

function checkAgainstPandas(name: string, get: () => { inputs: DatasetInput[]; v: ValueReportOk }) {
  const ref = REF[name];
  const expected = fixture(name);

  it('analysis date, customers, orders and revenue', () => {
    const { v } = get();
    expect(v.analysisDate).toBe(ref.analysis_date);
    expect(v.customers).toBe(ref.customers);
    expect(v.orders).toBe(ref.orders);
    expect(v.revenue).toBeCloseTo(ref.revenue, 4);
    expect(v.behaviour.repeatCustomers).toBe(ref.repeat_customers);
  });

  it('recency, frequency and monetary of every customer', async () => {
    const rows = await customerRows();
    expect(rows.size).toBe(expected.size);
    const wrong: string[] = [];
    for (const [id, e] of expected) {
      const r = rows.get(id);
      if (!r) {
        wrong.push(`${id}: missing`);
        continue;
      }
      if (r.recency_days !== e.recency || r.frequency !== e.frequency || Math.abs(Number(r.monetary) - e.monetary) > 1e-6 * Math.max(1, Math.abs(e.monetary))) {
        wrong.push(`${id}: ${r.recency_days}/${r.frequency}/${r.monetary} vs ${e.recency}/${e.frequency}/${e.monetary}`);
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('quantile edges (type 7, + 1) and the named segments on them', () => {
    const { v } = get();
    for (const d of ['recency', 'frequency', 'monetary'] as const) {
      v.scoring.quantiles![d].forEach((q, k) => expect(q).toBeCloseTo(ref.quantiles[d][k], 9));
      v.scoring.edges![d].forEach((e, k) => expect(e).toBeCloseTo(ref.quantiles[d][k] + 1, 9));
    }
    const counts = Object.fromEntries(v.segments.named.segments.filter((s) => s.customers > 0).map((s) => [s.id, s.customers]));
    expect(counts).toEqual(ref.named_counts);
  });

  it('eight-class counts against the mean', () => {
    const { v } = get();
    const counts = Object.fromEntries(v.segments.eightClass.segments.filter((s) => s.customers > 0).map((s) => [s.id, s.customers]));
    expect(counts).toEqual(ref.eight_class.mean.counts);
    for (const d of ['recency', 'frequency', 'monetary'] as const) {
      expect(v.segments.eightClass.thresholds[d]).toBeCloseTo(ref.eight_class.mean.thresholds[d], 9);
    }
  });

  it('top-20% revenue share to 0.01 percentage points, the other top shares and the Gini coefficient', () => {
    const { v } = get();
    expect(Math.abs(v.pareto.top20RevenueShare - ref.top_share['20'])).toBeLessThan(1e-4);
    for (const t of v.pareto.top) expect(t.revenueShare).toBeCloseTo(ref.top_share[String(Math.round(t.customerShare * 100))], 9);
    expect(v.pareto.gini).toBeCloseTo(ref.gini, 9);
    expect(v.pareto.lorenz).toHaveLength(101);
    expect(v.pareto.lorenz[80].revenueShare).toBeCloseTo(1 - ref.top_share['20'], 2);
  });

  it('rank scores equal pandas qcut(rank(method="first"), 5) for every customer; eight classes against the median', async () => {
    const { inputs } = get();
    const rank = await rerun(inputs, { rfm: { method: 'rank' }, segments: { eightClassBasis: 'median' } });
    const rows = await customerRows();
    const wrong: string[] = [];
    for (const [id, e] of expected) {
      const r = rows.get(id)!;
      if (r.r_score !== e.r || r.f_score !== e.f || r.m_score !== e.m) wrong.push(`${id}: ${r.r_score}${r.f_score}${r.m_score} vs ${e.r}${e.f}${e.m}`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(rank.distributions.scores.recency).toEqual(Object.values(ref.rank_counts.r));
    const counts = Object.fromEntries(rank.segments.eightClass.segments.filter((s) => s.customers > 0).map((s) => [s.id, s.customers]));
    expect(counts).toEqual(ref.eight_class.median.counts);
  });
}

describe('Online Retail, default cleaning, against pandas', () => {
  let ctx: { inputs: DatasetInput[]; v: ValueReportOk };
  beforeAll(async () => {
    ctx = await setUp('online_retail/online_retail.csv.gz');
  }, 180_000);
  checkAgainstPandas('online_retail', () => ctx);

  it('times the value step', async () => {
    const cpu = process.cpuUsage();
    const wall = performance.now();
    await rerun(ctx.inputs, {});
    const used = process.cpuUsage(cpu);
    console.log(`value step on Online Retail (4,338 customers, 392,692 lines): ${Math.round(performance.now() - wall)} ms wall, ${Math.round((used.user + used.system) / 1000)} ms CPU`);
  });
});

describe('CDNOW master, default cleaning, against pandas', () => {
  let ctx: { inputs: DatasetInput[]; v: ValueReportOk };
  beforeAll(async () => {
    ctx = await setUp('cdnow/CDNOW_master.txt');
  }, 120_000);
  checkAgainstPandas('cdnow', () => ctx);
});

// Breaks when the profile of a real 541,909-row export drifts from facts established without it:
// the UCI Online Retail README's row count, the duplicate-row and missing-CustomerID counts that
// the dataset is known for, the invoice count and date range, and counts of negative quantities
// and zero/negative prices recomputed here by a plain read_csv query over the same file. Also
// breaks when the profile gets much slower (its CPU time is printed) or stops being plain JSON.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetInput } from '../../../src/analysis/report';
import { profileDataset } from '../../../src/analysis/profile';
import type { ColumnProfile, DatasetProfile } from '../../../src/analysis/profile/types';
import type { Engine } from '../../../workers/engine';
import { data } from '../../support/datasets';
import { openEngine, sourceFiles } from '../../support/engine';

const FILE = data('online_retail/online_retail.csv.gz');

let engine: Engine;
let p: DatasetProfile;
const col = (name: string): ColumnProfile => p.columns.find((c) => c.name === name)!;

beforeAll(async () => {
  engine = await openEngine();
  const loaded = await engine.load(await sourceFiles(FILE), () => {});
  expect(loaded.errors).toEqual([]);
  const d = loaded.datasets[0];
  // As Engine.inputs() builds it for the report, with the columns as inferred.
  const input: DatasetInput = {
    id: d.id,
    name: d.name,
    table: d.table,
    kind: d.kind,
    files: d.files.map((f) => f.path),
    rows: d.rows,
    columns: d.columns.map((c) => ({ name: c.name, role: c.role, format: c.format })),
  };
  const cpu = process.cpuUsage();
  const wall = performance.now();
  p = await profileDataset(engine.db, input);
  const used = process.cpuUsage(cpu);
  console.log(`profile of Online Retail: ${Math.round(performance.now() - wall)} ms wall, ${Math.round((used.user + used.system) / 1000)} ms CPU`);
}, 180_000);
afterAll(() => engine.bindings.reset());

describe('Online Retail profile', () => {
  it('rows and duplicate rows', () => {
    expect(p.rows).toBe(541_909);
    expect(p.duplicateRows).toBe(5_268);
    expect(p.alerts).toEqual([{ code: 'duplicates', value: 5_268 }]);
    expect(p.columns.map((c) => c.name)).toEqual(['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country']);
  });

  it('CustomerID: 135,080 missing, 4,372 customers', () => {
    const c = col('CustomerID');
    expect(c.missing).toBe(135_080);
    expect(c.missingShare).toBeCloseTo(135_080 / 541_909, 12);
    expect(c.distinct).toBe(4_372);
    expect(c.alerts.map((a) => a.code)).toContain('high-missing');
  });

  it('InvoiceNo: 25,900 invoices; InvoiceDate: Dec 2010 to Dec 2011', () => {
    expect(col('InvoiceNo').distinct).toBe(25_900);
    expect(col('InvoiceNo').distinctApprox).toBeUndefined();
    const t = col('InvoiceDate');
    expect(t.earliest).toBe('2010-12-01T08:26:00');
    expect(t.latest).toBe('2011-12-09T12:50:00');
    expect(t.parsedShare).toBe(1);
    expect(t.histogram).toHaveLength(20);
    expect(t.histogram!.reduce((n, b) => n + b.count, 0)).toBe(541_909);
  });

  it('Quantity and UnitPrice: negatives and zeros match a plain read_csv count', async () => {
    engine.bindings.registerFileBuffer('/uploads/x.csv.gz', new Uint8Array(readFileSync(FILE)));
    const [ref] = await engine.db.query<{ qneg: number; pzero: number; pneg: number; qmin: number; qmax: number }>(
      `SELECT count_if(Quantity < 0) AS qneg, count_if(UnitPrice = 0) AS pzero, count_if(UnitPrice < 0) AS pneg, min(Quantity) AS qmin, max(Quantity) AS qmax
       FROM read_csv('/uploads/x.csv.gz', auto_detect = true)`,
    );
    const q = col('Quantity');
    expect(q.negatives).toBe(ref.qneg);
    expect(q.negatives).toBeGreaterThan(10_000);
    expect([q.min, q.max]).toEqual([ref.qmin, ref.qmax]);
    expect(q.alerts.map((a) => a.code)).toContain('negative');
    const u = col('UnitPrice');
    expect([ref.pzero, ref.pneg]).toEqual([2_515, 2]);
    expect(u.zeros).toBe(2_515);
    expect(u.negatives).toBe(2);
    expect(u.alerts.map((a) => a.code)).toEqual(expect.arrayContaining(['negative', 'skewed']));
  });

  it('Country: United Kingdom first; JSON-safe', () => {
    const c = col('Country');
    expect(c.top![0].value).toBe('United Kingdom');
    expect(c.top).toHaveLength(5);
    expect(c.distinct).toBe(38);
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
  });
});

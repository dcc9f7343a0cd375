// Breaks when the clusters chapter, run through the pipeline on Online Retail with the default
// cleaning, stops matching scikit-learn: the RFM features must equal the ones
// test/reference/kmeans/make_reference.py computed with pandas, every k's inertia must be within 1%
// of sklearn's KMeans(n_init=10) (or lower), and the silhouette must choose the same k. Also checks
// that labels are written back for every customer and that the chapter is deterministic.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Engine } from '../../../workers/engine';
import type { MappedDataset } from '../../../workers/protocol';
import type { Report } from '../../../src/analysis/report';
import { data } from '../../support/datasets';
import { openEngine, sourceFiles } from '../../support/engine';
import { chapter } from '../../support/chapter';

const ref = JSON.parse(readFileSync(new URL('../../reference/kmeans/online_retail.json', import.meta.url), 'utf8')) as {
  n: number;
  best_k: number;
  per_k: { k: number; inertia: number }[];
};
const features = readFileSync(new URL('../../reference/kmeans/online_retail.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(','));

let engine: Engine;
let mapping: MappedDataset[];
let report: Report;
beforeAll(async () => {
  engine = await openEngine();
  const loaded = await engine.load(await sourceFiles(data('online_retail/online_retail.csv.gz')), () => {});
  mapping = loaded.datasets.map((d) => ({ id: d.id, kind: d.kind, columns: d.columns }));
  report = await engine.report(mapping, {}, () => {});
}, 240_000);
afterAll(() => engine.bindings.reset());

describe('clusters on Online Retail', () => {
  it('cluster the same customers on the same R, F, M as the pandas reference', async () => {
    const rows = await engine.db.query<{ customer_id: string; recency_days: number; orders: number; revenue: number }>(
      'SELECT customer_id, recency_days, orders, revenue FROM customers_rfm ORDER BY customer_id',
    );
    expect(rows).toHaveLength(ref.n);
    const byId = new Map(rows.map((r) => [r.customer_id, r]));
    for (const [id, recency, frequency, monetary] of features) {
      const r = byId.get(id)!;
      expect(r, id).toBeDefined();
      expect(Number(r.recency_days), id).toBe(Number(recency));
      expect(Number(r.orders), id).toBe(Number(frequency));
      expect(Number(r.revenue), id).toBeCloseTo(Number(monetary), 2);
    }
  });

  it('match sklearn: inertia within 1% (or lower) for every k, and the same chosen k', () => {
    const c = chapter(report.clusters)!;
    expect(c.skipped).toBeNull();
    expect(c.k).toBe(ref.best_k);
    for (const { k, inertia } of ref.per_k) {
      const ours = c.scores.find((s) => s.k === k)!;
      expect(ours.inertia / inertia, `k=${k}`).toBeLessThan(1.01);
    }
  });

  it('label every customer, summarise each cluster and stay the same run after run', async () => {
    const c = chapter(report.clusters)!;
    const [{ n }] = await engine.db.query<{ n: number }>('SELECT count(DISTINCT customer_id) AS n FROM customer_clusters');
    expect(Number(n)).toBe(ref.n);
    expect(c.clusters.reduce((s, x) => s + x.customers, 0)).toBe(ref.n);
    expect(c.clusters.reduce((s, x) => s + x.customerShare, 0)).toBeCloseTo(1, 9);
    expect(c.crossTab.reduce((s, x) => s + x.customers, 0)).toBe(ref.n);
    const again = await engine.report(mapping, {}, () => {});
    expect(JSON.stringify(chapter(again.clusters))).toBe(JSON.stringify(c));
  });
});

// Breaks when fixing k in the clusters chapter stops carrying the scores of every k (the elbow and
// silhouette charts then have nothing to show where the chosen k stands), when the k the
// silhouette prefers is no longer reported, or when fixing the k the silhouette would pick anyway
// gives different clusters than the automatic choice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runClusters } from '../../../src/analysis/clusters/run';
import { DEFAULT_CLUSTERS, type ClusterOptions, type ClustersReport } from '../../../src/analysis/clusters/types';
import { openWasmDb, type WasmDb } from '../../support/wasm-db';

let db: WasmDb;

/** Three clear groups of 30: recent big spenders, lapsed one-off buyers, mid customers. */
const GROUPS = [
  { recency: 5, orders: 12, revenue: 2400, segment: 'champions' },
  { recency: 300, orders: 1, revenue: 30, segment: 'lost' },
  { recency: 60, orders: 3, revenue: 300, segment: 'loyal_customers' },
];

beforeAll(async () => {
  db = await openWasmDb();
  const rows: string[] = [];
  const segments: string[] = [];
  GROUPS.forEach((g, gi) => {
    for (let i = 0; i < 30; i++) {
      const id = `c${gi}-${String(i).padStart(2, '0')}`;
      // Small deterministic spread inside each group.
      const f = 1 + ((i * 7) % 10) / 40;
      const orders = Math.max(1, Math.round(g.orders * f));
      const revenue = g.revenue * f;
      rows.push(`('${id}', ${Math.round(g.recency * f)}, ${orders}, ${revenue}, ${revenue / orders}, ${Math.round(g.recency * f) + 100})`);
      segments.push(`('${id}', '${g.segment}')`);
    }
  });
  await db.exec('CREATE TABLE customers_rfm (customer_id VARCHAR, recency_days INTEGER, orders BIGINT, revenue DOUBLE, aov DOUBLE, tenure_days INTEGER)');
  await db.exec(`INSERT INTO customers_rfm VALUES ${rows.join(', ')}`);
  await db.exec('CREATE TABLE customer_results (customer_id VARCHAR, named_segment VARCHAR)');
  await db.exec(`INSERT INTO customer_results VALUES ${segments.join(', ')}`);
});
afterAll(() => db.close());

async function cluster(options: Partial<ClusterOptions>): Promise<ClustersReport> {
  const query = <T extends Record<string, unknown>>(_label: string, sql: string) => db.query(sql) as unknown as Promise<T[]>;
  const run = (_label: string, sql: string) => db.exec(sql);
  return runClusters(db, { ...DEFAULT_CLUSTERS, ...options }, query, run, 'named_segment');
}

describe('clusters with a fixed k', () => {
  it('the silhouette finds the three groups', async () => {
    const auto = await cluster({});
    expect(auto.k).toBe(3);
    expect(auto.silhouetteK).toBe(3);
    expect(auto.chosenBy).toBe('silhouette');
    expect(auto.scores.map((s) => s.k)).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });

  it('a fixed k still reports every k’s inertia and silhouette, and which k the silhouette prefers', async () => {
    const auto = await cluster({});
    const fixed = await cluster({ k: 5 });
    expect(fixed.k).toBe(5);
    expect(fixed.chosenBy).toBe('user');
    expect(fixed.clusters).toHaveLength(5);
    expect(fixed.silhouetteK).toBe(3);
    expect(fixed.scores).toEqual(auto.scores);
    expect(fixed.scores.every((s) => s.silhouette !== null)).toBe(true);
    expect(fixed.silhouetteSample).toBe(90);
  });

  it('fixing the k the silhouette picks gives the automatic clusters', async () => {
    const auto = await cluster({});
    const fixed = await cluster({ k: 3 });
    expect({ ...fixed, options: null, chosenBy: null }).toEqual({ ...auto, options: null, chosenBy: null });
  });

  it('a skipped clustering has no scores and no preferred k', async () => {
    await db.exec('CREATE OR REPLACE TABLE customers_rfm AS SELECT * FROM customers_rfm LIMIT 5');
    const few = await cluster({ k: 4 });
    expect(few.skipped).toBe('too-few-customers');
    expect(few.silhouetteK).toBeNull();
    expect(few.scores).toEqual([]);
  });
});

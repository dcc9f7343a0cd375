// Breaks when the path for more than 20,000 customers goes wrong: k chosen on a seeded sample,
// everyone then assigned by Lloyd from the sample fit's centres, labels written back by row
// number. Every customer must get exactly one label, that label must be the nearest of the
// reported centroids (Lloyd converged on everyone, not just the sample), and the three built-in
// groups must come out as three clusters of the right sizes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runClusters } from '../../../src/analysis/clusters/run';
import { DEFAULT_CLUSTERS, type ClustersReport } from '../../../src/analysis/clusters/types';
import { openWasmDb, type WasmDb } from '../../support/wasm-db';

let db: WasmDb;
let report: ClustersReport;
const PER_GROUP = 8_000;

beforeAll(async () => {
  db = await openWasmDb();
  // Three groups with a deterministic spread; ids shuffled by a hash so the id order mixes groups.
  await db.exec(`CREATE TABLE customers_rfm AS
    SELECT 'c' || md5(CAST(i AS VARCHAR)) AS customer_id, g,
      CAST([5, 300, 60][g + 1] * f AS INTEGER) AS recency_days,
      CAST(greatest(1, round([12, 1, 3][g + 1] * f)) AS BIGINT) AS orders,
      [2400, 30, 300][g + 1] * f AS revenue, revenue / orders AS aov
    FROM (SELECT range AS i, range % 3 AS g, 1 + ((range * 7) % 10) / 40 AS f FROM range(${3 * PER_GROUP}))`);
  const query = <T extends Record<string, unknown>>(_label: string, sql: string) => db.query(sql) as unknown as Promise<T[]>;
  report = await runClusters(db, { ...DEFAULT_CLUSTERS, k: 'auto' }, query, (_label, sql) => db.exec(sql), null);
}, 120_000);
afterAll(() => db.close());

describe('clustering more than 20,000 customers', () => {
  it('chooses k on the sample and finds the three groups in everyone', async () => {
    expect(report.customers).toBe(3 * PER_GROUP);
    expect(report.chosenOnSample).toBe(20_000);
    expect(report.k).toBe(3);
    expect(report.clusters.map((c) => c.customers).sort()).toEqual([PER_GROUP, PER_GROUP, PER_GROUP]);
    const [mixed] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM (
      SELECT c.cluster FROM customer_clusters AS c JOIN customers_rfm AS r USING (customer_id)
      GROUP BY c.cluster HAVING count(DISTINCT r.g) > 1)`);
    expect(mixed.n).toBe(0);
  });

  it('labels every customer once, with the nearest reported centroid', async () => {
    const [count] = await db.query<{ n: number; ids: number }>('SELECT count(*)::INTEGER AS n, count(DISTINCT customer_id)::INTEGER AS ids FROM customer_clusters');
    expect(count).toEqual({ n: 3 * PER_GROUP, ids: 3 * PER_GROUP });
    // Standardised features in SQL (population sd, as the model), distance to each centroid.
    const centroids = report.clusters.map((c) => c.centroid);
    const rows = await db.query<{ cluster: number; z0: number; z1: number; z2: number }>(`
      WITH f AS (SELECT customer_id, ln(1 + greatest(recency_days, 0)) AS x0, ln(1 + orders) AS x1, ln(1 + greatest(revenue, 0)) AS x2 FROM customers_rfm)
      SELECT c.cluster, (x0 - avg(x0) OVER ()) / stddev_pop(x0) OVER () AS z0, (x1 - avg(x1) OVER ()) / stddev_pop(x1) OVER () AS z1,
        (x2 - avg(x2) OVER ()) / stddev_pop(x2) OVER () AS z2
      FROM f JOIN customer_clusters AS c USING (customer_id)`);
    let wrong = 0;
    for (const r of rows) {
      const d = centroids.map((c) => (r.z0 - c[0]) ** 2 + (r.z1 - c[1]) ** 2 + (r.z2 - c[2]) ** 2);
      if (d[r.cluster] > Math.min(...d) + 1e-9) wrong++;
    }
    expect(wrong).toBe(0);
  });
});

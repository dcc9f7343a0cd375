/**
 * K-means on the customer table: log1p of recency, frequency and monetary value (and any extra
 * features chosen), standardised, k chosen by the mean silhouette on a seeded sample unless the
 * analyst fixes it. Labels go back into DuckDB (customer_clusters) so every other chapter can
 * group by cluster.
 */
import type { Db } from '../db';
import { chooseK } from '../math/choose-k';
import { kmeans, kmeansFromCenters } from '../math/kmeans';
import { sampleIndices } from '../math/silhouette';
import { standardize } from '../math/standardize';
import { hash32 } from '../sample/random';
import { writeColumns } from '../sql/write-columns';
import { MIN_CUSTOMERS, type ClusterOptions, type ClusterSummary, type ClustersReport, type Level } from './types';

type Query = <T extends Record<string, unknown>>(label: string, sql: string) => Promise<T[]>;
type Run = (label: string, sql: string) => Promise<void>;

/**
 * Choosing k fits every k in kMin..kMax ten times; above this many customers that is done on a
 * seeded sample of this size, and only the chosen k is then fitted on everyone (200k customers:
 * 33 s -> a few seconds). Below it the choice is exact, as the scikit-learn comparison requires.
 */
const CHOOSE_ON_SAMPLE_ABOVE = 20_000;
const SCATTER_POINTS = 2000;
/** A standardised centroid beyond ±0.5 sd counts as clearly high or low. */
const LEVEL_CUT = 0.5;

export async function runClusters(db: Db, o: ClusterOptions, query: Query, run: Run, segmentColumn: string | null): Promise<ClustersReport> {
  const features = ['recency', 'frequency', 'monetary', ...o.extraFeatures];
  const empty = (skipped: ClustersReport['skipped'], customers: number): ClustersReport => ({
    options: o, skipped, features, customers, k: null, chosenBy: null, silhouetteK: null, scores: [], silhouetteSample: 0, chosenOnSample: null, clusters: [], crossTab: [], scatter: [],
  });
  const extra = o.extraFeatures.map((f) => `, ln(1 + greatest(coalesce(${f}, 0), 0)) AS ${f}`).join('');
  // Net returns can push revenue below zero; log1p needs > -1, and a customer who returned more
  // than they bought has no spending to speak of: clamp at 0.
  const rows = await query<Record<string, number | string>>(
    'cluster-features',
    `SELECT ln(1 + greatest(recency_days, 0)) AS recency, ln(1 + orders) AS frequency,
      ln(1 + greatest(revenue, 0)) AS monetary${extra}
    FROM customers_rfm ORDER BY customer_id`,
  );
  const n = rows.length;
  if (n === 0) return empty('no-customers', 0);
  if (n < MIN_CUSTOMERS) return empty('too-few-customers', n);
  const d = features.length;
  const raw = new Float64Array(n * d);
  rows.forEach((r, i) => features.forEach((f, j) => (raw[i * d + j] = Number(r[f]))));
  const { values } = standardize(raw, n, d);

  // The scores of every k are computed whether or not the analyst fixed k, so the elbow and
  // silhouette charts can show where a chosen k stands. Per-k seeds make the fit of k = 4 the same
  // in both modes, so a fixed k that the silhouette would also pick gives the same clusters.
  const kMax = Math.min(o.kMax, n - 1);
  const onSample = n > CHOOSE_ON_SAMPLE_ABOVE;
  let points = values;
  let m = n;
  if (onSample) {
    const picked = sampleIndices(n, CHOOSE_ON_SAMPLE_ABOVE, hash32('choose-k sample', o.seed));
    points = new Float64Array(picked.length * d);
    picked.forEach((row, i) => points.set(values.subarray(row * d, row * d + d), i * d));
    m = picked.length;
  }
  const chosen = chooseK(points, m, d, { seed: o.seed, restarts: o.restarts, kMin: o.kMin, kMax, sampleSize: o.sampleSize });
  // Scores (elbow and silhouette) describe the points the choice was made on.
  const scores: ClustersReport['scores'] = chosen.scores.map((s) => ({ k: s.k, inertia: s.inertia, silhouette: Number.isFinite(s.silhouette) ? s.silhouette : null }));
  const target = o.k === 'auto' ? chosen.bestK : Math.max(2, Math.min(o.k, n - 1));
  const fitOfChoice = chosen.fits.find((f) => f.k === target);
  // On a sample, the best of the restarts there is a good start: one Lloyd run on everyone from
  // its centres instead of every restart again on all customers (200k customers: ~10x less work).
  const { labels, centroids, k } = fitOfChoice
    ? onSample
      ? kmeansFromCenters(values, n, d, fitOfChoice.centroids)
      : fitOfChoice
    : kmeans(values, n, d, target, { seed: hash32(`kmeans k=${target}`, o.seed), restarts: o.restarts });
  const sample = chosen.sampleSize;
  const chosenOnSample = onSample ? m : null;

  // Labels travel back by row number in the features' customer_id order, never as id text.
  await writeColumns(db, 'cluster_labels', { cluster: labels }, n);
  await run(
    'customer-clusters',
    `CREATE OR REPLACE TABLE customer_clusters AS
    SELECT r.customer_id, l.cluster
    FROM (SELECT customer_id, CAST(row_number() OVER (ORDER BY customer_id) - 1 AS INTEGER) AS idx FROM customers_rfm) AS r
    JOIN cluster_labels AS l USING (idx)`,
  );
  await db.exec('DROP TABLE cluster_labels');

  const summaries = await query<Record<string, number>>(
    'cluster-summary',
    `SELECT c.cluster, count(*) AS customers, sum(r.revenue) AS revenue,
      median(r.recency_days) AS recency, median(r.orders) AS orders, median(r.revenue) AS monetary, median(r.aov) AS aov
    FROM customer_clusters AS c JOIN customers_rfm AS r USING (customer_id) GROUP BY c.cluster ORDER BY c.cluster`,
  );
  const totalRevenue = summaries.reduce((s, r) => s + Math.max(0, Number(r.revenue)), 0);
  const clusters: ClusterSummary[] = summaries.map((r) => {
    const c = Number(r.cluster);
    const centroid = Array.from(centroids.subarray(c * d, c * d + d));
    return {
      cluster: c,
      customers: Number(r.customers),
      customerShare: Number(r.customers) / n,
      revenue: Number(r.revenue),
      revenueShare: totalRevenue > 0 ? Math.max(0, Number(r.revenue)) / totalRevenue : 0,
      medianRecencyDays: Number(r.recency),
      medianOrders: Number(r.orders),
      medianRevenue: Number(r.monetary),
      medianAov: Number(r.aov),
      centroid,
      // Few days since the last purchase is the good direction for recency.
      levels: { recency: level(-centroid[0]), frequency: level(centroid[1]), monetary: level(centroid[2]) },
    };
  });

  const crossTab = segmentColumn
    ? (
        await query<{ cluster: number; segment: string; customers: number }>(
          'cluster-segments',
          `SELECT c.cluster, s.${segmentColumn} AS segment, count(*) AS customers
          FROM customer_clusters AS c JOIN customer_results AS s USING (customer_id) GROUP BY ALL ORDER BY ALL`,
        )
      ).map((r) => ({ cluster: Number(r.cluster), segment: String(r.segment), customers: Number(r.customers) }))
    : [];

  const step = Math.max(1, Math.floor(n / SCATTER_POINTS));
  const scatter: ClustersReport['scatter'] = [];
  for (let i = 0; i < n && scatter.length < SCATTER_POINTS; i += step) {
    scatter.push({ logF: round(raw[i * d + 1]), logM: round(raw[i * d + 2]), cluster: labels[i] });
  }
  return {
    options: o,
    skipped: null,
    features,
    customers: n,
    k,
    chosenBy: o.k === 'auto' ? 'silhouette' : 'user',
    silhouetteK: chosen.bestK,
    scores,
    silhouetteSample: sample,
    chosenOnSample,
    clusters,
    crossTab,
    scatter,
  };
}

function level(z: number): Level {
  return z > LEVEL_CUT ? 'high' : z < -LEVEL_CUT ? 'low' : 'mid';
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

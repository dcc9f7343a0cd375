/**
 * Aggregates of customer_results for the report: per-segment summaries of each scheme, the
 * R × F score heatmap and customers per score level.
 */
import type { Db } from '../db';
import { ident } from '../sql/ident';
import type { SchemeId } from './names';
import { SCHEME_COLUMN } from './segments';
import { COLUMN, DIMENSIONS, type Dimension } from './scoring';
import type { HeatmapCell, RfmScoring, SchemeSummary, SegmentSummary } from './types';

export function schemeSummarySql(schemes: SchemeId[]): string {
  return schemes
    .map(
      (scheme) => `SELECT '${scheme}' AS scheme, ${ident(SCHEME_COLUMN[scheme])} AS id, count(*) AS customers, sum(monetary) AS revenue,
    sum(frequency) AS orders, avg(recency_days) AS r, avg(frequency) AS f, avg(monetary) AS m FROM customer_results GROUP BY ALL`,
    )
    .join(' UNION ALL ');
}

/** Every scheme's summary, each listing its segments in `ids` order, empty ones included. */
export async function schemeSummaries(db: Db, ids: Record<SchemeId, string[]>): Promise<Record<SchemeId, SchemeSummary>> {
  const schemes = Object.keys(ids) as SchemeId[];
  const all = await db.query(schemeSummarySql(schemes));
  const out = {} as Record<SchemeId, SchemeSummary>;
  for (const scheme of schemes) {
    const rows = all.filter((r) => r.scheme === scheme);
    const customers = rows.reduce((s, r) => s + Number(r.customers), 0);
    const revenue = rows.reduce((s, r) => s + Number(r.revenue), 0);
    const segments: SegmentSummary[] = ids[scheme].map((id) => {
      const r = rows.find((x) => x.id === id);
      const n = Number(r?.customers ?? 0);
      const rev = Number(r?.revenue ?? 0);
      const orders = Number(r?.orders ?? 0);
      return {
        id,
        customers: n,
        share: customers === 0 ? 0 : n / customers,
        revenue: rev,
        revenueShare: revenue === 0 ? 0 : rev / revenue,
        orders,
        aov: orders === 0 ? null : rev / orders,
        meanRecency: n ? Number(r!.r) : null,
        meanFrequency: n ? Number(r!.f) : null,
        meanMonetary: n ? Number(r!.m) : null,
      };
    });
    out[scheme] = { scheme, segments };
  }
  return out;
}

export function heatmapSql(): string {
  return `SELECT r_score AS r, f_score AS f, count(*) AS customers, avg(monetary) AS mean_monetary FROM customer_results GROUP BY ALL ORDER BY ALL`;
}

export async function heatmap(db: Db, levels: number): Promise<{ levels: number; cells: HeatmapCell[] }> {
  const rows = await db.query(heatmapSql());
  const cells: HeatmapCell[] = [];
  for (let r = 1; r <= levels; r++) {
    for (let f = 1; f <= levels; f++) {
      const x = rows.find((y) => Number(y.r) === r && Number(y.f) === f);
      cells.push({ r, f, customers: Number(x?.customers ?? 0), meanMonetary: x ? Number(x.mean_monetary) : null });
    }
  }
  return { levels, cells };
}

export function scoreCountsSql(): string {
  const part = (d: Dimension, col: string) => `SELECT '${d}' AS dim, ${col} AS level, count(*) AS n FROM customer_results GROUP BY ALL`;
  return `${part('recency', 'r_score')} UNION ALL ${part('frequency', 'f_score')} UNION ALL ${part('monetary', 'm_score')} ORDER BY ALL`;
}

export async function scoreCounts(db: Db, levels: number): Promise<Record<Dimension, number[]>> {
  const rows = await db.query(scoreCountsSql());
  const out = {} as Record<Dimension, number[]>;
  for (const d of DIMENSIONS) {
    out[d] = Array.from({ length: levels }, (_, i) => Number(rows.find((r) => r.dim === d && Number(r.level) === i + 1)?.n ?? 0));
  }
  return out;
}

export function rangeSql(): string {
  const cols = DIMENSIONS.flatMap((d) => [
    `min(${COLUMN[d]}) AS min_${d}`,
    `max(${COLUMN[d]}) AS max_${d}`,
    `avg(${COLUMN[d]}) AS mean_${d}`,
    `quantile_cont(${COLUMN[d]}, 0.5) AS median_${d}`,
  ]);
  return `SELECT count(*) AS customers, sum(orders) AS orders, sum(revenue) AS revenue, count(*) FILTER (WHERE orders >= 2) AS repeat,
    ${cols.join(', ')} FROM customers_rfm`;
}

export function rangeOf(row: Record<string, unknown>): RfmScoring['range'] {
  const out = {} as RfmScoring['range'];
  for (const d of DIMENSIONS) {
    out[d] = { min: Number(row[`min_${d}`]), max: Number(row[`max_${d}`]), mean: Number(row[`mean_${d}`]), median: Number(row[`median_${d}`]) };
  }
  return out;
}

/**
 * The cross-tab of clusters against the lead RFM scheme as a matrix for the table: one row per
 * segment that has customers, in the scheme's own order (unknown ids, e.g. of custom rules, after
 * them), one column per cluster, each cell with its count and its share of the cluster.
 */
import type { ClustersReport } from '../../analysis/clusters/types';
import { SEGMENT_NAMES, type SchemeId } from '../../analysis/value/names';

export interface CrossTabRow {
  segment: string;
  /** Customers per cluster, in the order of `clusters`. */
  counts: number[];
  /** Share of each cluster's customers that fall in this segment. */
  shares: number[];
  total: number;
}

export interface CrossTabMatrix {
  clusters: number[];
  rows: CrossTabRow[];
  /** Customers per cluster (column totals). */
  totals: number[];
  total: number;
}

export function segmentName(scheme: SchemeId, id: string, lang: 'zh' | 'en'): string {
  return SEGMENT_NAMES[scheme]?.[id]?.[lang] ?? id;
}

export function crossTabMatrix(c: Pick<ClustersReport, 'clusters' | 'crossTab'>, scheme: SchemeId): CrossTabMatrix {
  const clusters = c.clusters.map((s) => s.cluster);
  const totals = clusters.map((k) => c.crossTab.filter((x) => x.cluster === k).reduce((n, x) => n + x.customers, 0));
  const known = Object.keys(SEGMENT_NAMES[scheme] ?? {});
  const present = [...new Set(c.crossTab.map((x) => x.segment))];
  const order = [...known.filter((id) => present.includes(id)), ...present.filter((id) => !known.includes(id)).sort()];
  const rows = order
    .map((segment) => {
      const counts = clusters.map((k) => c.crossTab.find((x) => x.cluster === k && x.segment === segment)?.customers ?? 0);
      return { segment, counts, shares: counts.map((n, i) => (totals[i] > 0 ? n / totals[i] : 0)), total: counts.reduce((a, b) => a + b, 0) };
    })
    .filter((r) => r.total > 0);
  return { clusters, rows, totals, total: totals.reduce((a, b) => a + b, 0) };
}

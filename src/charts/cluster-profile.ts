/**
 * The profile ("snake plot") of the clusters: each cluster's standardised centre across the
 * features, one coloured line per cluster, zero = the average customer. A pure function.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { clusterColorScale } from './cluster-scatter';

export interface ProfileRow {
  cluster: number;
  /** Feature id (recency, frequency, ...). */
  feature: string;
  /** Centre in standard deviations from the mean. */
  value: number;
}

export interface ClusterProfileOptions {
  /** Feature ids in axis order. */
  features: readonly string[];
  featureLabel: (feature: string) => string;
  /** Clusters in legend order, and the legend text of each. */
  clusters: readonly number[];
  clusterLabel: (cluster: number) => string;
  /** Formats a value in standard deviations (e.g. "+1.2"). */
  format: (n: number) => string;
  yLabel: string;
  width?: number;
  height?: number;
}

/** One row per cluster and feature from the centroids (row-major: cluster by feature). */
export function profileRows(clusters: readonly { cluster: number; centroid: readonly number[] }[], features: readonly string[]): ProfileRow[] {
  return clusters.flatMap((c) => features.map((feature, j) => ({ cluster: c.cluster, feature, value: c.centroid[j] })));
}

export function clusterProfile(rows: readonly ProfileRow[], o: ClusterProfileOptions): PlotOptions {
  const extent = Math.max(1, ...rows.map((r) => Math.abs(r.value)));
  const color = (d: ProfileRow) => o.clusterLabel(d.cluster);
  return {
    width: o.width,
    height: o.height ?? 340,
    marginTop: 24,
    marginLeft: 44,
    marginRight: 24,
    marginBottom: 40,
    style: { fontFamily: 'inherit', fontSize: '11px', overflow: 'visible' },
    x: { type: 'point', domain: [...o.features], tickFormat: o.featureLabel, label: null, padding: 0.35 },
    // Symmetric around zero, so above and below average look alike.
    y: { domain: [-extent * 1.1, extent * 1.1], grid: true, ticks: 6, tickFormat: o.format, label: o.yLabel, labelAnchor: 'top' },
    color: clusterColorScale(o.clusters, o.clusterLabel),
    marks: [
      Plot.ruleY([0], { stroke: 'var(--text-3)', strokeWidth: 1.5 }),
      Plot.line(rows, { x: 'feature', y: 'value', z: 'cluster', stroke: color, strokeWidth: 2.5 }),
      Plot.dot(rows, { x: 'feature', y: 'value', fill: color, r: 4.5, stroke: 'var(--surface)', strokeWidth: 1.5, title: (r: ProfileRow) => `${o.featureLabel(r.feature)}: ${o.format(r.value)}` }),
    ],
  };
}

/**
 * Customers by log orders (x) and log revenue (y), coloured by cluster, with each cluster's median
 * customer as a large numbered dot. The axes are log1p scales labelled in the data's own units
 * (1, 2, 5, 10 orders), and orders, being whole numbers, are jittered a little sideways so the
 * columns of one-time and two-time buyers read as clouds rather than lines. A pure function.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { clusterColor } from './palette';
import { textWidth } from './text-width';

export interface ScatterPoint {
  logF: number;
  logM: number;
  cluster: number;
}

export interface ScatterCenter {
  cluster: number;
  /** log1p of the median orders and revenue. */
  logF: number;
  logM: number;
  /** Drawn inside the dot: the cluster's number. */
  label: string;
}

export interface ClusterScatterOptions {
  centers: readonly ScatterCenter[];
  /** Clusters in legend order, and the legend text of each ("1 · recent, frequent, high spenders"). */
  clusters: readonly number[];
  clusterLabel: (cluster: number) => string;
  /** Formats an order count and an amount for the ticks. */
  formatOrders: (n: number) => string;
  formatMoney: (n: number) => string;
  xLabel: string;
  yLabel: string;
  width?: number;
  height?: number;
}

/** Jitter in log1p units: under a third of the gap between one and two orders (0.405). */
const JITTER = 0.12;
const STEPS = [1, 2, 5];

/** A deterministic offset in [-0.5, 0.5) per point index (an integer hash, no random state). */
export function jitter(i: number): number {
  let h = Math.imul(i + 1, 0x9e3779b1) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca77) >>> 0;
  return ((h ^ (h >>> 13)) >>> 0) / 2 ** 32 - 0.5;
}

/**
 * Tick values in original units (0, 1, 2, 5, 10, 20, 50, ...) whose log1p lies in [lo, hi]; when
 * there would be more than `max`, only 0 and the powers of ten are kept.
 */
export function logTicks(lo: number, hi: number, max = 7): number[] {
  const all: number[] = [];
  if (lo <= 0) all.push(0);
  for (let p = 1; p <= 1e12 && Math.log1p(p) <= hi; p *= 10) {
    for (const s of STEPS) {
      const v = s * p;
      const x = Math.log1p(v);
      if (x >= lo && x <= hi) all.push(v);
    }
  }
  if (all.length <= max) return all;
  return all.filter((v) => v === 0 || Math.log10(v) % 1 === 0);
}

export interface PlacedCenter extends ScatterCenter {
  /** Where the numbered dot is drawn: right of the true position when it would cover another. */
  x: number;
  y: number;
}

/**
 * Two clusters' medians can fall on the same spot (both one-time buyers with similar spend): a
 * later dot that would cover an earlier one moves right until it is clear, and a short line joins
 * it to its true position. Distances are in fractions of the axis spans, which is what the
 * (roughly 420 x 270 px) plot area turns them into.
 */
export function placeCenters(centers: readonly ScatterCenter[], xSpan: number, ySpan: number): PlacedCenter[] {
  const gapX = 0.06 * xSpan;
  const gapY = 0.09 * ySpan;
  const placed: PlacedCenter[] = [];
  for (const c of centers) {
    let x = c.logF;
    const hits = () => placed.some((p) => ((p.x - x) / gapX) ** 2 + ((p.y - c.logM) / gapY) ** 2 < 1);
    for (let i = 0; i < centers.length && hits(); i++) x += gapX;
    placed.push({ ...c, x, y: c.logM });
  }
  return placed;
}

/** An ordinal colour scale from cluster labels to the palette's cluster colours, with a swatch legend. */
export function clusterColorScale(clusters: readonly number[], label: (cluster: number) => string) {
  return { type: 'ordinal' as const, domain: clusters.map(label), range: clusters.map(clusterColor), legend: true };
}

export function clusterScatter(points: readonly ScatterPoint[], o: ClusterScatterOptions): PlotOptions {
  const jittered = points.map((p, i) => ({ ...p, x: p.logF + jitter(i) * JITTER }));
  const xs = [...points.map((p) => p.logF), ...o.centers.map((c) => c.logF)];
  const ys = [...points.map((p) => p.logM), ...o.centers.map((c) => c.logM)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const placed = placeCenters(o.centers, Math.max(...xs) - Math.min(...xs) + 2 * JITTER || 1, y1 - y0 || 1);
  const [x0, x1] = [Math.min(...xs) - JITTER, Math.max(...xs, ...placed.map((c) => c.x)) + JITTER];
  const moved = placed.filter((c) => c.x !== c.logF);
  const xTicks = logTicks(x0, x1);
  const yTicks = logTicks(y0, y1);
  const color = (d: { cluster: number }) => o.clusterLabel(d.cluster);
  return {
    width: o.width,
    height: o.height ?? 340,
    marginTop: 24,
    marginRight: 16,
    marginBottom: 40,
    marginLeft: Math.max(44, ...yTicks.map((v) => textWidth(o.formatMoney(v), 11) + 14)),
    style: { fontFamily: 'inherit', fontSize: '11px', overflow: 'visible' },
    x: { domain: [x0, x1], ticks: xTicks.map(Math.log1p), tickFormat: (x: number) => o.formatOrders(Math.round(Math.expm1(x))), label: o.xLabel, labelAnchor: 'center', labelOffset: 34, grid: true },
    y: { domain: [y0, y1], ticks: yTicks.map(Math.log1p), tickFormat: (y: number) => o.formatMoney(Math.round(Math.expm1(y))), label: o.yLabel, labelAnchor: 'top', grid: true, nice: false },
    // The palette's colours by cluster; the legend travels with the chart when it is saved as a file.
    color: clusterColorScale(o.clusters, o.clusterLabel),
    marks: [
      Plot.dot(jittered, { x: 'x', y: 'logM', r: 2.2, fill: color, fillOpacity: 0.5 }),
      Plot.link(moved, { x1: 'logF', y1: 'logM', x2: 'x', y2: 'y', stroke: 'var(--text)', strokeWidth: 1.5 }),
      Plot.dot(moved, { x: 'logF', y: 'logM', r: 3, fill: 'var(--text)' }),
      Plot.dot(placed, { x: 'x', y: 'y', r: 10, fill: color, stroke: 'var(--surface)', strokeWidth: 2.5 }),
      Plot.text(placed, { x: 'x', y: 'y', text: 'label', fill: '#fff', fontWeight: 700, fontSize: 11 }),
    ],
  };
}

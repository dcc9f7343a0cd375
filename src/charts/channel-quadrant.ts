/**
 * Channels on the two axes of their verdict: revenue per customer across, long-horizon retention
 * up, one dot per channel sized by its customers and coloured by its verdict, and the two
 * all-channel averages as dashed lines. The top-right quadrant is "high-value" by construction,
 * so the picture shows the rule. Channels whose retention cannot be measured yet are not drawn.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import type { ChannelVerdict } from '../analysis/lifecycle/types';
import { NEUTRAL, RISK_COLORS, SEGMENT_COLORS } from './palette';
import { labelWidth, textWidth } from './text-width';

/** Verdict colours from the one palette: good green, developing blue, risk red, "too few" grey. */
export const VERDICT_COLORS: Record<ChannelVerdict, string> = {
  'high-value': RISK_COLORS.low,
  promising: SEGMENT_COLORS.tiers.growth,
  weak: RISK_COLORS.high,
  'too-few': NEUTRAL,
};

export interface QuadrantRow {
  key: string;
  label: string;
  revenuePerCustomer: number;
  retention: number | null;
  customers: number;
  verdict: ChannelVerdict;
}

export interface ChannelQuadrantOptions {
  average: { revenuePerCustomer: number; retention: number | null };
  xLabel: string;
  yLabel: string;
  xFormat: (v: number) => string;
  yFormat: (v: number) => string;
  averageLabel: string;
  /** Tooltip of a dot. */
  title: (r: QuadrantRow) => string;
  width?: number;
  ariaLabel?: string;
}

/** Domain with some air around the points and the average line. */
const HEIGHT = 340;
const R_MAX = 18;
/** Width assumed for placing labels when the caller does not say (the chart's card at 1280 px). */
const ASSUMED_WIDTH = 520;

export function paddedDomain(values: readonly number[], from0 = false): [number, number] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.12;
  return [from0 ? 0 : Math.max(0, lo - pad), hi + pad];
}

export interface LabelPlacement {
  dx: number;
  dy: number;
  textAnchor: 'start' | 'middle' | 'end';
}

export interface QuadrantGeometry {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  x: [number, number];
  y: [number, number];
  /** Radius of the largest dot and the customers it stands for (Plot's r scale is a square root). */
  rMax: number;
  maxCustomers: number;
  fontSize: number;
}

interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
  const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Where each channel's name goes: above, below, right or left of its dot (or diagonally), the
 * first place that covers no other dot or name and stays in the figure; else the least covered.
 * Larger channels choose first. Plot draws no label collision avoidance of its own.
 */
export function placeLabels(rows: readonly (QuadrantRow & { retention: number })[], g: QuadrantGeometry): Map<string, LabelPlacement> {
  const innerW = g.width - g.margin.left - g.margin.right;
  const innerH = g.height - g.margin.top - g.margin.bottom;
  const px = (v: number) => g.margin.left + ((v - g.x[0]) / (g.x[1] - g.x[0] || 1)) * innerW;
  const py = (v: number) => g.margin.top + (1 - (v - g.y[0]) / (g.y[1] - g.y[0] || 1)) * innerH;
  const radius = (n: number) => g.rMax * Math.sqrt(Math.max(0, n) / g.maxCustomers);
  const dots = rows.map((r) => ({ key: r.key, cx: px(r.revenuePerCustomer), cy: py(r.retention), r: radius(r.customers) }));
  const taken: Box[] = dots.map((d) => ({ x1: d.cx - d.r, x2: d.cx + d.r, y1: d.cy - d.r, y2: d.cy + d.r }));
  const half = g.fontSize / 2 + 1;
  const out = new Map<string, LabelPlacement>();
  const order = [...rows].sort((a, b) => b.customers - a.customers || a.label.localeCompare(b.label));
  for (const row of order) {
    const d = dots[rows.indexOf(row)];
    const w = textWidth(row.label, g.fontSize);
    const gap = d.r + 4;
    const candidates: LabelPlacement[] = [
      { dx: 0, dy: -(gap + half), textAnchor: 'middle' },
      { dx: gap, dy: 0, textAnchor: 'start' },
      { dx: 0, dy: gap + half, textAnchor: 'middle' },
      { dx: -gap, dy: 0, textAnchor: 'end' },
      { dx: gap * 0.7, dy: -(gap * 0.7 + half), textAnchor: 'start' },
      { dx: -gap * 0.7, dy: -(gap * 0.7 + half), textAnchor: 'end' },
      { dx: gap * 0.7, dy: gap * 0.7 + half, textAnchor: 'start' },
      { dx: -gap * 0.7, dy: gap * 0.7 + half, textAnchor: 'end' },
    ];
    const own = taken[rows.indexOf(row)];
    let best: { p: LabelPlacement; box: Box; cost: number } | null = null;
    for (const p of candidates) {
      const x = d.cx + p.dx;
      const x1 = p.textAnchor === 'start' ? x : p.textAnchor === 'end' ? x - w : x - w / 2;
      const box = { x1, x2: x1 + w, y1: d.cy + p.dy - half, y2: d.cy + p.dy + half };
      const outside = Math.max(0, -box.x1) + Math.max(0, box.x2 - g.width) + Math.max(0, -box.y1) + Math.max(0, box.y2 - g.height);
      const cost = taken.reduce((n, b) => (b === own ? n : n + overlap(box, b)), 0) + outside * 100;
      if (best === null || cost < best.cost) best = { p, box, cost };
      if (cost === 0) break;
    }
    out.set(row.key, best!.p);
    taken.push(best!.box);
  }
  return out;
}

export function channelQuadrant(rows: readonly QuadrantRow[], options: ChannelQuadrantOptions): PlotOptions {
  const placed = rows.filter((r): r is QuadrantRow & { retention: number } => r.retention !== null);
  const avg = options.average;
  const xs = [...placed.map((r) => r.revenuePerCustomer), avg.revenuePerCustomer];
  const ys = [...placed.map((r) => r.retention), ...(avg.retention === null ? [] : [avg.retention])];
  const maxCustomers = Math.max(1, ...placed.map((r) => r.customers));
  const xDomain = paddedDomain(xs);
  const yDomain = paddedDomain(ys.length ? ys : [0, 1], true);
  const margin = { top: 20, right: Math.min(120, labelWidth(placed.map((r) => r.label), 12) / 2 + 16), bottom: 44, left: 56 };
  const placements = placeLabels(placed, {
    width: options.width ?? ASSUMED_WIDTH,
    height: HEIGHT,
    margin,
    x: xDomain,
    y: yDomain,
    rMax: R_MAX,
    maxCustomers,
    fontSize: 12,
  });
  return {
    width: options.width,
    height: HEIGHT,
    marginTop: margin.top,
    marginLeft: margin.left,
    // Names of the channels at the right edge stay inside the figure.
    marginRight: margin.right,
    marginBottom: margin.bottom,
    className: 'channel-quadrant',
    ariaLabel: options.ariaLabel,
    style: { fontFamily: 'inherit', fontSize: '12px', overflow: 'visible' },
    x: { domain: xDomain, label: options.xLabel, labelAnchor: 'center', labelArrow: 'none', tickFormat: options.xFormat, ticks: 6, grid: true },
    y: { domain: yDomain, label: options.yLabel, labelArrow: 'none', tickFormat: options.yFormat, ticks: 5, grid: true },
    r: { type: 'sqrt', domain: [0, maxCustomers], range: [0, R_MAX] },
    marks: [
      Plot.ruleX([avg.revenuePerCustomer], { stroke: 'var(--text-3)', strokeDasharray: '4 3' }),
      ...(avg.retention === null ? [] : [Plot.ruleY([avg.retention], { stroke: 'var(--text-3)', strokeDasharray: '4 3' })]),
      Plot.text([avg.revenuePerCustomer], {
        x: (d: number) => d,
        text: (d: number) => `${options.averageLabel} ${options.xFormat(d)}`,
        frameAnchor: 'top',
        dy: -4,
        dx: 4,
        textAnchor: 'start',
        fill: 'var(--text-3)',
      }),
      ...(avg.retention === null
        ? []
        : [Plot.text([avg.retention], { y: (d: number) => d, text: (d: number) => `${options.averageLabel} ${options.yFormat(d)}`, frameAnchor: 'left', dx: 4, dy: -7, textAnchor: 'start', fill: 'var(--text-3)' })]),
      Plot.dot(placed, {
        x: 'revenuePerCustomer',
        y: 'retention',
        r: 'customers',
        fill: (r: QuadrantRow) => VERDICT_COLORS[r.verdict],
        fillOpacity: 0.85,
        stroke: 'var(--surface)',
        strokeWidth: 1.5,
        title: options.title,
      }),
      ...placed.map((r) => {
        const p = placements.get(r.key)!;
        return Plot.text([r], { x: 'revenuePerCustomer', y: 'retention', text: 'label', ...p, fill: 'var(--text)', fontWeight: 550, stroke: 'var(--surface)', strokeWidth: 3, paintOrder: 'stroke' });
      }),
    ],
  };
}

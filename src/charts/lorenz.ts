/**
 * Revenue concentration as a Pareto curve: customers ranked from the biggest spender, the x axis
 * is the share of customers counted so far and the y axis the share of revenue they bring. It
 * is the Lorenz curve turned round (y(p) = 1 − L(1 − p)), which reads directly as "the top 20%
 * of customers bring 75% of revenue"; the diagonal is every customer spending the same.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';

export interface CurvePoint {
  customerShare: number;
  revenueShare: number;
}

export interface LorenzHighlight {
  customerShare: number;
  revenueShare: number;
  label: string;
}

export interface LorenzOptions {
  formatPercent: (share: number) => string;
  xLabel: string;
  yLabel: string;
  /** Points to mark and label on the curve (top 1%, 20%, ...). */
  highlights?: readonly LorenzHighlight[];
  color?: string;
  width?: number;
  height?: number;
  ariaLabel?: string;
}

/** The Pareto curve from the Lorenz curve (poorest first): y(p) = 1 − L(1 − p), same x grid. */
export function paretoCurve(lorenz: readonly CurvePoint[]): CurvePoint[] {
  const sorted = [...lorenz].sort((a, b) => a.customerShare - b.customerShare);
  return sorted
    .map((p) => ({ customerShare: round(1 - p.customerShare), revenueShare: 1 - p.revenueShare }))
    .sort((a, b) => a.customerShare - b.customerShare);
}

const round = (x: number) => Math.round(x * 1e9) / 1e9;

export function lorenz(points: readonly CurvePoint[], options: LorenzOptions): PlotOptions {
  const curve = paretoCurve(points);
  const color = options.color ?? 'var(--accent)';
  const highlights = options.highlights ?? [];
  // Revenue net of returns can make the curve overshoot 100% before coming back down.
  const yMax = Math.max(1, ...curve.map((p) => p.revenueShare));
  const yMin = Math.min(0, ...curve.map((p) => p.revenueShare));
  return {
    width: options.width,
    height: options.height ?? 300,
    marginTop: 28,
    marginLeft: 52,
    marginRight: 24,
    marginBottom: 42,
    ariaLabel: options.ariaLabel,
    style: { fontFamily: 'inherit', fontSize: '12px', overflow: 'visible' },
    x: { domain: [0, 1], ticks: 5, tickFormat: options.formatPercent, label: options.xLabel, labelAnchor: 'center', labelOffset: 34, grid: true },
    y: { domain: [yMin, yMax], ticks: 5, tickFormat: options.formatPercent, label: options.yLabel, labelAnchor: 'top', grid: true },
    marks: [
      Plot.areaY(curve, { x: 'customerShare', y1: (p: CurvePoint) => p.customerShare, y2: 'revenueShare', fill: color, fillOpacity: 0.12 }),
      Plot.line(
        [
          { customerShare: 0, revenueShare: 0 },
          { customerShare: 1, revenueShare: 1 },
        ],
        { x: 'customerShare', y: 'revenueShare', stroke: 'var(--text-3)', strokeDasharray: '4 4' },
      ),
      Plot.line(curve, { x: 'customerShare', y: 'revenueShare', stroke: color, strokeWidth: 2.5 }),
      Plot.ruleX(highlights, { x: 'customerShare', y1: 0, y2: 'revenueShare', stroke: color, strokeOpacity: 0.5, strokeDasharray: '2 3' }),
      Plot.dot(highlights, { x: 'customerShare', y: 'revenueShare', fill: color, stroke: 'var(--surface)', strokeWidth: 1.5, r: 4.5 }),
      Plot.text(highlights, {
        x: 'customerShare',
        y: 'revenueShare',
        text: 'label',
        dx: 8,
        dy: 10,
        textAnchor: 'start',
        fill: 'var(--text)',
        fontWeight: 600,
        stroke: 'var(--surface)',
        strokeWidth: 3,
        paintOrder: 'stroke',
      }),
    ],
  };
}

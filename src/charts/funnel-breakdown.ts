/**
 * The funnel's end-to-end conversion per channel against the all-channel rate: a vertical dashed
 * line at the overall rate and, per channel (highest first), a stem from it to the channel's dot,
 * green above and red below. Rates of channels are often a few points apart, so the axis spans
 * the rates (not 0–100%) and the stems, not bar lengths, carry the comparison.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { RISK_COLORS } from './palette';
import { labelWidth } from './text-width';

export interface BreakdownRow {
  key: string;
  label: string;
  /** Share of the channel's starters who reached the last step. */
  rate: number;
  starters: number;
}

export interface FunnelBreakdownOptions {
  overall: number;
  overallLabel: string;
  format: (v: number) => string;
  title: (r: BreakdownRow) => string;
  width?: number;
  ariaLabel?: string;
}

const ROW = 28;
export const ABOVE = RISK_COLORS.low;
export const BELOW = RISK_COLORS.high;

/** Highest rate first; ties by name so the order does not depend on the input's. */
export function sortBreakdown(rows: readonly BreakdownRow[]): BreakdownRow[] {
  return [...rows].sort((a, b) => b.rate - a.rate || a.label.localeCompare(b.label));
}

/** The x domain: the rates and the overall rate, with room for the value labels on both sides. */
export function breakdownDomain(rows: readonly BreakdownRow[], overall: number): [number, number] {
  const values = [...rows.map((r) => r.rate), overall];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = Math.max(hi - lo, 0.02) * 0.35;
  return [Math.max(0, lo - pad), Math.min(1, hi + pad)];
}

export function funnelBreakdown(rows: readonly BreakdownRow[], options: FunnelBreakdownOptions): PlotOptions {
  const sorted = sortBreakdown(rows);
  const { overall, format } = options;
  const above = sorted.filter((r) => r.rate >= overall);
  const below = sorted.filter((r) => r.rate < overall);
  const color = (r: BreakdownRow) => (r.rate >= overall ? ABOVE : BELOW);
  return {
    width: options.width,
    height: sorted.length * ROW + 52,
    marginTop: 28,
    marginBottom: 24,
    marginLeft: Math.min(200, labelWidth(sorted.map((r) => r.label), 12) + 14),
    marginRight: 16,
    className: 'funnel-breakdown',
    ariaLabel: options.ariaLabel,
    style: { fontFamily: 'inherit', fontSize: '12px', overflow: 'visible' },
    x: { domain: breakdownDomain(sorted, overall), axis: 'top', grid: true, ticks: 5, tickFormat: format, label: null },
    y: { domain: sorted.map((r) => r.key), tickFormat: (k: string) => sorted.find((r) => r.key === k)?.label ?? k, tickSize: 0, label: null, padding: 0.3 },
    marks: [
      Plot.ruleX([overall], { stroke: 'var(--text-2)', strokeDasharray: '4 3' }),
      Plot.text([overall], { x: (d: number) => d, text: () => `${options.overallLabel} ${format(overall)}`, frameAnchor: 'bottom', dy: 14, fill: 'var(--text)', fontWeight: 600 }),
      Plot.ruleY(sorted, { y: 'key', x1: () => overall, x2: 'rate', stroke: { value: color, scale: null }, strokeWidth: 2 }),
      Plot.dot(sorted, { x: 'rate', y: 'key', r: 5, fill: { value: color, scale: null }, title: options.title }),
      Plot.text(above, { x: 'rate', y: 'key', text: (r: BreakdownRow) => format(r.rate), dx: 9, textAnchor: 'start', fill: 'var(--text-2)', fontVariant: 'tabular-nums' }),
      Plot.text(below, { x: 'rate', y: 'key', text: (r: BreakdownRow) => format(r.rate), dx: -9, textAnchor: 'end', fill: 'var(--text-2)', fontVariant: 'tabular-nums' }),
    ],
  };
}

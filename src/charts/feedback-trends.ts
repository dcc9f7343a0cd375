/**
 * Theme trends as small multiples: one panel per theme in a grid, the monthly share of comments
 * mentioning it as a line over a light area, and the theme's share over the whole period as a
 * dashed rule, so a panel reads "above / below its usual level" at a glance. All panels share
 * the y scale: a theme that is rarely mentioned looks rare.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { textWidth } from './text-width';

export interface TrendSeries {
  id: string;
  label: string;
  /** Share of all comments over the period (the dashed rule). */
  overall: number;
  points: { month: string; share: number; comments: number }[];
}

export interface TrendOptions {
  percent: (share: number) => string;
  /** A month (YYYY-MM) as a short axis label ("Jan 24", "24年1月"); the tooltips use it too. */
  monthLabel: (month: string) => string;
  columns?: number;
  width?: number;
  ariaLabel?: string;
}

export interface TrendPoint {
  id: string;
  label: string;
  col: number;
  row: number;
  date: Date;
  month: string;
  share: number;
  comments: number;
}

const FONT = 12;
const PANEL_HEIGHT = 120;
/** Month labels per panel at most: a panel is a third of a card wide. */
const MAX_TICKS = 3;
/** Headroom above the highest point for the panel's title. */
const HEADROOM = 1.35;

export function monthDate(month: string): Date {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, 1));
}

const monthOf = (d: Date) => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;

/** Evenly spaced months to label, the first always, at most `max` of them. */
export function trendTicks(months: readonly string[], max = MAX_TICKS): string[] {
  if (months.length <= max) return [...months];
  const step = Math.ceil(months.length / max);
  return months.filter((_, i) => i % step === 0);
}

/** Series laid out row by row in a grid of `columns`. */
export function trendPoints(series: readonly TrendSeries[], columns: number): TrendPoint[] {
  return series.flatMap((s, i) =>
    s.points.map((p) => ({ id: s.id, label: s.label, col: i % columns, row: Math.floor(i / columns), date: monthDate(p.month), month: p.month, share: p.share, comments: p.comments })),
  );
}

export function themeTrends(series: readonly TrendSeries[], options: TrendOptions): PlotOptions {
  const columns = Math.max(1, Math.min(options.columns ?? 3, series.length));
  const rows = Math.max(1, Math.ceil(series.length / columns));
  const points = trendPoints(series, columns);
  const panels = series.map((s, i) => ({ id: s.id, label: s.label, overall: s.overall, col: i % columns, row: Math.floor(i / columns) }));
  const top = Math.max(0.05, ...points.map((p) => p.share), ...series.map((s) => s.overall)) * HEADROOM;
  const months = [...new Set(points.map((p) => p.month))].sort();
  const few = months.length <= 2;
  const facet = { fx: 'col', fy: 'row' } as const;
  return {
    width: options.width,
    height: rows * PANEL_HEIGHT + 40,
    marginTop: 8,
    marginBottom: 28,
    marginLeft: textWidth(options.percent(top), FONT) + 12,
    marginRight: 12,
    ariaLabel: options.ariaLabel,
    style: { fontFamily: 'inherit', fontSize: `${FONT}px`, overflow: 'visible' },
    fx: { domain: Array.from({ length: columns }, (_, i) => i), axis: null, padding: 0.1 },
    fy: { domain: Array.from({ length: rows }, (_, i) => i), axis: null, padding: 0.18 },
    x: { type: 'utc', ticks: trendTicks(months).map(monthDate), tickFormat: (d: Date) => options.monthLabel(monthOf(d)), label: null, inset: 6 },
    y: { domain: [0, top], grid: true, ticks: 3, tickFormat: options.percent, label: null },
    marks: [
      // A rect without x or y fills its facet: a light panel behind each theme.
      Plot.rect(panels, { ...facet, fill: 'var(--surface-2)' }),
      Plot.areaY(points, { ...facet, x: 'date', y: 'share', z: 'id', fill: 'var(--accent)', fillOpacity: 0.1 }),
      Plot.lineY(points, { ...facet, x: 'date', y: 'share', z: 'id', stroke: 'var(--accent)', strokeWidth: 1.75 }),
      ...(few ? [Plot.dot(points, { ...facet, x: 'date', y: 'share', fill: 'var(--accent)', r: 3 })] : []),
      Plot.ruleY(panels, { ...facet, y: 'overall', stroke: 'var(--text-3)', strokeDasharray: '4 3' }),
      Plot.tip(points, Plot.pointerX({ ...facet, x: 'date', y: 'share', title: (p: TrendPoint) => `${p.label} · ${options.monthLabel(p.month)}: ${options.percent(p.share)} (${p.comments})` })),
      Plot.text(panels, { ...facet, frameAnchor: 'top-left', text: 'label', dx: 8, dy: 8, fill: 'var(--text)', fontWeight: 600 }),
      Plot.text(panels, { ...facet, frameAnchor: 'top-right', text: (p: { overall: number }) => options.percent(p.overall), dx: -8, dy: 8, fill: 'var(--text-3)', fontVariant: 'tabular-nums' }),
    ],
  };
}

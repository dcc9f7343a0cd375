/**
 * Stickiness per month: WAU/MAU and DAU/MAU as two lines. Months only partly in the data get a
 * hollow point, because their ratios rest on fewer days.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { CATEGORICAL } from './palette';

export interface StickinessRow {
  date: Date;
  label: string;
  complete: boolean;
  wauMau: number | null;
  dauMau: number | null;
}

export interface StickinessOptions {
  wauLabel: string;
  dauLabel: string;
  format: (v: number) => string;
  tickFormat: (d: Date, i: number) => string;
  width?: number;
  ariaLabel?: string;
}

export const STICKINESS_COLORS = { wauMau: 'var(--accent)', dauMau: CATEGORICAL[1] } as const;

export function stickinessChart(rows: readonly StickinessRow[], options: StickinessOptions): PlotOptions {
  const max = Math.max(0.05, ...rows.flatMap((r) => [r.wauMau ?? 0, r.dauMau ?? 0]));
  const series = (key: 'wauMau' | 'dauMau') => {
    const data = rows.filter((r) => r[key] !== null);
    const label = key === 'wauMau' ? options.wauLabel : options.dauLabel;
    const color = STICKINESS_COLORS[key];
    const title = (r: StickinessRow) => `${r.label} · ${label}: ${options.format(r[key]!)}`;
    return [
      Plot.lineY(data, { x: 'date', y: key, stroke: color, strokeWidth: 2 }),
      Plot.dot(data, { x: 'date', y: key, r: 3.5, stroke: color, strokeWidth: 1.5, fill: (r: StickinessRow) => (r.complete ? color : 'var(--surface)'), title }),
    ];
  };
  return {
    width: options.width,
    height: 220,
    marginTop: 16,
    marginLeft: 48,
    marginRight: 16,
    marginBottom: 36,
    className: 'activity-stickiness',
    ariaLabel: options.ariaLabel,
    style: { fontFamily: 'inherit', fontSize: '12px', overflow: 'visible' },
    x: { type: 'utc', tickFormat: options.tickFormat, ticks: 6, label: null, inset: 8 },
    y: { domain: [0, max], nice: true, grid: true, ticks: 4, tickFormat: options.format, label: null },
    marks: [Plot.ruleY([0], { stroke: 'var(--border-strong)' }), ...series('dauMau'), ...series('wauMau')],
  };
}

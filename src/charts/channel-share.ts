/**
 * Each channel's share of customers beside its share of revenue: a channel whose revenue bar is
 * longer than its customer bar brings customers worth more than average. Two thin bars per
 * channel in one band (customers above, revenue below), values at the bar ends.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { CATEGORICAL } from './palette';
import { labelWidth } from './text-width';

export interface ShareRow {
  key: string;
  label: string;
  customers: number;
  revenue: number;
}

export interface ChannelShareOptions {
  format: (v: number) => string;
  /** Axis ticks (whole percentages); the value labels use `format`. */
  axisFormat?: (v: number) => string;
  customersLabel: string;
  revenueLabel: string;
  width?: number;
  ariaLabel?: string;
}

export const SHARE_COLORS = { customers: CATEGORICAL[0], revenue: CATEGORICAL[2] } as const;

const ROW = 44;
/** Half the band: each bar takes one half, with a pixel between them. */
const HALF = 15;

export function channelShare(rows: readonly ShareRow[], options: ChannelShareOptions): PlotOptions {
  const max = Math.max(0.01, ...rows.flatMap((r) => [r.customers, r.revenue]));
  const { format } = options;
  const bar = (what: 'customers' | 'revenue') =>
    Plot.barX(rows, {
      x: what,
      y: 'key',
      fill: SHARE_COLORS[what],
      insetTop: what === 'customers' ? 0 : HALF + 1,
      insetBottom: what === 'customers' ? HALF + 1 : 0,
      title: (r: ShareRow) => `${r.label} · ${what === 'customers' ? options.customersLabel : options.revenueLabel}: ${format(r[what])}`,
    });
  const value = (what: 'customers' | 'revenue') =>
    Plot.text(rows, { x: what, y: 'key', text: (r: ShareRow) => format(r[what]), dx: 5, dy: what === 'customers' ? -HALF / 2 - 0.5 : HALF / 2 + 0.5, textAnchor: 'start', fill: 'var(--text-2)', fontVariant: 'tabular-nums' });
  return {
    width: options.width,
    height: rows.length * ROW + 32,
    marginTop: 28,
    marginBottom: 4,
    marginLeft: Math.min(200, labelWidth(rows.map((r) => r.label), 12) + 14),
    marginRight: 48,
    className: 'channel-share',
    ariaLabel: options.ariaLabel,
    style: { fontFamily: 'inherit', fontSize: '12px', overflow: 'visible' },
    x: { domain: [0, max], axis: 'top', grid: true, ticks: 4, tickFormat: options.axisFormat ?? format, label: null },
    // The band is 2 × HALF + 2 px tall: ROW × (1 − padding).
    y: { domain: rows.map((r) => r.key), tickFormat: (k: string) => rows.find((r) => r.key === k)?.label ?? k, tickSize: 0, label: null, padding: 1 - (2 * HALF + 2) / ROW },
    marks: [bar('customers'), bar('revenue'), value('customers'), value('revenue'), Plot.ruleX([0], { stroke: 'var(--border-strong)' })],
  };
}

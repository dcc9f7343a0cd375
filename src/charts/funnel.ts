/**
 * A conversion funnel as horizontal bars: one per step, as long as the people who reached it,
 * over a faint bar as long as the previous step (the faint part is the drop-off). The value
 * label says how many people and what share of the start.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { labelWidth } from './text-width';

export interface FunnelRow {
  key: string;
  label: string;
  people: number;
  /** People of the previous step (the step's own count for the first). */
  previous: number;
  /** people / people of the first step; null when nobody started. */
  fromStart: number | null;
}

export interface FunnelOptions {
  formatCount: (n: number) => string;
  formatShare: (v: number) => string;
  /** Tooltip of a step. */
  title: (r: FunnelRow) => string;
  color?: string;
  width?: number;
  ariaLabel?: string;
}

const ROW = 44;

export function funnelValueText(r: FunnelRow, options: Pick<FunnelOptions, 'formatCount' | 'formatShare'>): string {
  return r.fromStart === null ? options.formatCount(r.people) : `${options.formatCount(r.people)} · ${options.formatShare(r.fromStart)}`;
}

export function funnelChart(rows: readonly FunnelRow[], options: FunnelOptions): PlotOptions {
  const max = Math.max(1, ...rows.map((r) => Math.max(r.people, r.previous)));
  const color = options.color ?? 'var(--accent)';
  const texts = rows.map((r) => funnelValueText(r, options));
  return {
    width: options.width,
    height: rows.length * ROW + 8,
    marginTop: 4,
    marginBottom: 4,
    marginLeft: Math.min(200, labelWidth(rows.map((r) => r.label), 12) + 16),
    marginRight: labelWidth(texts, 12) + 16,
    className: 'funnel',
    ariaLabel: options.ariaLabel,
    style: { fontFamily: 'inherit', fontSize: '12px', overflow: 'visible' },
    x: { domain: [0, max], axis: null },
    y: { domain: rows.map((r) => r.key), tickFormat: (k: string) => rows.find((r) => r.key === k)?.label ?? k, tickSize: 0, tickPadding: 10, label: null, padding: 0.22 },
    marks: [
      Plot.barX(rows, { x: 'previous', y: 'key', fill: color, fillOpacity: 0.16, title: options.title }),
      Plot.barX(rows, { x: 'people', y: 'key', fill: color, title: options.title }),
      Plot.text(rows, { x: (r: FunnelRow) => Math.max(r.people, r.previous), y: 'key', text: (r: FunnelRow) => funnelValueText(r, options), dx: 8, textAnchor: 'start', fill: 'var(--text)', fontWeight: 550, fontVariant: 'tabular-nums' }),
      Plot.ruleX([0], { stroke: 'var(--border-strong)' }),
    ],
  };
}

/**
 * One horizontal bar per group (segment, tier, cluster, channel) with its value written at the
 * end: mean predicted CLV per customer, or, when no model could be fitted, the share of
 * high-risk customers. Colours come from the caller (the shared segment / cluster palette).
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { labelWidth } from './text-width';

export interface ClvBarRow {
  key: string;
  label: string;
  color: string;
  value: number;
}

export interface ClvBarsOptions {
  /** Axis ticks (short). */
  format: (n: number) => string;
  /** The value written at the end of each bar; the tick format when omitted. */
  formatValue?: (n: number) => string;
  xLabel: string;
  title: (r: ClvBarRow) => string;
  width?: number;
}

const ROW = 26;

export function clvBars(rows: readonly ClvBarRow[], o: ClvBarsOptions): PlotOptions {
  const max = Math.max(0, ...rows.map((r) => r.value));
  const value = o.formatValue ?? o.format;
  const texts = rows.map((r) => value(r.value));
  return {
    width: o.width,
    height: rows.length * ROW + 44,
    marginLeft: Math.min(260, labelWidth(rows.map((r) => r.label), 12) + 14),
    marginRight: labelWidth(texts, 12) + 14,
    marginTop: 36,
    marginBottom: 8,
    style: { fontFamily: 'inherit', fontSize: '12px', overflow: 'visible' },
    color: { type: 'identity' },
    x: { domain: [0, max > 0 ? max : 1], axis: 'top', grid: true, ticks: 4, tickFormat: o.format, label: o.xLabel, labelAnchor: 'left' },
    y: { domain: rows.map((r) => r.key), tickFormat: (k: string) => rows.find((r) => r.key === k)?.label ?? k, tickSize: 0, label: null, padding: 0.25 },
    marks: [
      Plot.barX(rows, { x: 'value', y: 'key', fill: 'color', title: o.title }),
      Plot.text(rows, { x: 'value', y: 'key', text: (r: ClvBarRow) => value(r.value), dx: 6, textAnchor: 'start', fill: 'var(--text-2)', fontVariant: 'tabular-nums' }),
      Plot.ruleX([0], { stroke: 'var(--border-strong)' }),
    ],
  };
}

/**
 * Row accounting as a horizontal waterfall: rows in, minus what each reason sets aside, equals
 * rows kept. A pure function of (rows, options) to Plot options; plot-chart.svelte mounts it.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { labelWidth } from './text-width';

export interface WaterfallRow {
  key: string;
  label: string;
  value: number;
  /** A total is drawn from zero; a step is taken off the running total. */
  kind: 'total' | 'step';
}

export interface WaterfallBar extends WaterfallRow {
  x1: number;
  x2: number;
}

export interface WaterfallOptions {
  /** Formats a row count for the value labels and the axis. */
  format: (n: number) => string;
  width?: number;
  ariaLabel?: string;
}

const ROW_HEIGHT = 26;
const AXIS_HEIGHT = 28;

/** Where each bar starts and ends: totals from zero, steps down from the running total. */
export function waterfallBars(rows: readonly WaterfallRow[]): WaterfallBar[] {
  let running = 0;
  return rows.map((r) => {
    if (r.kind === 'total') {
      running = r.value;
      return { ...r, x1: 0, x2: r.value };
    }
    const bar = { ...r, x1: running - r.value, x2: running };
    running -= r.value;
    return bar;
  });
}

export function waterfall(rows: readonly WaterfallRow[], options: WaterfallOptions): PlotOptions {
  const bars = waterfallBars(rows);
  const max = Math.max(1, ...bars.map((b) => b.x2));
  const { format } = options;
  const valueText = (b: WaterfallBar) => (b.kind === 'step' ? `−${format(b.value)}` : format(b.value));
  return {
    width: options.width,
    height: bars.length * ROW_HEIGHT + AXIS_HEIGHT,
    marginTop: AXIS_HEIGHT,
    marginBottom: 4,
    marginLeft: Math.min(240, labelWidth(bars.map((b) => b.label), 12) + 16),
    // Room for the value label of the longest bar.
    marginRight: labelWidth(bars.map(valueText), 12) + 16,
    className: 'waterfall',
    ariaLabel: options.ariaLabel,
    style: { fontFamily: 'inherit', fontSize: '12px', overflow: 'visible' },
    x: { domain: [0, max], axis: 'top', grid: true, ticks: 4, tickFormat: format, label: null },
    y: { domain: bars.map((b) => b.key), tickFormat: (key: string) => bars.find((b) => b.key === key)?.label ?? key, tickSize: 0, label: null, padding: 0.3 },
    marks: [
      Plot.barX(
        bars.filter((b) => b.kind === 'total'),
        { x1: 'x1', x2: 'x2', y: 'key', fill: 'var(--accent)', title: (b: WaterfallBar) => `${b.label}: ${valueText(b)}` },
      ),
      Plot.barX(
        bars.filter((b) => b.kind === 'step'),
        // A few rows out of half a million would not show: every step is at least a hairline wide.
        { x1: 'x1', x2: 'x2', y: 'key', fill: 'var(--amber)', insetLeft: -0.5, insetRight: -0.5, title: (b: WaterfallBar) => `${b.label}: ${valueText(b)}` },
      ),
      Plot.text(bars, { x: 'x2', y: 'key', text: valueText, dx: 6, textAnchor: 'start', fill: 'var(--text-2)', fontVariant: 'tabular-nums' }),
      Plot.ruleX([0], { stroke: 'var(--border-strong)' }),
    ],
  };
}

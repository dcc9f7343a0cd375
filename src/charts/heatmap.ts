/**
 * A grid of cells coloured by a value on the one sequential scheme (HEAT_SCHEME): R score × F
 * score by mean spend, weekday × hour by orders, segment × category by share. Cells without a
 * value are drawn in the neutral surface colour and say "—". Text in a cell switches to white on
 * dark cells so it stays readable.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { HEAT_SCHEME } from './palette';
import { labelWidth } from './text-width';

export interface HeatCell {
  x: string | number;
  y: string | number;
  value: number | null;
  /** Text inside the cell (omit for none). */
  text?: string;
  /** Tooltip. */
  title?: string;
}

export interface HeatAxis {
  domain: (string | number)[];
  label: string | null;
  tickFormat?: (v: string | number) => string;
}

export interface HeatmapOptions {
  x: HeatAxis;
  y: HeatAxis;
  /** Legend title and format of the colour ramp. */
  color: { label: string; format: (n: number) => string };
  /** Pixel height of one row. */
  rowHeight?: number;
  /** Hide the x tick labels of every other column when they would crowd (24 hours). */
  xTickEvery?: number;
  width?: number;
  ariaLabel?: string;
}

const FONT = 12;
/** Share of the colour range above which a cell is dark enough to need white text. */
const DARK = 0.55;

export function heatExtent(cells: readonly HeatCell[]): [number, number] {
  const values = cells.map((c) => c.value).filter((v): v is number => v !== null && Number.isFinite(v));
  if (values.length === 0) return [0, 1];
  const lo = Math.min(0, ...values);
  const hi = Math.max(...values);
  return [lo, hi > lo ? hi : lo + 1];
}

export function textColor(value: number | null, [lo, hi]: [number, number]): string {
  if (value === null) return 'var(--text-3)';
  return (value - lo) / (hi - lo) > DARK ? '#ffffff' : '#182026';
}

export function heatmap(cells: readonly HeatCell[], options: HeatmapOptions): PlotOptions {
  const extent = heatExtent(cells);
  const rowHeight = options.rowHeight ?? 36;
  const fmt = (axis: HeatAxis) => (v: string | number) => (axis.tickFormat ? axis.tickFormat(v) : String(v));
  const every = options.xTickEvery ?? 1;
  const xTicks = options.x.domain.filter((_, i) => i % every === 0);
  const yLabels = options.y.domain.map(fmt(options.y));
  const filled = cells.filter((c) => c.value !== null);
  const empty = cells.filter((c) => c.value === null);
  const withText = cells.filter((c) => c.text !== undefined);
  return {
    width: options.width,
    height: options.y.domain.length * rowHeight + 32 + (options.x.label ? 16 : 0) + (options.y.label ? 16 : 0),
    // A y label sits above the rows, horizontal: rotated Chinese text is hard to read.
    marginTop: options.y.label ? 24 : 8,
    marginBottom: options.x.label ? 40 : 24,
    marginLeft: labelWidth(yLabels, FONT) + 12,
    marginRight: 8,
    ariaLabel: options.ariaLabel,
    style: { fontFamily: 'inherit', fontSize: `${FONT}px`, overflow: 'visible' },
    x: { domain: options.x.domain, ticks: xTicks, tickFormat: fmt(options.x), label: options.x.label, labelAnchor: 'center', labelOffset: 34, tickSize: 0, padding: 0.04 },
    y: { domain: options.y.domain, tickFormat: fmt(options.y), label: options.y.label, labelAnchor: 'top', tickSize: 0, padding: 0.06 },
    color: { type: 'linear', scheme: HEAT_SCHEME, domain: extent, legend: true, label: options.color.label, tickFormat: options.color.format, ticks: 4 },
    marks: [
      Plot.cell(empty, { x: 'x', y: 'y', fill: 'var(--surface-2)', title: 'title' }),
      Plot.cell(filled, { x: 'x', y: 'y', fill: 'value', title: 'title' }),
      Plot.text(withText, {
        x: 'x',
        y: 'y',
        text: 'text',
        fill: (c: HeatCell) => textColor(c.value, extent),
        lineHeight: 1.25,
        fontVariant: 'tabular-nums',
      }),
    ],
  };
}

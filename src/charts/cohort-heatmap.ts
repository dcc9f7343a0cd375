/**
 * A cohort matrix as a heatmap: one row per cohort (its size in a column beside the label), one
 * column per period k since the cohort began, the cell's colour and text its value. Rows have
 * different lengths (younger cohorts reached fewer periods), so the matrix is a staircase.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { HEAT_SCHEME, NEUTRAL } from './palette';
import { labelWidth, textWidth } from './text-width';

export interface HeatmapRow {
  /** Cohort period, the row's key. */
  key: string;
  label: string;
  size: number;
  /** Value at k = 0 .. length − 1; null where it is undefined (revenue retention without period-0 revenue). */
  values: (number | null)[];
}

export interface HeatmapCell {
  key: string;
  k: number;
  value: number;
  /** The cell is dark enough for white text. */
  dark: boolean;
  /** The cell lies in the last, only partly observed period. */
  partial: boolean;
}

export interface CohortHeatmapOptions {
  /** Cell text and tooltip value. */
  format: (v: number) => string;
  formatSize: (n: number) => string;
  xLabel: string;
  sizeLabel: string;
  /** Tooltip of a cell. */
  title: (row: HeatmapRow, k: number, value: number | null) => string;
  /**
   * Period 0 is always 100% for retention-like shares: start the colour scale's top after it,
   * so that the other cells are not washed out (period-0 cells are clamped to the darkest).
   */
  skipFirstForColor: boolean;
  /** The last data period is only partly observed: its cells are drawn lighter. */
  partialLast?: boolean;
  width?: number;
  ariaLabel?: string;
}

/** Up to this many columns and rows the cells carry their value as text. */
export const TEXT_MAX_COLUMNS = 24;
export const TEXT_MAX_ROWS = 30;
/** A cell is "dark" (white text) above this share of the colour scale. */
const DARK_FROM = 0.55;
/** Text colour on light cells: fixed, because the cell colours do not follow the theme. */
const INK = '#182026';

/** The top of the colour scale: the largest value, after period 0 when asked. */
export function colorMax(rows: readonly HeatmapRow[], skipFirst: boolean): number {
  let max = 0;
  for (const r of rows) r.values.forEach((v, k) => v !== null && (!skipFirst || k > 0) && v > max && (max = v));
  if (max === 0 && skipFirst) return colorMax(rows, false) || 1;
  return max || 1;
}

export function heatmapCells(rows: readonly HeatmapRow[], max: number, partialLast = false): { cells: HeatmapCell[]; empty: { key: string; k: number }[] } {
  const cells: HeatmapCell[] = [];
  const empty: { key: string; k: number }[] = [];
  for (const r of rows) {
    r.values.forEach((value, k) => {
      if (value === null) empty.push({ key: r.key, k });
      else cells.push({ key: r.key, k, value, dark: value / max > DARK_FROM, partial: partialLast && k === r.values.length - 1 });
    });
  }
  return { cells, empty };
}

export function cohortHeatmap(rows: readonly HeatmapRow[], options: CohortHeatmapOptions): PlotOptions {
  const columns = Math.max(1, ...rows.map((r) => r.values.length));
  const dense = rows.length > TEXT_MAX_ROWS;
  const withText = columns <= TEXT_MAX_COLUMNS && !dense;
  const rowHeight = dense ? 14 : 26;
  const fontSize = dense ? 10 : 11;
  const max = colorMax(rows, options.skipFirstForColor);
  const { cells, empty } = heatmapCells(rows, max, options.partialLast);
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const sizeTexts = rows.map((r) => options.formatSize(r.size));
  const sizeWidth = Math.max(labelWidth(sizeTexts, fontSize), textWidth(options.sizeLabel, fontSize));
  const every = Math.max(1, Math.ceil(columns / 20));
  const title = (c: { key: string; k: number; value?: number }) => options.title(byKey.get(c.key)!, c.k, c.value ?? null);

  return {
    width: options.width,
    height: rows.length * rowHeight + 44,
    marginTop: 44,
    marginBottom: 4,
    marginRight: 8,
    marginLeft: labelWidth(rows.map((r) => r.label), fontSize) + sizeWidth + 30,
    className: 'cohort-heatmap',
    ariaLabel: options.ariaLabel,
    style: { fontFamily: 'inherit', fontSize: `${fontSize}px`, overflow: 'visible' },
    x: {
      type: 'band',
      domain: Array.from({ length: columns }, (_, k) => k),
      axis: 'top',
      label: options.xLabel,
      labelAnchor: 'left',
      labelOffset: 34,
      tickSize: 0,
      tickFormat: (k: number) => (k % every === 0 ? String(k) : ''),
      padding: 0,
    },
    y: { domain: rows.map((r) => r.key), tickFormat: (key: string) => byKey.get(key)?.label ?? key, tickSize: 0, tickPadding: sizeWidth + 18, label: null, padding: 0 },
    color: { type: 'linear', scheme: HEAT_SCHEME, domain: [0, max], clamp: true },
    marks: [
      Plot.cell(cells, { x: 'k', y: 'key', fill: 'value', inset: 0.5, fillOpacity: { value: (c: HeatmapCell) => (c.partial ? 0.55 : 1), scale: null }, title }),
      Plot.cell(empty, { x: 'k', y: 'key', fill: NEUTRAL, fillOpacity: 0.25, inset: 0.5, title }),
      ...(withText
        ? [
            Plot.text(cells, {
              x: 'k',
              y: 'key',
              text: (c: HeatmapCell) => options.format(c.value),
              // Unscaled: the colour scale belongs to the cell values.
              fill: { value: (c: HeatmapCell) => (c.dark ? 'white' : INK), scale: null },
              fontVariant: 'tabular-nums',
            }),
          ]
        : []),
      Plot.text(rows, { y: 'key', text: (r: HeatmapRow) => options.formatSize(r.size), frameAnchor: 'left', dx: -10, textAnchor: 'end', fill: 'currentColor', fontVariant: 'tabular-nums' }),
      Plot.text([options.sizeLabel], { frameAnchor: 'top-left', dx: -10, dy: -10, textAnchor: 'end', fill: 'currentColor', fontWeight: 600 }),
    ],
  };
}

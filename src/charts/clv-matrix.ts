/**
 * A frequency x recency matrix as a heatmap (lifetimes' plot_frequency_recency_matrix and
 * plot_probability_alive_matrix, on the customers of the data rather than a grid): rows are the
 * number of repeat purchases (most at the top), columns the age at the last purchase (BTYD
 * recency) in equal bins, each cell the mean over its customers. Empty cells stay blank.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { HEAT_SCHEME } from './palette';
import { labelWidth } from './text-width';

export interface MatrixInput {
  /** Row labels: "0".."19", "20+". */
  x: string[];
  /** Column edges (model units): column j is [edges[j], edges[j + 1]). */
  txEdges: number[];
  values: (number | null)[][];
  customers: number[][];
}

export interface MatrixCell {
  row: string;
  col: number;
  value: number;
  customers: number;
}

export function matrixCells(m: MatrixInput): MatrixCell[] {
  const cells: MatrixCell[] = [];
  m.values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v !== null && m.customers[i][j] > 0) cells.push({ row: m.x[i], col: j, value: v, customers: m.customers[i][j] });
    }),
  );
  return cells;
}

/** Rows down to the highest frequency that has a customer (the rest would be an empty band). */
export function usedRows(m: MatrixInput): string[] {
  let last = 0;
  m.customers.forEach((row, i) => row.some((c) => c > 0) && (last = i));
  return m.x.slice(0, last + 1);
}

export interface ClvMatrixOptions {
  /** Colour domain: [0, 1] for P(alive); [0, max] for expected purchases when omitted. */
  domain?: [number, number];
  formatValue: (n: number) => string;
  /** Label of column j (its recency range, in days). */
  formatColumn: (from: number, to: number) => string;
  xLabel: string;
  yLabel: string;
  legendLabel: string;
  title: (c: MatrixCell) => string;
  width?: number;
}

export function clvMatrix(m: MatrixInput, o: ClvMatrixOptions): PlotOptions {
  const cells = matrixCells(m);
  const rows = usedRows(m);
  const cols = m.txEdges.length - 1;
  const columnLabels = Array.from({ length: cols }, (_, j) => o.formatColumn(m.txEdges[j], m.txEdges[j + 1]));
  const max = Math.max(1e-9, ...cells.map((c) => c.value));
  // A tick every fourth column keeps range labels apart at half the chapter's width.
  const every = cols > 10 ? 4 : cols > 5 ? 2 : 1;
  return {
    width: o.width,
    height: Math.max(180, rows.length * 14 + 110),
    marginLeft: Math.max(40, labelWidth(rows, 11) + 30),
    marginBottom: 44,
    marginRight: 12,
    style: { fontFamily: 'inherit', fontSize: '11px', overflow: 'visible' },
    x: {
      type: 'band',
      domain: Array.from({ length: cols }, (_, j) => j),
      ticks: Array.from({ length: cols }, (_, j) => j).filter((j) => j % every === 0),
      tickFormat: (j: number) => columnLabels[j],
      label: o.xLabel,
      labelAnchor: 'center',
      labelOffset: 36,
      padding: 0.04,
    },
    y: { type: 'band', domain: [...rows].reverse(), label: o.yLabel, labelAnchor: 'top', padding: 0.04, tickSize: 0 },
    color: { type: 'linear', scheme: HEAT_SCHEME, domain: o.domain ?? [0, max], legend: true, label: o.legendLabel, tickFormat: o.formatValue },
    marks: [Plot.cell(cells.filter((c) => rows.includes(c.row)), { x: 'col', y: 'row', fill: 'value', title: o.title, inset: 0.5 })],
  };
}

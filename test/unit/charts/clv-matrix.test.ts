// Breaks when the frequency x recency heatmaps (src/charts/clv-matrix.ts) draw empty cells,
// keep empty top rows, put frequency 0 on top, lose the fixed [0, 1] colour domain of P(alive)
// or the shared heat scheme, or crowd the column ticks.
import { describe, expect, it } from 'vitest';
import { clvMatrix, matrixCells, usedRows, type MatrixInput } from '../../../src/charts/clv-matrix';
import { HEAT_SCHEME } from '../../../src/charts/palette';
import { matchSnapshot, renderSvg } from './render';

const X = [...Array.from({ length: 20 }, (_, i) => String(i)), '20+'];
/** 21 rows x 20 columns; customers only up to frequency 4, P(alive) rising with recency. */
function matrix(): MatrixInput {
  const values = X.map((_, i) => Array.from({ length: 20 }, (_, j) => (i <= 4 && (i === 0 ? j === 0 : j >= i) ? Math.min(1, (j + 1) / 20 + i * 0.02) : null)));
  const customers = values.map((row) => row.map((v) => (v === null ? 0 : 10)));
  return { x: X, txEdges: Array.from({ length: 21 }, (_, j) => j * 27.3), values, customers };
}

/** The colour ramp legend draws on a canvas, which linkedom has not: render the chart without it. */
const noLegend = (spec: ReturnType<typeof clvMatrix>) => ({ ...spec, color: { ...spec.color, legend: false }, width: 440 });

describe('clvMatrix', () => {
  const m = matrix();
  it('keeps the cells with customers and the rows up to the highest frequency seen', () => {
    expect(matrixCells(m)).toHaveLength(1 + 19 + 18 + 17 + 16);
    expect(usedRows(m)).toEqual(['0', '1', '2', '3', '4']);
  });

  const spec = clvMatrix(m, {
    domain: [0, 1],
    formatValue: (n) => n.toFixed(1),
    formatColumn: (a, b) => `${Math.round(a)}–${Math.round(b)}`,
    xLabel: 'Days from first to last purchase',
    yLabel: 'Repeat purchases',
    legendLabel: 'P(alive)',
    title: () => '',
  });

  it('puts the most repeat purchases on top, P(alive) on [0, 1] in the shared scheme, a tick every fourth column', () => {
    expect(spec.y?.domain).toEqual(['4', '3', '2', '1', '0']);
    expect(spec.color?.domain).toEqual([0, 1]);
    expect(spec.color?.scheme).toBe(HEAT_SCHEME);
    expect(spec.color?.legend).toBe(true);
    expect(spec.x?.ticks).toEqual([0, 4, 8, 12, 16]);
    const svg = renderSvg(noLegend(spec));
    expect(svg).toContain('0–27');
  });

  it('renders to the saved SVG', () => {
    const result = matchSnapshot(renderSvg(noLegend(spec)), new URL('./__snapshots__/clv-matrix-alive.svg', import.meta.url));
    expect(result.ok, `the SVG changed: compare ${result.changed}`).toBe(true);
  });
});

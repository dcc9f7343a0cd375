// Breaks when the cohort heatmap stops being a staircase of one cell per (cohort, k) the Report
// has, loses the cohort sizes beside the labels, lets period 0 (always 100%) wash out the colour
// scale of a retention matrix, puts dark text on dark cells, crowds text into dense (weekly)
// matrices, or when its rendered SVG changes (test/unit/charts/__snapshots__/cohort-heatmap-*.svg;
// a -changed copy is written beside a snapshot that no longer matches).
import { describe, expect, it } from 'vitest';
import { cohortHeatmap, colorMax, heatmapCells, TEXT_MAX_COLUMNS, type HeatmapRow } from '../../../src/charts/cohort-heatmap';
import { HEAT_SCHEME } from '../../../src/charts/palette';
import { CDNOW_COHORTS } from '../report/lifecycle/fixtures';
import { matchSnapshot, renderSvg } from './render';

const pct = (v: number) => `${Math.round(v * 100)}%`;
const LABEL: Record<string, string> = { '1997-01': 'Jan 1997', '1997-02': 'Feb 1997', '1997-03': 'Mar 1997', '1997-11': 'Nov 1997' };
const ROWS: HeatmapRow[] = CDNOW_COHORTS.cohorts.map((c) => ({ key: c.period, label: LABEL[c.period], size: c.size, values: c.retention }));
const OPTIONS = {
  format: pct,
  formatSize: (n: number) => new Intl.NumberFormat('en').format(n),
  xLabel: 'Months since first purchase',
  sizeLabel: 'Customers',
  title: (r: HeatmapRow, k: number, v: number | null) => `${r.label}, month ${k}: ${v === null ? '—' : pct(v)}`,
  skipFirstForColor: true,
};

type Mark = { data?: unknown[]; ariaLabel?: string };

describe('cells', () => {
  it('one cell per value the Report has: a staircase, cohort by cohort', () => {
    const { cells, empty } = heatmapCells(ROWS, 1);
    expect(cells).toHaveLength(18 + 17 + 16 + 8);
    expect(empty).toEqual([]);
    expect(cells.filter((c) => c.key === '1997-11').map((c) => c.k)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('null values (revenue retention without period-0 revenue) get a neutral cell', () => {
    const { cells, empty } = heatmapCells([{ key: 'a', label: 'a', size: 1, values: [null, 0.5] }], 1);
    expect(empty).toEqual([{ key: 'a', k: 0 }]);
    expect(cells.map((c) => c.k)).toEqual([1]);
  });

  it('the colour scale tops out after period 0 for retention, at the maximum otherwise', () => {
    expect(colorMax(ROWS, true)).toBeCloseTo(3652 / 7814, 10); // Jan 1997, k = 1
    expect(colorMax(ROWS, false)).toBe(1);
    expect(colorMax([{ key: 'a', label: 'a', size: 1, values: [1] }], true)).toBe(1);
  });

  it('white text only on cells dark enough, the partial last column marked', () => {
    const { cells } = heatmapCells(ROWS, 0.5, true);
    expect(cells.find((c) => c.key === '1997-01' && c.k === 1)!.dark).toBe(true);
    expect(cells.find((c) => c.key === '1997-01' && c.k === 17)!.dark).toBe(false);
    expect(cells.filter((c) => c.partial).map((c) => `${c.key}:${c.k}`)).toEqual(['1997-01:17', '1997-02:16', '1997-03:15', '1997-11:7']);
  });
});

describe('spec', () => {
  const spec = cohortHeatmap(ROWS, OPTIONS);

  it('rows are the cohorts in order, labelled; columns k = 0 .. 17', () => {
    expect(spec.y?.domain).toEqual(['1997-01', '1997-02', '1997-03', '1997-11']);
    const tick = spec.y?.tickFormat as (k: string) => string;
    expect(ROWS.map((r) => tick(r.key))).toEqual(['Jan 1997', 'Feb 1997', 'Mar 1997', 'Nov 1997']);
    expect(spec.x?.domain).toEqual(Array.from({ length: 18 }, (_, k) => k));
    expect(spec.color).toMatchObject({ scheme: HEAT_SCHEME, clamp: true });
    expect((spec.color as { domain: number[] }).domain[1]).toBeCloseTo(3652 / 7814, 10);
  });

  it('draws cells, their values, the sizes and the size header', () => {
    const marks = spec.marks as Mark[];
    expect(marks).toHaveLength(5);
    expect(marks[0].data).toHaveLength(59);
    expect(marks[2].data).toHaveLength(59);
    expect(marks[3].data).toBe(ROWS);
    expect(marks[4].data).toEqual(['Customers']);
  });

  it('dense matrices (79 weeks) drop the cell text and shrink the rows', () => {
    const weeks: HeatmapRow[] = Array.from({ length: 79 }, (_, i) => ({ key: `w${i}`, label: `w${i}`, size: 20, values: Array.from({ length: 79 - i }, () => 0.3) }));
    const dense = cohortHeatmap(weeks, OPTIONS);
    expect((dense.marks as Mark[]).length).toBe(4);
    expect(dense.height).toBe(79 * 14 + 44);
    expect(weeks[0].values.length).toBeGreaterThan(TEXT_MAX_COLUMNS);
    const tick = dense.x?.tickFormat as (k: number) => string;
    expect([0, 1, 4, 5].map(tick)).toEqual(['0', '', '4', '']);
  });

  it('renders to the saved SVG, with the numbers in the cells', () => {
    const svg = renderSvg({ ...spec, width: 900 });
    for (const text of ['Customers', '7,814', '8,455', '7,231', 'Jan 1997', '47%', '100%', 'Months since first purchase']) expect(svg).toContain(text);
    const result = matchSnapshot(svg, new URL('./__snapshots__/cohort-heatmap-cdnow.svg', import.meta.url));
    expect(result.ok, `the SVG changed: compare ${result.changed}`).toBe(true);
  });
});

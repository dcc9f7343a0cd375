// Breaks when a customer histogram (order value, orders, days between purchases, R/F/M) puts a
// bar where its values are not (whole-number bins off-centre, a range text that includes the next
// bin), when the score bands leave the drawn range or stop alternating, when narrow bands print
// their numbers on top of each other, or when the rendered SVG changes (__snapshots__).
import { describe, expect, it } from 'vitest';
import type { HistogramBin } from '../../../src/analysis/value/types';
import { histogram, histogramBands, histogramRects, isDiscrete, labelLines } from '../../../src/charts/histogram';
import { matchSnapshot, renderSvg } from './render';

const int = (n: number) => new Intl.NumberFormat('en').format(n);
const money = (n: number) => `£${Math.round(n)}`;

/** Orders per customer on the English sample: one bin per order count. */
const ORDERS: HistogramBin[] = Object.freeze([
  { x0: 1, x1: 2, count: 1399 },
  { x0: 2, x1: 3, count: 467 },
  { x0: 3, x1: 4, count: 226 },
  { x0: 4, x1: 5, count: 120 },
  { x0: 5, x1: 6, count: 70 },
]) as HistogramBin[];

/** Days since the last purchase in 27-day bins. */
const DAYS: HistogramBin[] = [
  { x0: 1, x1: 28, count: 443 },
  { x0: 28, x1: 55, count: 260 },
  { x0: 55, x1: 82, count: 180 },
];

/** Spend, continuous. */
const SPEND: HistogramBin[] = [
  { x0: 6.99, x1: 50.5, count: 900 },
  { x0: 50.5, x1: 94.01, count: 600 },
  { x0: 94.01, x1: 137.52, count: 300 },
];

describe('bins', () => {
  it('tells unit bins of whole numbers from wider or continuous ones', () => {
    expect(isDiscrete(ORDERS)).toBe(true);
    expect(isDiscrete(DAYS)).toBe(false);
    expect(isDiscrete(SPEND)).toBe(false);
    expect(isDiscrete([])).toBe(false);
  });

  it('centres unit bins on their value', () => {
    expect(histogramRects(ORDERS, int).map((r) => [r.x1, r.x2, r.range])).toEqual([
      [0.5, 1.5, '1'],
      [1.5, 2.5, '2'],
      [2.5, 3.5, '3'],
      [3.5, 4.5, '4'],
      [4.5, 5.5, '5'],
    ]);
  });

  it('names whole-number bins by their first and last value, continuous ones by their edges', () => {
    expect(histogramRects(DAYS, int).map((r) => r.range)).toEqual(['1–27', '28–54', '55–82']);
    expect(histogramRects(SPEND, money).map((r) => r.range)).toEqual(['£7–£51', '£51–£94', '£94–£138']);
  });
});

describe('score bands', () => {
  it('are clipped to the drawn range, shifted with unit bins, and alternate their shading', () => {
    // Frequency scores on the sample: 1 below 2 orders, 2 empty (edges 2 and 2), 3 for 2, 4 for 3, 5 from 4.
    const bands = histogramBands(ORDERS, [
      { x1: -Infinity, x2: 2, label: '1' },
      { x1: 2, x2: 2, label: '2' },
      { x1: 2, x2: 3, label: '3' },
      { x1: 3, x2: 4, label: '4' },
      { x1: 4, x2: Infinity, label: '5' },
    ]);
    expect(bands.map((b) => [b.label, b.x1, b.x2])).toEqual([
      ['1', 0.5, 1.5],
      ['3', 1.5, 2.5],
      ['4', 2.5, 3.5],
      ['5', 3.5, 5.5],
    ]);
    expect(bands.map((b) => b.fill)).toEqual(['var(--surface-2)', 'transparent', 'var(--surface-2)', 'transparent']);
  });

  it('drop a band entirely outside the data', () => {
    expect(histogramBands(DAYS, [{ x1: 500, x2: Infinity, label: '1' }])).toEqual([]);
  });

  it('put close labels on a second line, and leave out what still collides', () => {
    // Centres at 1, 2, 3 and 50 pixels on a 100-pixel plot.
    expect(labelLines([1, 2, 3, 50], [0, 100], 100)).toEqual([0, 1, null, 0]);
    expect(labelLines([10, 40, 70], [0, 100], 100)).toEqual([0, 0, 0]);
  });
});

describe('histogram spec', () => {
  it('labels every unit value when there are few, every other when there are many', () => {
    const spec = histogram(ORDERS, { formatX: int, formatCount: int, xLabel: 'Orders', yLabel: 'Customers' });
    expect(spec.x?.ticks).toEqual([1, 2, 3, 4, 5]);
    expect(spec.x?.domain).toEqual([0.5, 5.5]);
    const many = Array.from({ length: 30 }, (_, i) => ({ x0: i + 1, x1: i + 2, count: 30 - i }));
    expect((histogram(many, { formatX: int, formatCount: int, xLabel: '', yLabel: '' }).x?.ticks as number[]).slice(0, 3)).toEqual([1, 3, 5]);
  });

  it('reaches the tallest bin and drops markers outside the range', () => {
    const spec = histogram(DAYS, { formatX: int, formatCount: int, xLabel: 'Days', yLabel: 'Customers', markers: [{ x: 28, label: 'median 28' }, { x: 900, label: 'off' }] });
    expect(spec.y?.domain).toEqual([0, 443]);
    const svg = renderSvg({ ...spec, width: 480 });
    expect(svg).toContain('median 28');
    expect(svg).not.toContain('>off<');
  });

  it('renders R with score bands to the saved SVG', () => {
    const spec = histogram(DAYS, {
      formatX: int,
      formatCount: int,
      xLabel: 'Days since the last purchase',
      yLabel: 'Customers',
      bands: [
        { x1: -Infinity, x2: 28, label: '5' },
        { x1: 28, x2: 60, label: '4' },
        { x1: 60, x2: Infinity, label: '3' },
      ],
    });
    const svg = renderSvg({ ...spec, width: 640 });
    for (const text of ['Days since the last purchase', '↑ Customers', '>5<', '>4<', '>3<']) expect(svg).toContain(text);
    const result = matchSnapshot(svg, new URL('./__snapshots__/histogram-recency.svg', import.meta.url));
    expect(result.ok, `the SVG changed: compare ${result.changed}`).toBe(true);
  });
});

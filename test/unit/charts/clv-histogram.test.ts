// Breaks when the predicted-CLV histogram (src/charts/clv-histogram.ts) draws the tail bin past
// the 99th percentile (it would squash the other 20 bars), loses bins, or stops formatting its
// axis as money. Snapshot in __snapshots__.
import { describe, expect, it } from 'vitest';
import { clvHistogram, splitTail } from '../../../src/charts/clv-histogram';
import { matchSnapshot, renderSvg } from './render';

const BINS = Object.freeze([
  ...Array.from({ length: 20 }, (_, k) => ({ from: k * 18, to: (k + 1) * 18, customers: Math.round(700 * Math.exp(-k / 3)) })),
  { from: 360, to: 1163.8, customers: 25 },
]);

describe('clvHistogram', () => {
  it('splits off the tail bin and keeps the 20 regular ones', () => {
    const { body, tail } = splitTail(BINS);
    expect(body).toHaveLength(20);
    expect(tail).toEqual({ from: 360, to: 1163.8, customers: 25 });
    expect(splitTail(BINS.slice(0, 20)).tail).toBeNull();
  });

  const spec = clvHistogram(BINS, {
    formatMoney: (n) => `£${n}`,
    formatCount: (n) => String(n),
    xLabel: 'Predicted CLV, next 12 months',
    yLabel: 'Customers',
    title: () => '',
  });

  it('spans the regular bins only, with money ticks', () => {
    expect(spec.x?.domain).toEqual([0, 360]);
    const marks = spec.marks as { data?: unknown[] }[];
    expect(marks[0].data).toHaveLength(20);
    const svg = renderSvg({ ...spec, width: 640 });
    expect(svg).toContain('£100');
    expect(svg).not.toContain('1163');
  });

  it('renders to the saved SVG', () => {
    const result = matchSnapshot(renderSvg({ ...spec, width: 640 }), new URL('./__snapshots__/clv-histogram.svg', import.meta.url));
    expect(result.ok, `the SVG changed: compare ${result.changed}`).toBe(true);
  });
});

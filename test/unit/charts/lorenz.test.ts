// Breaks when the Pareto curve stops being the Lorenz curve turned round (y(p) = 1 − L(1 − p)),
// so "the top 20% bring Y%" would no longer read off the curve, when the highlighted points or the
// equality diagonal go missing, when revenue net of returns is cut off the chart, or when the
// rendered SVG changes (__snapshots__).
import { describe, expect, it } from 'vitest';
import { lorenz, paretoCurve, type CurvePoint } from '../../../src/charts/lorenz';
import { matchSnapshot, renderSvg } from './render';

const pct = (s: number) => `${Math.round(s * 100)}%`;

/** Four customers spending 1, 2, 3 and 4: L(0.25) = 0.1, L(0.5) = 0.3, L(0.75) = 0.6. */
const FOUR: CurvePoint[] = Object.freeze([
  { customerShare: 0, revenueShare: 0 },
  { customerShare: 0.25, revenueShare: 0.1 },
  { customerShare: 0.5, revenueShare: 0.3 },
  { customerShare: 0.75, revenueShare: 0.6 },
  { customerShare: 1, revenueShare: 1 },
]) as CurvePoint[];

describe('paretoCurve', () => {
  it('reads the biggest customers first', () => {
    const curve = paretoCurve(FOUR);
    expect(curve.map((p) => p.customerShare)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    // The top customer (4 of 10) brings 40%, the top two 70%, the top three 90%.
    expect(curve.map((p) => Number(p.revenueShare.toFixed(10)))).toEqual([0, 0.4, 0.7, 0.9, 1]);
  });

  it('does not depend on the order of the points', () => {
    expect(paretoCurve([...FOUR].reverse())).toEqual(paretoCurve(FOUR));
  });

  it('is the diagonal when everyone spends the same', () => {
    const equal = [0, 0.5, 1].map((x) => ({ customerShare: x, revenueShare: x }));
    expect(paretoCurve(equal)).toEqual(equal);
  });
});

describe('lorenz spec', () => {
  const highlights = [{ customerShare: 0.25, revenueShare: 0.4, label: 'top 25%: 40%' }];
  const spec = lorenz(FOUR, { formatPercent: pct, xLabel: 'Share of customers', yLabel: 'Share of revenue', highlights });

  it('draws the area, the diagonal, the curve and the marked points', () => {
    const marks = spec.marks as unknown as { data: unknown[] }[];
    expect(marks).toHaveLength(6);
    expect(marks[1].data).toEqual([
      { customerShare: 0, revenueShare: 0 },
      { customerShare: 1, revenueShare: 1 },
    ]);
    expect(marks[2].data).toEqual(paretoCurve(FOUR));
    expect(marks[4].data).toEqual(highlights);
    expect(spec.x?.domain).toEqual([0, 1]);
    expect(spec.y?.domain).toEqual([0, 1]);
  });

  it('widens the y axis when returns push the curve past 100%', () => {
    const netted = [
      { customerShare: 0, revenueShare: 0 },
      { customerShare: 0.5, revenueShare: -0.2 },
      { customerShare: 1, revenueShare: 1 },
    ];
    expect(lorenz(netted, { formatPercent: pct, xLabel: '', yLabel: '' }).y?.domain).toEqual([0, 1.2]);
  });

  it('renders to the saved SVG', () => {
    const svg = renderSvg({ ...spec, width: 520 });
    for (const text of ['top 25%: 40%', 'Share of customers', '↑ Share of revenue', '100%']) expect(svg).toContain(text);
    const result = matchSnapshot(svg, new URL('./__snapshots__/lorenz-four.svg', import.meta.url));
    expect(result.ok, `the SVG changed: compare ${result.changed}`).toBe(true);
  });
});

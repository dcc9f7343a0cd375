// Breaks when the churn-driver bars (src/charts/clv-drivers.ts) stop being symmetric around zero,
// colour a churn-raising coefficient green (or a lowering one red), or misplace the odds-ratio
// labels (after a bar to the right, before a bar to the left).
import { describe, expect, it } from 'vitest';
import { clvDrivers, type DriverBar } from '../../../src/charts/clv-drivers';
import { RISK_COLORS } from '../../../src/charts/palette';
import { matchSnapshot, renderSvg } from './render';

const ROWS: DriverBar[] = Object.freeze([
  { key: '0', label: 'Recency', coefficient: 0.957, oddsRatio: Math.exp(0.957) },
  { key: '1', label: 'Segment: Champions', coefficient: -0.959, oddsRatio: Math.exp(-0.959) },
  { key: '2', label: 'Channel: store', coefficient: -0.779, oddsRatio: Math.exp(-0.779) },
  { key: '3', label: 'Tenure', coefficient: 0.198, oddsRatio: Math.exp(0.198) },
]) as DriverBar[];

describe('clvDrivers', () => {
  const spec = clvDrivers(ROWS, { formatOdds: (or) => `×${or.toFixed(2)}`, xLabel: 'Log odds of churn', title: () => '' });

  it('is symmetric around zero and keeps the rows in order', () => {
    expect(spec.x?.domain).toEqual([-0.959, 0.959]);
    expect(spec.y?.domain).toEqual(['0', '1', '2', '3']);
  });

  it('colours by sign and writes odds ratios outside the bar ends', () => {
    const marks = spec.marks as { data?: DriverBar[] }[];
    expect(marks[1].data!.map((d) => d.key)).toEqual(['0', '3']);
    expect(marks[2].data!.map((d) => d.key)).toEqual(['1', '2']);
    const svg = renderSvg({ ...spec, width: 720 });
    expect(svg).toContain(`fill="${RISK_COLORS.high}"`);
    expect(svg).toContain(`fill="${RISK_COLORS.low}"`);
    expect(svg).toContain('×2.60');
    expect(svg).toContain('×0.38');
    const result = matchSnapshot(svg, new URL('./__snapshots__/clv-drivers.svg', import.meta.url));
    expect(result.ok, `the SVG changed: compare ${result.changed}`).toBe(true);
  });
});

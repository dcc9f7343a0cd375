// Breaks when the high-risk vs active dumbbell (src/charts/clv-mix.ts) swaps its colours (red =
// high risk, green = active, the risk bands'), loses a group or its label, or lets the axis cut
// off the largest share.
import { describe, expect, it } from 'vitest';
import { clvMix, type MixRow } from '../../../src/charts/clv-mix';
import { RISK_COLORS } from '../../../src/charts/palette';
import { matchSnapshot, renderSvg } from './render';

const ROWS: MixRow[] = Object.freeze([
  { key: '0', label: 'Organic search', high: 0.23, active: 0.28 },
  { key: '1', label: 'Paid social', high: 0.2, active: 0.13 },
  { key: '2', label: 'Unknown', high: 0, active: 0.02 },
]) as MixRow[];

describe('clvMix', () => {
  const spec = clvMix(ROWS, { highLabel: 'High risk', activeLabel: 'Active repeat buyers', formatShare: (s) => `${Math.round(s * 100)}%`, xLabel: 'Share', title: () => '' });

  it('colours high risk red and active green, with a link and two dots per group', () => {
    expect(spec.color?.domain).toEqual(['High risk', 'Active repeat buyers']);
    expect(spec.color?.range).toEqual([RISK_COLORS.high, RISK_COLORS.low]);
    const marks = spec.marks as { data?: unknown[] }[];
    expect(marks[0].data).toHaveLength(3);
    expect(marks[1].data).toHaveLength(6);
    expect((spec.x?.domain as number[])[1]).toBeCloseTo(0.28 * 1.05, 12);
    expect(spec.y?.domain).toEqual(['0', '1', '2']);
  });

  it('renders to the saved SVG', () => {
    const svg = renderSvg({ ...spec, width: 720 });
    expect(svg).toContain('Paid social');
    const result = matchSnapshot(svg, new URL('./__snapshots__/clv-mix.svg', import.meta.url));
    expect(result.ok, `the SVG changed: compare ${result.changed}`).toBe(true);
  });
});

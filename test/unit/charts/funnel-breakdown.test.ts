// Breaks when the by-channel funnel stops ranking channels by end-to-end conversion, colouring a
// channel by whether it beats the all-channel rate, marking that rate, or zooming the axis to the
// rates (they are often a few points apart).
import { describe, expect, it } from 'vitest';
import { ABOVE, BELOW, breakdownDomain, funnelBreakdown, sortBreakdown, type BreakdownRow } from '../../../src/charts/funnel-breakdown';
import { SAMPLE_FUNNEL } from '../report/lifecycle/fixtures';
import { renderSvg } from './render';

const ROWS: BreakdownRow[] = SAMPLE_FUNNEL.breakdown.map((b) => ({ key: b.channel ?? '', label: b.channel ?? '(none)', rate: b.steps.at(-1)!.fromStart!, starters: b.steps[0].people }));
const OVERALL = SAMPLE_FUNNEL.steps.at(-1)!.fromStart!;
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

describe('funnel breakdown', () => {
  const spec = funnelBreakdown(ROWS, { overall: OVERALL, overallLabel: 'All channels', format: pct, title: (r) => r.label });

  it('highest conversion first', () => {
    expect(spec.y?.domain).toEqual(['Email', 'Paid social', 'Marketplace', 'Organic search', 'Referral']);
    expect(sortBreakdown([{ key: 'b', label: 'b', rate: 0.5, starters: 1 }, { key: 'a', label: 'a', rate: 0.5, starters: 1 }]).map((r) => r.key)).toEqual(['a', 'b']);
  });

  it('the axis spans the rates and the overall rate, within 0–100%', () => {
    const [lo, hi] = spec.x!.domain as number[];
    expect(lo).toBeGreaterThan(0.4);
    expect(lo).toBeLessThan(0.534);
    expect(hi).toBeGreaterThan(0.563);
    expect(breakdownDomain([{ key: 'a', label: 'a', rate: 1, starters: 1 }], 0.99)[1]).toBe(1);
  });

  it('renders the overall rate, green above it and red below', () => {
    const svg = renderSvg({ ...spec, width: 600 });
    expect(svg).toContain(`All channels ${pct(OVERALL)}`);
    expect(svg).toContain(ABOVE);
    expect(svg).toContain(BELOW);
    expect(svg).toContain('53.4%');
  });
});

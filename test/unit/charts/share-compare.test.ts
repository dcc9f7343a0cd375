// Breaks when the customer-share / revenue-share butterfly puts a share on the wrong side,
// loses the segment colours (pale for customers, full for revenue), stops being symmetric around
// the centre line (so bar lengths could no longer be compared), or renders a different SVG.
import { describe, expect, it } from 'vitest';
import { segmentColor } from '../../../src/charts/palette';
import { CUSTOMER_OPACITY, shareCompare, type ShareRow } from '../../../src/charts/share-compare';
import { matchSnapshot, renderSvg } from './render';

const pct = (s: number) => `${Math.round(s * 1000) / 10}%`;

/** The English sample's first named segments. */
const ROWS: ShareRow[] = Object.freeze([
  { key: 'champions', label: 'Champions', customerShare: 0.041, revenueShare: 0.149, color: segmentColor('named', 'champions') },
  { key: 'potential_loyalist', label: 'Potential Loyalist', customerShare: 0.245, revenueShare: 0.377, color: segmentColor('named', 'potential_loyalist') },
  { key: 'lost', label: 'Lost', customerShare: 0.153, revenueShare: 0.064, color: segmentColor('named', 'lost') },
]) as ShareRow[];

type Bar = { key: string; x: number; color: string };
const OPTIONS = { formatPercent: pct, customersLabel: 'Share of customers', revenueLabel: 'Share of revenue' };

describe('shareCompare spec', () => {
  const spec = shareCompare(ROWS, OPTIONS);
  const marks = spec.marks as unknown as { data: Bar[] }[];

  it('puts customers left of the centre and revenue right of it, per segment', () => {
    expect(marks[0].data.map((b) => [b.key, b.x])).toEqual([
      ['champions', -0.041],
      ['potential_loyalist', -0.245],
      ['lost', -0.153],
    ]);
    expect(marks[1].data.map((b) => [b.key, b.x])).toEqual([
      ['champions', 0.149],
      ['potential_loyalist', 0.377],
      ['lost', 0.064],
    ]);
  });

  it('is symmetric around zero and keeps the segment order', () => {
    expect(spec.x?.domain).toEqual([-0.377, 0.377]);
    expect(spec.y?.domain).toEqual(['champions', 'potential_loyalist', 'lost']);
    expect(shareCompare([{ ...ROWS[0], customerShare: 0.001, revenueShare: 0.002 }], OPTIONS).x?.domain).toEqual([-0.05, 0.05]);
  });

  it('colours both sides with the segment colour, the customer side paler', () => {
    const svg = renderSvg({ ...spec, width: 700 });
    expect(svg).toContain(`fill-opacity="${CUSTOMER_OPACITY}"`);
    for (const r of ROWS) expect(svg.split(`fill="${r.color}"`).length - 1).toBe(2);
  });

  it('renders to the saved SVG', () => {
    const svg = renderSvg({ ...spec, width: 700 });
    for (const text of ['← Share of customers', 'Share of revenue →', '37.7%', '24.5%', 'Potential Loyalist']) expect(svg).toContain(text);
    const result = matchSnapshot(svg, new URL('./__snapshots__/share-compare-named.svg', import.meta.url));
    expect(result.ok, `the SVG changed: compare ${result.changed}`).toBe(true);
  });
});

// Breaks when the risk-band bars (src/charts/clv-bands.ts) stop adding up to 100% per measure,
// change the band order (high, medium, low), leave the shared risk colours, or write a share
// into a segment too narrow to hold it.
import { describe, expect, it } from 'vitest';
import { bandSegments, clvBands, type BandMeasure } from '../../../src/charts/clv-bands';
import { RISK_COLORS } from '../../../src/charts/palette';
import { matchSnapshot, renderSvg } from './render';

/** The English sample data's bands. */
const ROWS: BandMeasure[] = Object.freeze([
  { key: 'customers', label: 'Customers', values: { high: 265, medium: 487, low: 1666 } },
  { key: 'var', label: 'Value at risk', values: { high: 52036, medium: 39561, low: 16825 } },
  { key: 'clv', label: 'Predicted CLV', values: { high: 4274, medium: 33119, low: 89321 } },
]) as BandMeasure[];

describe('clvBands', () => {
  it('stacks each measure to 100% in the order high, medium, low', () => {
    const s = bandSegments(ROWS);
    expect(s.filter((x) => x.key === 'customers').map((x) => x.band)).toEqual(['high', 'medium', 'low']);
    for (const key of ['customers', 'var', 'clv']) {
      const parts = s.filter((x) => x.key === key);
      expect(parts[0].x1).toBe(0);
      expect(parts[2].x2).toBeCloseTo(1, 12);
      expect(parts[1].x1).toBe(parts[0].x2);
    }
    expect(s.find((x) => x.key === 'customers' && x.band === 'high')!.share).toBeCloseTo(265 / 2418, 12);
    expect(bandSegments([{ key: 'z', label: 'z', values: { high: 0, medium: 0, low: 0 } }]).every((x) => x.share === 0)).toBe(true);
  });

  const spec = clvBands(ROWS, { bandLabel: (b) => ({ high: 'High risk', medium: 'Medium risk', low: 'Low risk' })[b], formatShare: (s) => `${Math.round(s * 100)}%`, title: () => '' });

  it('uses the risk colours and labels only segments of 7% or more', () => {
    expect(spec.color?.range).toEqual([RISK_COLORS.high, RISK_COLORS.medium, RISK_COLORS.low]);
    const texts = (spec.marks as { data?: { share: number }[] }[])[1].data!;
    expect(texts.every((t) => t.share >= 0.07)).toBe(true);
    // Predicted CLV of the high band is 3%: no text.
    expect(texts).toHaveLength(8);
    const svg = renderSvg({ ...spec, width: 720 });
    expect(svg).toContain('48%');
  });

  it('renders to the saved SVG', () => {
    const result = matchSnapshot(renderSvg({ ...spec, width: 720 }), new URL('./__snapshots__/clv-bands-sample.svg', import.meta.url));
    expect(result.ok, `the SVG changed: compare ${result.changed}`).toBe(true);
  });
});

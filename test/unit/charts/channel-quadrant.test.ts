// Breaks when the channel quadrant stops placing each channel at (revenue per customer, long
// retention) in its verdict colour, loses the average lines that make the verdict rule visible,
// draws a channel whose retention cannot be measured, lets channel names overlap each other or
// the dots (the sample's Marketplace and Organic search sit close), or when the rendered SVG
// changes (__snapshots__/channel-quadrant-sample.svg).
import { describe, expect, it } from 'vitest';
import { channelQuadrant, paddedDomain, placeLabels, VERDICT_COLORS, type QuadrantRow } from '../../../src/charts/channel-quadrant';
import { RISK_COLORS } from '../../../src/charts/palette';
import { textWidth } from '../../../src/charts/text-width';
import { SAMPLE_CHANNELS } from '../report/lifecycle/fixtures';
import { matchSnapshot, renderSvg } from './render';

const ROWS: QuadrantRow[] = SAMPLE_CHANNELS.channels.map((c) => ({
  key: c.channel ?? '',
  label: c.channel ?? '(no channel)',
  revenuePerCustomer: c.revenuePerCustomer,
  retention: c.retentionLong,
  customers: c.customers,
  verdict: c.verdict,
}));
const OPTIONS = {
  average: { revenuePerCustomer: SAMPLE_CHANNELS.average.revenuePerCustomer, retention: SAMPLE_CHANNELS.average.retentionLong },
  xLabel: 'Revenue per customer',
  yLabel: '6-month retention',
  xFormat: (v: number) => `£${Math.round(v)}`,
  yFormat: (v: number) => `${Math.round(v * 100)}%`,
  averageLabel: 'average',
  title: (r: QuadrantRow) => r.label,
  width: 520,
};

type Mark = { data?: unknown[] };

describe('channel quadrant', () => {
  const spec = channelQuadrant(ROWS, OPTIONS);

  it('verdict colours come from the one palette', () => {
    expect(VERDICT_COLORS['high-value']).toBe(RISK_COLORS.low);
    expect(VERDICT_COLORS.weak).toBe(RISK_COLORS.high);
  });

  it('axes span the channels and the averages', () => {
    const [x0, x1] = spec.x!.domain as number[];
    expect(x0).toBeLessThan(102.58);
    expect(x1).toBeGreaterThan(217.45);
    expect((spec.y!.domain as number[])[0]).toBe(0);
    expect(paddedDomain([5, 5])).toEqual([4.4, 5.6]);
  });

  it('draws the average lines, one dot per measurable channel and one label each', () => {
    const marks = spec.marks as Mark[];
    expect(marks[0].data).toEqual([SAMPLE_CHANNELS.average.revenuePerCustomer]);
    expect(marks[1].data).toEqual([SAMPLE_CHANNELS.average.retentionLong]);
    const dots = marks.find((m) => m.data?.length === ROWS.length);
    expect(dots).toBeDefined();
    expect(marks.length).toBe(4 + 1 + ROWS.length);
    const noRetention = channelQuadrant(ROWS.map((r, i) => (i === 0 ? { ...r, retention: null } : r)), OPTIONS);
    expect((noRetention.marks as Mark[]).length).toBe(4 + 1 + ROWS.length - 1);
  });

  it('no two labels overlap, and no label covers another channel’s dot', () => {
    const placed = ROWS.filter((r): r is QuadrantRow & { retention: number } => r.retention !== null);
    const margin = { top: 20, right: Math.min(120, Math.max(...placed.map((r) => textWidth(r.label, 12))) / 2 + 16), bottom: 44, left: 56 };
    const g = { width: 520, height: 340, margin, x: spec.x!.domain as [number, number], y: spec.y!.domain as [number, number], rMax: 18, maxCustomers: 587, fontSize: 12 };
    const labels = placeLabels(placed, g);
    const innerW = g.width - margin.left - margin.right;
    const innerH = g.height - margin.top - margin.bottom;
    const boxes = placed.map((r) => {
      const p = labels.get(r.key)!;
      const cx = margin.left + ((r.revenuePerCustomer - g.x[0]) / (g.x[1] - g.x[0])) * innerW + p.dx;
      const cy = margin.top + (1 - (r.retention - g.y[0]) / (g.y[1] - g.y[0])) * innerH + p.dy;
      const w = textWidth(r.label, 12);
      const x1 = p.textAnchor === 'start' ? cx : p.textAnchor === 'end' ? cx - w : cx - w / 2;
      return { key: r.key, x1, x2: x1 + w, y1: cy - 7, y2: cy + 7 };
    });
    for (const a of boxes) {
      for (const b of boxes) {
        if (a === b) continue;
        const overlap = Math.min(a.x2, b.x2) > Math.max(a.x1, b.x1) && Math.min(a.y2, b.y2) > Math.max(a.y1, b.y1);
        expect(overlap, `${a.key} / ${b.key}`).toBe(false);
      }
    }
  });

  it('renders to the saved SVG', () => {
    const svg = renderSvg(spec);
    for (const text of ['Referral', 'Paid social', 'average £130', 'Revenue per customer']) expect(svg).toContain(text);
    const result = matchSnapshot(svg, new URL('./__snapshots__/channel-quadrant-sample.svg', import.meta.url));
    expect(result.ok, `the SVG changed: compare ${result.changed}`).toBe(true);
  });
});

// Breaks when the funnel stops drawing each step as long as its people over a faint bar as long
// as the previous step (the drop-off), mislabels people or the share of the start, or when the
// rendered SVG changes (__snapshots__/funnel-sample.svg).
import { describe, expect, it } from 'vitest';
import { funnelChart, funnelValueText, type FunnelRow } from '../../../src/charts/funnel';
import { SAMPLE_FUNNEL } from '../report/lifecycle/fixtures';
import { matchSnapshot, renderSvg } from './render';

const NAMES: Record<string, string> = { view: 'View', cart: 'Add to cart', order: 'Order', pay: 'Pay' };
const ROWS: FunnelRow[] = SAMPLE_FUNNEL.steps.map((s, i) => ({ key: s.key, label: NAMES[s.key], people: s.people, previous: i === 0 ? s.people : SAMPLE_FUNNEL.steps[i - 1].people, fromStart: s.fromStart }));
const OPTIONS = { formatCount: (n: number) => new Intl.NumberFormat('en').format(n), formatShare: (v: number) => `${(v * 100).toFixed(1)}%`, title: (r: FunnelRow) => r.label };

describe('funnel chart', () => {
  const spec = funnelChart(ROWS, OPTIONS);
  const marks = spec.marks as { data?: FunnelRow[]; fillOpacity?: number; x?: unknown }[];

  it('steps top to bottom; the faint bar is the previous step', () => {
    expect(spec.y?.domain).toEqual(['view', 'cart', 'order', 'pay']);
    expect(marks[0].fillOpacity).toBeLessThan(0.5);
    expect(marks[1].fillOpacity).toBeUndefined();
    expect(spec.x?.domain).toEqual([0, 2195]);
    // Faint bar of "pay" as wide as "order", solid bar as wide as "pay" itself (widths in the SVG at 1 px per person).
    const svg = renderSvg({ ...spec, width: 2195 + (spec.marginLeft ?? 0) + (spec.marginRight ?? 0) });
    const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Math.round(Number(m[1])));
    expect(widths).toEqual([2195, 2195, 1676, 1248, 2195, 1676, 1248, 1214]);
  });

  it('labels people and the share of the start', () => {
    expect(ROWS.map((r) => funnelValueText(r, OPTIONS))).toEqual(['2,195 · 100.0%', '1,676 · 76.4%', '1,248 · 56.9%', '1,214 · 55.3%']);
    expect(funnelValueText({ ...ROWS[0], fromStart: null }, OPTIONS)).toBe('2,195');
  });

  it('renders to the saved SVG', () => {
    const svg = renderSvg({ ...spec, width: 860 });
    expect(svg).toContain('Add to cart');
    expect(svg).toContain('1,214 · 55.3%');
    const result = matchSnapshot(svg, new URL('./__snapshots__/funnel-sample.svg', import.meta.url));
    expect(result.ok, `the SVG changed: compare ${result.changed}`).toBe(true);
  });
});

// Breaks when the theme trend panels stop laying themes out row by row in a grid, share one y
// scale with headroom for the titles, label more months than fit a panel, or when their SVG
// changes (__snapshots__/feedback-trends.svg).
import { describe, expect, it } from 'vitest';
import { monthDate, themeTrends, trendPoints, trendTicks, type TrendSeries } from '../../../src/charts/feedback-trends';
import { matchSnapshot, renderSvg } from './render';

const months = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`);
const series = (id: string, base: number, slope: number): TrendSeries => ({
  id,
  label: id[0].toUpperCase() + id.slice(1),
  overall: base + slope * 5.5,
  points: months.map((month, i) => ({ month, share: base + slope * i, comments: 50 + i })),
});
const SERIES = [series('quality', 0.3, 0.005), series('delivery', 0.25, -0.01), series('price', 0.2, 0), series('returns', 0.1, 0.008)];
const options = { percent: (s: number) => `${Math.round(s * 100)}%`, monthLabel: (m: string) => m.slice(2).replace('-', '/'), columns: 3, width: 900 };

describe('layout helpers', () => {
  it('parses a month to the first of the month, UTC', () => {
    expect(monthDate('2024-03').toISOString()).toBe('2024-03-01T00:00:00.000Z');
  });

  it('places series row by row', () => {
    const pts = trendPoints(SERIES, 3);
    expect(new Set(pts.filter((p) => p.id === 'quality').map((p) => `${p.col},${p.row}`))).toEqual(new Set(['0,0']));
    expect(new Set(pts.filter((p) => p.id === 'price').map((p) => `${p.col},${p.row}`))).toEqual(new Set(['2,0']));
    expect(new Set(pts.filter((p) => p.id === 'returns').map((p) => `${p.col},${p.row}`))).toEqual(new Set(['0,1']));
  });

  it.each([
    [['2024-01'], ['2024-01']],
    [months.slice(0, 3), months.slice(0, 3)],
    [months, ['2024-01', '2024-05', '2024-09']],
    [[...months, '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'], ['2024-01', '2024-07', '2025-01']],
  ])('labels at most three months of %j', (ms, ticks) => {
    expect(trendTicks(ms)).toEqual(ticks);
  });
});

describe('themeTrends spec', () => {
  const spec = themeTrends(SERIES, options);

  it('makes a 3 x 2 grid with one shared y scale and headroom above the highest point', () => {
    expect(spec.fx?.domain).toEqual([0, 1, 2]);
    expect(spec.fy?.domain).toEqual([0, 1]);
    const top = (spec.y?.domain as number[])[1];
    expect(top).toBeCloseTo(0.355 * 1.35, 10);
    expect(spec.height).toBe(2 * 120 + 40);
    expect((spec.x?.ticks as Date[]).map((d) => d.toISOString().slice(0, 7))).toEqual(['2024-01', '2024-05', '2024-09']);
  });

  it('draws points as dots only when there are too few months for a line', () => {
    const dots = (s: ReturnType<typeof themeTrends>) => (s.marks as { ariaLabel?: string }[]).filter((m) => m.ariaLabel === 'dot').length;
    expect(dots(spec)).toBe(0);
    const short = SERIES.map((s) => ({ ...s, points: s.points.slice(0, 2) }));
    expect(dots(themeTrends(short, options))).toBe(1);
  });

  it('renders to the saved SVG with the theme titles and overall shares', () => {
    const svg = renderSvg(spec);
    for (const text of ['Quality', 'Returns', '24/01', '33%']) expect(svg).toContain(text);
    const result = matchSnapshot(svg, new URL('./__snapshots__/feedback-trends.svg', import.meta.url));
    expect(result.ok, `the SVG changed: compare ${result.changed}`).toBe(true);
  });
});

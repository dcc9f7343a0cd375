// Breaks when the clusters' scatter stops colouring customers with the palette's cluster colours
// (and its legend with them), labels its log axes in anything but the data's own units, jitters
// a point by more than the gap between one and two orders (or differently from run to run), lets
// two median dots cover each other, or when its rendered SVG changes (__snapshots__/cluster-scatter-*.svg).
import { describe, expect, it } from 'vitest';
import { clusterScatter, jitter, logTicks, placeCenters, type ScatterCenter } from '../../../src/charts/cluster-scatter';
import { CATEGORICAL } from '../../../src/charts/palette';
import { matchSnapshot, renderSvg } from './render';
import { RETAIL, SAMPLE_K3 } from '../report/clusters/fixtures';

const int = (n: number) => new Intl.NumberFormat('en').format(n);
const gbp = (n: number) => `£${int(n)}`;

function centersOf(c: typeof SAMPLE_K3): ScatterCenter[] {
  return c.clusters.map((s) => ({ cluster: s.cluster, logF: Math.log1p(s.medianOrders), logM: Math.log1p(s.medianRevenue), label: String(s.cluster + 1) }));
}

function spec(c: typeof SAMPLE_K3, names: string[]) {
  return clusterScatter(c.scatter, {
    centers: centersOf(c),
    clusters: c.clusters.map((s) => s.cluster),
    clusterLabel: (k) => `${k + 1} · ${names[k]}`,
    formatOrders: int,
    formatMoney: gbp,
    xLabel: 'Orders (log scale)',
    yLabel: 'Revenue (log scale)',
  });
}

describe('logTicks', () => {
  it.each([
    [Math.log1p(1), Math.log1p(20), [1, 2, 5, 10, 20]],
    [0, Math.log1p(60), [0, 1, 2, 5, 10, 20, 50]],
    [Math.log1p(1), Math.log1p(300), [1, 10, 100]],
    [Math.log1p(3), Math.log1p(4000), [10, 100, 1000]],
    [0, Math.log1p(200_000), [0, 1, 10, 100, 1000, 10_000, 100_000]],
  ])('[%d, %d]', (lo, hi, ticks) => {
    expect(logTicks(lo, hi)).toEqual(ticks);
  });
});

describe('jitter', () => {
  it('is the same for the same index, spread over [-0.5, 0.5)', () => {
    const values = Array.from({ length: 2000 }, (_, i) => jitter(i));
    expect(values).toEqual(Array.from({ length: 2000 }, (_, i) => jitter(i)));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(-0.5);
    expect(Math.max(...values)).toBeLessThan(0.5);
    expect(Math.min(...values)).toBeLessThan(-0.45);
    expect(Math.max(...values)).toBeGreaterThan(0.45);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
  });
});

describe('placeCenters', () => {
  it('leaves separate dots where they are', () => {
    const placed = placeCenters(centersOf(RETAIL), 5, 12);
    expect(placed.map((c) => [c.x, c.y])).toEqual(centersOf(RETAIL).map((c) => [c.logF, c.logM]));
  });

  it('moves a dot that would cover another to the right until it is clear', () => {
    const same: ScatterCenter[] = [
      { cluster: 0, logF: 1, logM: 4, label: '1' },
      { cluster: 1, logF: 1, logM: 4.1, label: '2' },
      { cluster: 2, logF: 1.05, logM: 4, label: '3' },
    ];
    const placed = placeCenters(same, 4, 10);
    expect(placed[0].x).toBe(1);
    expect(placed[1].x).toBeCloseTo(1.24, 10);
    expect(placed[2].x).toBeGreaterThan(placed[1].x);
    expect(placed.map((c) => c.y)).toEqual([4, 4.1, 4]);
  });
});

describe('clusterScatter', () => {
  const names = ['recent, average frequency, average spend', 'average recency, frequent, high spenders', 'lapsed, average frequency, average spend'];
  const s = spec(SAMPLE_K3, names);

  it('colours clusters with the palette, legend included', () => {
    expect(s.color).toMatchObject({ type: 'ordinal', legend: true, range: [CATEGORICAL[0], CATEGORICAL[1], CATEGORICAL[2]] });
    expect(s.color?.domain).toEqual(names.map((n, i) => `${i + 1} · ${n}`));
  });

  it('labels log axes in orders and money', () => {
    const xf = s.x?.tickFormat as (x: number) => string;
    const yf = s.y?.tickFormat as (y: number) => string;
    expect((s.x?.ticks as number[]).map(xf)).toEqual(['1', '2', '5', '10']);
    expect((s.y?.ticks as number[]).map(yf)).toEqual(['£20', '£50', '£100', '£200', '£500', '£1,000']);
  });

  it('jitters orders by less than a third of the gap between one and two orders', () => {
    const dots = (s.marks as { data?: { x: number; logF: number }[] }[])[0].data!;
    expect(dots).toHaveLength(SAMPLE_K3.scatter.length);
    for (const d of dots) expect(Math.abs(d.x - d.logF)).toBeLessThan((Math.log1p(2) - Math.log1p(1)) / 3);
  });

  it('renders to the saved SVG', () => {
    const svg = renderSvg({ ...s, width: 440 });
    for (const text of ['Orders (log scale)', '£1,000', '#4e79a7', '#f28e2b', '#59a14f', '1 · recent, average frequency, average spend']) expect(svg).toContain(text);
    const result = matchSnapshot(svg, new URL('./__snapshots__/cluster-scatter-sample-k3.svg', import.meta.url));
    expect(result.ok, `the SVG changed: compare ${result.changed}`).toBe(true);
  });
});

// Breaks when the silhouette chart stops drawing a bar per scored k, fills the wrong bar with the
// accent colour, labels "best" when the best k is the one in use (or fails to when it is not),
// cuts negative silhouettes off, or when its rendered SVG changes (__snapshots__/cluster-silhouette-*.svg).
import { describe, expect, it } from 'vitest';
import type { KScoreRow } from '../../../src/charts/cluster-elbow';
import { clusterSilhouette } from '../../../src/charts/cluster-silhouette';
import { matchSnapshot, renderSvg } from './render';
import { SAMPLE, SAMPLE_K3 } from '../report/clusters/fixtures';

const two = (n: number) => new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
const base = { format: two, bestLabel: 'best', xLabel: 'Number of clusters k', yLabel: 'Mean silhouette' };
type MarkData = { data?: KScoreRow[] };

/** The fill of each bar, in k order, from the rendered SVG. */
function barFills(svg: string): string[] {
  const bars = svg.slice(svg.indexOf('aria-label="bar"'));
  return [...bars.slice(0, bars.indexOf('</g>')).matchAll(/<rect[^>]*fill="([^"]+)"/g)].map((m) => m[1]);
}

describe('clusterSilhouette', () => {
  it('fills the k in use with the accent colour and the others grey', () => {
    const fills = barFills(renderSvg({ ...clusterSilhouette(SAMPLE_K3.scores, { ...base, chosenK: 3, bestK: 2 }), width: 480 }));
    expect(fills).toEqual(['var(--border-strong)', 'var(--accent)', ...Array(5).fill('var(--border-strong)')]);
  });

  it('labels the best k only when it is not the one in use', () => {
    const auto = clusterSilhouette(SAMPLE.scores, { ...base, chosenK: 2, bestK: 2 }).marks as MarkData[];
    expect(auto[3].data).toEqual([]);
    const fixed = clusterSilhouette(SAMPLE_K3.scores, { ...base, chosenK: 3, bestK: 2 }).marks as MarkData[];
    expect(fixed[3].data?.map((r) => r.k)).toEqual([2]);
    expect(renderSvg({ ...clusterSilhouette(SAMPLE_K3.scores, { ...base, chosenK: 3, bestK: 2 }), width: 480 })).toContain('>best<');
  });

  it('skips k without a silhouette and keeps negative ones on the scale', () => {
    const rows = [
      { k: 2, inertia: 10, silhouette: -0.1 },
      { k: 3, inertia: 8, silhouette: 0.3 },
      { k: 4, inertia: 6, silhouette: null },
    ];
    const spec = clusterSilhouette(rows, { ...base, chosenK: 3, bestK: 3 });
    expect(spec.x?.domain).toEqual([2, 3, 4]);
    expect((spec.marks as MarkData[])[0].data).toHaveLength(2);
    expect((spec.y?.domain as number[])[0]).toBe(-0.1);
  });

  it('renders to the saved SVG', () => {
    const svg = renderSvg({ ...clusterSilhouette(SAMPLE.scores, { ...base, chosenK: 2, bestK: 2 }), width: 480 });
    for (const text of ['0.43', '0.38', 'Mean silhouette']) expect(svg).toContain(text);
    const result = matchSnapshot(svg, new URL('./__snapshots__/cluster-silhouette-sample.svg', import.meta.url));
    expect(result.ok, `the SVG changed: compare ${result.changed}`).toBe(true);
  });
});

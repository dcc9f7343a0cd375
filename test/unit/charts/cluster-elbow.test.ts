// Breaks when the elbow chart stops drawing inertia for every k tried, loses its zero baseline,
// marks the wrong k (or a k when none is in use), puts the mark's label off the plot's right edge,
// or when its rendered SVG changes (__snapshots__/cluster-elbow-*.svg; a -changed copy is written
// beside a snapshot that no longer matches).
import { describe, expect, it } from 'vitest';
import { clusterElbow, type KScoreRow } from '../../../src/charts/cluster-elbow';
import { matchSnapshot, renderSvg } from './render';
import { SAMPLE, SAMPLE_K3 } from '../report/clusters/fixtures';

const int = (n: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(n);
const base = { format: int, xLabel: 'Number of clusters k', yLabel: 'Inertia' };
type MarkData = { data?: KScoreRow[] };

describe('clusterElbow', () => {
  const spec = clusterElbow(SAMPLE.scores, { ...base, chosenK: 2, chosenLabel: 'k = 2, automatic' });
  const marks = spec.marks as MarkData[];

  it('has one point per k, in order, on a scale from zero', () => {
    expect(spec.x?.domain).toEqual([2, 3, 4, 5, 6, 7, 8]);
    const [lo, hi] = spec.y?.domain as number[];
    expect(lo).toBe(0);
    expect(hi).toBeGreaterThan(Math.max(...SAMPLE.scores.map((s) => s.inertia)));
    expect(marks[1].data).toHaveLength(7);
  });

  it('marks the k in use, and nothing without one', () => {
    expect(marks[0].data?.map((r) => r.k)).toEqual([2]);
    expect(marks[3].data?.map((r) => r.k)).toEqual([2]);
    const none = clusterElbow(SAMPLE.scores, { ...base, chosenK: null, chosenLabel: '' }).marks as MarkData[];
    expect(none[0].data).toEqual([]);
    expect(none[4].data).toEqual([]);
  });

  it('writes the label toward the middle of the plot', () => {
    const anchor = (svg: string, label: string) => /text-anchor="(\w+)"[^>]*aria-label="text"><text[^>]*>([^<]*)</.exec(svg.slice(svg.lastIndexOf('<g', svg.indexOf(label))))?.[1];
    expect(anchor(renderSvg({ ...spec, width: 480 }), 'k = 2, automatic')).toBe('start');
    const right = clusterElbow(SAMPLE.scores, { ...base, chosenK: 7, chosenLabel: 'k = 7, your choice' });
    expect(anchor(renderSvg({ ...right, width: 480 }), 'k = 7, your choice')).toBe('end');
  });

  it('renders to the saved SVG', () => {
    const svg = renderSvg({ ...spec, width: 480 });
    for (const text of ['k = 2, automatic', '4,000', 'Number of clusters k', 'Inertia']) expect(svg).toContain(text);
    const result = matchSnapshot(svg, new URL('./__snapshots__/cluster-elbow-sample.svg', import.meta.url));
    expect(result.ok, `the SVG changed: compare ${result.changed}`).toBe(true);
  });

  it('renders a fixed k in Chinese', () => {
    const zh = clusterElbow(SAMPLE_K3.scores, { format: int, chosenK: 3, chosenLabel: 'k = 3，手动设置', xLabel: '客群数量 k', yLabel: '群内平方和（惯性）' });
    const svg = renderSvg({ ...zh, width: 480 });
    expect(svg).toContain('k = 3，手动设置');
    const result = matchSnapshot(svg, new URL('./__snapshots__/cluster-elbow-k3-zh.svg', import.meta.url));
    expect(result.ok, `the SVG changed: compare ${result.changed}`).toBe(true);
  });
});

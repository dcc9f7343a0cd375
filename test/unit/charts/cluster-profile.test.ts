// Breaks when the cluster profile stops drawing one line per cluster across the features in
// order, loses its symmetric scale around the average customer, colours a cluster differently from
// the palette, labels a feature by its id, or when its rendered SVG changes (__snapshots__/cluster-profile-*.svg).
import { describe, expect, it } from 'vitest';
import { clusterProfile, profileRows, type ProfileRow } from '../../../src/charts/cluster-profile';
import { CATEGORICAL } from '../../../src/charts/palette';
import { matchSnapshot, renderSvg } from './render';
import { SAMPLE, SAMPLE_K4_EXTRA } from '../report/clusters/fixtures';

const sd = (n: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(n);
const EN = { recency: 'Recency (days)', frequency: 'Orders', monetary: 'Revenue', aov: 'AOV', tenure_days: 'Tenure (days)' } as Record<string, string>;
const ZH = { recency: '距上次购买', frequency: '订单数', monetary: '消费金额', aov: '客单价', tenure_days: '首购至今' } as Record<string, string>;

function spec(c: typeof SAMPLE, labels: Record<string, string>, yLabel: string) {
  return clusterProfile(profileRows(c.clusters, c.features), {
    features: c.features,
    featureLabel: (f) => labels[f],
    clusters: c.clusters.map((s) => s.cluster),
    clusterLabel: (k) => `${k + 1}`,
    format: sd,
    yLabel,
  });
}

describe('profileRows', () => {
  it('one row per cluster and feature, from the centroid', () => {
    const rows = profileRows(SAMPLE_K4_EXTRA.clusters, SAMPLE_K4_EXTRA.features);
    expect(rows).toHaveLength(4 * 5);
    expect(rows[6]).toEqual({ cluster: 1, feature: 'frequency', value: SAMPLE_K4_EXTRA.clusters[1].centroid[1] });
  });
});

describe('clusterProfile', () => {
  const s = spec(SAMPLE_K4_EXTRA, EN, 'Standard deviations from average');

  it('puts the features in order, labelled, on a scale symmetric around zero', () => {
    expect(s.x?.domain).toEqual(['recency', 'frequency', 'monetary', 'aov', 'tenure_days']);
    expect((s.x?.domain as string[]).map(s.x?.tickFormat as (f: string) => string)).toEqual(['Recency (days)', 'Orders', 'Revenue', 'AOV', 'Tenure (days)']);
    const [lo, hi] = s.y?.domain as number[];
    expect(lo).toBe(-hi);
    const max = Math.max(...SAMPLE_K4_EXTRA.clusters.flatMap((c) => c.centroid.map(Math.abs)));
    expect(hi).toBeGreaterThan(max);
  });

  it('draws a line per cluster in its palette colour', () => {
    const line = (s.marks as { data?: ProfileRow[] }[])[1];
    expect(new Set(line.data!.map((r) => r.cluster))).toEqual(new Set([0, 1, 2, 3]));
    expect(s.color).toMatchObject({ domain: ['1', '2', '3', '4'], range: CATEGORICAL.slice(0, 4), legend: true });
  });

  it('renders to the saved SVG', () => {
    const svg = renderSvg({ ...s, width: 440 });
    for (const text of ['Tenure (days)', '+1', '-1', '#e15759']) expect(svg).toContain(text);
    const result = matchSnapshot(svg, new URL('./__snapshots__/cluster-profile-k4-extra.svg', import.meta.url));
    expect(result.ok, `the SVG changed: compare ${result.changed}`).toBe(true);
  });

  it('renders Chinese feature names', () => {
    const svg = renderSvg({ ...spec(SAMPLE, ZH, '偏离平均的标准差'), width: 440 });
    for (const text of ['距上次购买', '订单数', '消费金额', '偏离平均的标准差']) expect(svg).toContain(text);
    const result = matchSnapshot(svg, new URL('./__snapshots__/cluster-profile-sample-zh.svg', import.meta.url));
    expect(result.ok, `the SVG changed: compare ${result.changed}`).toBe(true);
  });
});

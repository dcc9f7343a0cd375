// Breaks when the clusters-by-segment table loses customers, puts segments out of the scheme's
// order, computes shares of the wrong total (they are shares of the cluster), or shows raw ids
// where SEGMENT_NAMES has a name.
import { describe, expect, it } from 'vitest';
import { crossTabMatrix, segmentName } from '../../../../src/report/clusters/crosstab';
import { SAMPLE, SAMPLE_K3 } from './fixtures';

describe('crossTabMatrix', () => {
  it('keeps every customer: column totals are the cluster sizes', () => {
    for (const c of [SAMPLE, SAMPLE_K3]) {
      const m = crossTabMatrix(c, 'named');
      expect(m.clusters).toEqual(c.clusters.map((s) => s.cluster));
      expect(m.totals).toEqual(c.clusters.map((s) => s.customers));
      expect(m.total).toBe(c.customers);
      expect(m.rows.reduce((n, r) => n + r.total, 0)).toBe(c.customers);
    }
  });

  it('lists segments in the scheme order, only those with customers', () => {
    const m = crossTabMatrix(SAMPLE, 'named');
    expect(m.rows.map((r) => r.segment)).toEqual([
      'champions',
      'potential_loyalist',
      'loyal_customers',
      'promising',
      'new_customers',
      'cant_lose_them',
      'at_risk',
      'need_attention',
      'about_to_sleep',
      'lost',
      'others',
    ]);
    const champions = m.rows[0];
    expect(champions.counts).toEqual([0, 100]);
    expect(champions.shares[1]).toBeCloseTo(100 / 653, 12);
  });

  it('puts ids the scheme does not know (custom rules) after the known ones', () => {
    const m = crossTabMatrix(
      {
        clusters: SAMPLE.clusters,
        crossTab: [
          { cluster: 0, segment: 'zz_custom', customers: 5 },
          { cluster: 0, segment: 'lost', customers: 3 },
          { cluster: 1, segment: 'aa_custom', customers: 2 },
        ],
      },
      'named',
    );
    expect(m.rows.map((r) => r.segment)).toEqual(['lost', 'aa_custom', 'zz_custom']);
    expect(m.totals).toEqual([8, 2]);
  });
});

describe('segmentName', () => {
  it.each([
    ['named', 'potential_loyalist', 'en', 'Potential Loyalist'],
    ['named', 'potential_loyalist', 'zh', '潜在忠诚客户'],
    ['eight-class', 'important_value', 'zh', '重要价值客户'],
    ['tiers', 'churn_risk', 'en', 'Churn risk'],
    ['named', 'my_rule', 'en', 'my_rule'],
  ] as const)('%s %s %s', (scheme, id, lang, name) => {
    expect(segmentName(scheme, id, lang)).toBe(name);
  });
});

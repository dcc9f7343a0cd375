// Breaks when the clusters chapter's findings misstate a number (customers, k, silhouette, shares,
// medians), name the wrong cluster as the revenue or the largest one, drop the user's k against the
// silhouette's, use the wrong RFM segment, misread the silhouette's strength, or read wrongly in
// either language; or when a chapter without clusters does not say in one line why.
import { describe, expect, it } from 'vitest';
import type { ClustersReport } from '../../../../src/analysis/clusters/types';
import { I18n } from '../../../../src/i18n/i18n.svelte';
import { clusterFindings, silhouetteQuality, type FindingContext } from '../../../../src/report/clusters/findings';
import { clustersMissing } from '../../../../src/report/clusters/missing';
import { RETAIL, SAMPLE, SAMPLE_K3 } from './fixtures';

const en = new I18n('en');
const zh = new I18n('zh-CN');
const GBP: FindingContext = { currency: 'GBP', scheme: 'named' };
const text = (c: ClustersReport, i18n: I18n, ctx: FindingContext = GBP) => clusterFindings(c, ctx, i18n).map((f) => f.map((p) => p.text).join(''));

describe('clusters findings', () => {
  it('sample data, automatic k, English', () => {
    expect(text(SAMPLE, en)).toEqual([
      'K-means splits the 2,418 customers into 2 clusters: k = 2 has the highest mean silhouette (0.43) of k = 2–8.',
      'Cluster 2 (recent, frequent, high spenders) holds 66% of revenue with 27% of customers; its median customer placed 3 orders, spent £213.93 and last bought 65 days ago.',
      'The largest, cluster 1 (close to the average customer), has 73% of customers but 34% of revenue; its median customer last bought 187 days ago.',
      'By RFM segment, cluster 2 is mostly Potential Loyalist (65% of it).',
      'A mean silhouette of 0.43 means the clusters overlap: read them as broad customer profiles, not as sharply separated groups.',
    ]);
  });

  it('sample data, automatic k, Chinese', () => {
    expect(text(SAMPLE, zh, { currency: 'CNY', scheme: 'named' })).toEqual([
      'K-means 将 2,418 位客户分为 2 个客群：在 k = 2–8 中，k = 2 的平均轮廓系数最高（0.43）。',
      '客群 2（近期高频高额）以 27% 的客户贡献了 66% 的收入；其中位数客户下单 3 次、消费 ¥213.93，最近一次购买在 65 天前。',
      '规模最大的客群 1（各项接近平均）占客户的 73%，收入仅占 34%；其中位数客户最近一次购买在 187 天前。',
      '按 RFM 分群看，客群 2 以潜在忠诚客户为主（占 65%）。',
      '平均轮廓系数为 0.43，客群之间有重叠：宜把它们看作大致的客户画像，而非界限分明的群体。',
    ]);
  });

  it('a k set by the analyst is compared with the one the silhouette prefers', () => {
    const [first, revenue, largest] = text(SAMPLE_K3, en);
    expect(first).toBe('You set k = 3: the 2,418 customers form 3 clusters (mean silhouette 0.38). The silhouette would pick k = 2 (0.43).');
    expect(revenue).toBe(
      'Cluster 2 (average recency, frequent, high spenders) holds 60% of revenue with 22% of customers; its median customer placed 4 orders, spent £250.65 and last bought 93 days ago.',
    );
    // A median of an even count: 221.5 days shows as 222.
    expect(largest).toBe('The largest, cluster 3 (lapsed, average frequency, average spend), has 58% of customers but 27% of revenue; its median customer last bought 222 days ago.');
    expect(text(SAMPLE_K3, zh)[0]).toBe('已手动设为 k = 3：2,418 位客户分为 3 个客群（平均轮廓系数 0.38）。按轮廓系数应选 k = 2（0.43）。');
  });

  it('a fixed k that the silhouette also prefers says so', () => {
    const same = { ...SAMPLE, chosenBy: 'user' as const };
    expect(text(same, en)[0]).toBe('You set k = 2: the 2,418 customers form 2 clusters (mean silhouette 0.43). That is also the k the silhouette prefers.');
    expect(text(same, zh)[0]).toBe('已手动设为 k = 2：2,418 位客户分为 2 个客群（平均轮廓系数 0.43）。这也是轮廓系数最优的 k。');
  });

  it('Online Retail: no currency, one order is singular', () => {
    const out = text(RETAIL, en, { currency: null, scheme: 'named' });
    expect(out[0]).toContain('4,338 customers into 2 clusters');
    expect(out[1]).toBe(
      'Cluster 1 (recent, frequent, high spenders) holds 85% of revenue with 38% of customers; its median customer placed 6 orders, spent 2,058.17 and last bought 17 days ago.',
    );
    const oneOrder = { ...RETAIL, clusters: RETAIL.clusters.map((c) => ({ ...c, medianOrders: 1, medianRecencyDays: 1 })) };
    expect(text(oneOrder, en, { currency: null, scheme: 'named' })[1]).toContain('placed 1 order, spent 2,058.17 and last bought 1 day ago.');
  });

  it('the largest cluster is left out when it is also the revenue cluster, and "but" only when it earns less than its size', () => {
    const bigEarner = { ...SAMPLE, clusters: SAMPLE.clusters.map((c) => (c.cluster === 1 ? { ...c, customers: 5000 } : c)) };
    expect(text(bigEarner, en)).toHaveLength(4);
    const even = { ...SAMPLE, clusters: SAMPLE.clusters.map((c) => (c.cluster === 0 ? { ...c, revenueShare: 0.8 } : { ...c, revenueShare: 0.85 })) };
    expect(text(even, en)[2]).toBe('The largest, cluster 1 (close to the average customer), has 73% of customers and 80% of revenue; its median customer last bought 187 days ago.');
  });

  it('names the segment in the lead scheme, and leaves the sentence out without a cross-tab', () => {
    const tiers = { ...SAMPLE, crossTab: [{ cluster: 1, segment: 'vip', customers: 400 }, { cluster: 1, segment: 'growth', customers: 253 }] };
    expect(text(tiers, en, { currency: 'GBP', scheme: 'tiers' })[3]).toBe('By RFM segment, cluster 2 is mostly VIP (61% of it).');
    expect(text(tiers, zh, { currency: 'GBP', scheme: 'tiers' })[3]).toBe('按 RFM 分群看，客群 2 以VIP 客户为主（占 61%）。');
    expect(text({ ...SAMPLE, crossTab: [] }, en).some((f) => f.startsWith('By RFM segment'))).toBe(false);
  });

  it('emphasises the numbers and the names', () => {
    const values = clusterFindings(SAMPLE, GBP, en)[1].filter((p) => p.value).map((p) => p.text);
    expect(values).toEqual(['2', 'recent, frequent, high spenders', '66%', '27%', '3 orders', '£213.93', '65 days']);
  });

  it('says nothing for a skipped clustering', () => {
    expect(clusterFindings({ ...SAMPLE, skipped: 'too-few-customers', k: null, clusters: [] }, GBP, en)).toEqual([]);
  });
});

describe('silhouetteQuality', () => {
  it.each([
    [0.9, 'strong'],
    [0.71, 'strong'],
    [0.7, 'reasonable'],
    [0.51, 'reasonable'],
    [0.5, 'weak'],
    [0.26, 'weak'],
    [0.25, 'none'],
    [-0.1, 'none'],
  ])('%d is %s', (s, q) => {
    expect(silhouetteQuality(s)).toBe(q);
  });

  it('changes the last sentence', () => {
    const strong = { ...SAMPLE, scores: SAMPLE.scores.map((s) => (s.k === 2 ? { ...s, silhouette: 0.74 } : s)) };
    expect(text(strong, en).at(-1)).toBe('A mean silhouette of 0.74 means the clusters are clearly separated.');
    expect(text(strong, zh).at(-1)).toBe('平均轮廓系数为 0.74，各客群区分明显。');
  });
});

describe('clustersMissing', () => {
  it.each([
    [null, 'Clustering needs the customer table of the RFM chapter: load orders with a customer ID, an order date and an amount.', '聚类需要 RFM 章节的客户表：请载入包含客户ID、下单时间和金额的订单数据。'],
    [{ ...SAMPLE, skipped: 'no-customers' as const, customers: 0 }, 'No customer has a purchase to cluster: check that the orders carry a customer ID.', '没有可供聚类的购买客户：请检查订单是否带有客户ID。'],
    [{ ...SAMPLE, skipped: 'too-few-customers' as const, customers: 12 }, 'Only 12 customers: K-means needs at least 20 to say anything about groups.', '只有 12 位客户：K-means 至少需要 20 位客户才能分出有意义的客群。'],
    [SAMPLE, null, null],
  ])('%#', (c, english, chinese) => {
    expect(clustersMissing(c, en)).toBe(english);
    expect(clustersMissing(c, zh)).toBe(chinese);
  });
});

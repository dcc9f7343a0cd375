// Breaks when a generated sentence of the RFM value chapter misstates a number of the Report
// (scores and edges, the segment bringing most revenue, the best R × F cell, medians, the top-20%
// share and the Gini, the customers and revenue to protect or win back), stops following a change
// of its input, loses a placeholder, or reads wrongly in either language.
import { describe, expect, it } from 'vitest';
import type { ValueReportOk } from '../../../../src/analysis/value/types';
import {
  concentrationFinding,
  distributionsFinding,
  giniWord,
  heatmapFinding,
  leadSummary,
  recommendationsFinding,
  scoringFinding,
  segmentsFinding,
  tableFinding,
} from '../../../../src/report/value/value-findings';
import { clone, en, fixture, fmtFor, text, values, zh } from './fixtures';

const { v: sample, currency: gbp } = fixture('sample-en');
const { v: retail } = fixture('retail');
const fen = fmtFor(en, gbp);
const fzh = fmtFor(zh, gbp);

describe('scores and edges', () => {
  it('quantile scores: the top score thresholds and the empty frequency score, in both languages', () => {
    expect(text(scoringFinding(sample, fen, en))).toBe(
      'Each measure is cut at its 20%, 40%, 60%, and 80% quantiles. A customer gets the top score 5 for a last purchase less than 42 days ago, for 4 or more orders, and for spending £168.95 or more. Empty scores (F2): so many customers share the same value that two edges coincide.',
    );
    expect(text(scoringFinding(sample, fzh, zh))).toBe(
      '每个指标在 20%、40%、60%和80% 分位处切分。最后一次购买距今不到 42 天、订单数达到 4 单、消费满 £168.95 的客户，分别在 R、F、M 上得到最高的 5 分。空档（F2）：大量客户取值相同，两个边界重合。',
    );
  });

  it('no empty-score sentence when every score has customers (Online Retail)', () => {
    expect(text(scoringFinding(retail, fen, en))).not.toContain('Empty');
    expect(values(scoringFinding(retail, fen, en))).toEqual(['20%, 40%, 60%, and 80%', '5', '15', '7', '£2,056.05']);
  });

  it('rank and fixed methods say how they score', () => {
    const rank: ValueReportOk = { ...clone(retail), scoring: { ...clone(retail.scoring), method: 'rank', levels: 4, edges: null, quantiles: null, probabilities: null } };
    rank.distributions.scores = { recency: [1, 1, 1, 1], frequency: [1, 1, 1, 1], monetary: [1, 1, 1, 1] };
    expect(text(scoringFinding(rank, fen, en))).toBe('Customers are ranked on each measure and cut into 4 groups of about 1,085 customers each.');
    const fixed: ValueReportOk = { ...clone(retail), scoring: { ...clone(retail.scoring), method: 'fixed', levels: 3, edges: null } };
    fixed.distributions.scores = { recency: [1, 1, 1], frequency: [1, 1, 1], monetary: [1, 1, 1] };
    expect(text(scoringFinding(fixed, fen, en))).toBe(
      'Recency within 7 days is near and within 30 days middle; 2 orders a month or fewer is low frequency and 5 or more high; spend below £2,048.69 is low and from £4,097.38 high.',
    );
  });
});

describe('segments', () => {
  it('names the segment with the most revenue, and the largest when it is another', () => {
    const s = leadSummary(retail);
    expect(text(segmentsFinding(s, fen, en))).toBe(
      'Champions brings the most revenue: 43%, from 7.4% of customers. The largest segment, Potential Loyalist (1,281 customers, 30%), brings 34%.',
    );
    expect(text(segmentsFinding(s, fzh, zh))).toBe('冠军客户贡献的收入最多：以 7.4% 的客户贡献了 43% 的收入。人数最多的是潜在忠诚客户（1,281 位客户，占 30%），贡献 34% 的收入。');
  });

  it('follows the lead scheme', () => {
    const tiers = { ...retail, segments: { ...retail.segments, lead: 'tiers' as const } };
    expect(leadSummary(tiers).scheme).toBe('tiers');
    // "Other" is no tier to act on: the sentence names the best real tier and says how many fit none.
    expect(text(segmentsFinding(leadSummary(tiers), fen, en))).toBe(
      'Churn risk brings the most revenue: 15%, from 56% of customers. 26% of customers (69% of revenue) match none of the rules: adjust the thresholds to place them.',
    );
    expect(text(tableFinding(leadSummary(tiers), tiers, fen, en))).toMatch(/^Customers in the VIP segment spend £73,343 each on average, 35\.8 times/);
  });

  it('the table finding skips tiny and catch-all segments', () => {
    // The Chinese sample's "others" (11 customers) spends most per head but is no segment to act on.
    const { v: zhSample, currency: cny } = fixture('sample-zh');
    const f = fmtFor(en, cny);
    expect(text(tableFinding(leadSummary(zhSample), zhSample, f, en))).toBe(
      'Customers in the Champions segment spend ¥3,114.80 each on average, 4 times the average customer (¥776.47); on average they placed 7.9 orders and last bought 13 days ago.',
    );
  });
});

describe('R × F grid and distributions', () => {
  it('names the most valuable cell of enough customers and the lapsed frequent buyers', () => {
    expect(text(heatmapFinding(sample, fen, en))).toBe(
      'The most valuable cell is R 2 × F 5: 48 customers spending £430.40 on average, 3.3 times the average customer. 20 customers with the top F score 5 have the lowest R score: frequent buyers who stopped coming.',
    );
    const changed = clone(sample);
    changed.heatmap.cells.find((c) => c.r === 5 && c.f === 5)!.meanMonetary = 1000;
    expect(values(heatmapFinding(changed, fen, en)).slice(0, 4)).toEqual(['5', '5', '122 customers', '£1,000.00']);
  });

  it('medians, with the skew sentence only when the mean is far above the median', () => {
    expect(text(distributionsFinding(sample, fen, en))).toBe(
      'Half of the customers bought within the last 155 days; the median customer placed 1 order and spent £66.98. The mean spend, £129.90, is far above the median: a few big spenders pull it up.',
    );
    const even = clone(sample);
    even.scoring.range.monetary.mean = 70;
    expect(text(distributionsFinding(even, fzh, zh))).toBe('一半的客户在最近 155 天内有过购买；中位客户下过 1 单，消费 £66.98。');
  });
});

describe('concentration', () => {
  it('Online Retail: top 20%, top 1% and a high Gini', () => {
    expect(text(concentrationFinding(retail, fen, en))).toBe(
      'The top 20% of customers (868) bring 75% of revenue. The top 1% alone (44 customers) bring 32%. With a Gini coefficient of 0.72, revenue is highly concentrated: losing a few big customers would hurt.',
    );
    expect(text(concentrationFinding(retail, fzh, zh))).toBe(
      '消费最高的前 20% 客户（868 位）贡献了 75% 的收入。仅消费最高的 1%（44 位客户）就贡献了 32%。基尼系数为 0.72，收入高度集中：失去少数大客户就会带来明显损失。',
    );
  });

  it('words the Gini by its size', () => {
    expect([0.2, 0.4, 0.59, 0.6].map(giniWord)).toEqual(['low', 'moderate', 'moderate', 'high']);
    const even = clone(retail);
    even.pareto.gini = 0.25;
    expect(text(concentrationFinding(even, fen, en))).toContain('The Gini coefficient is 0.25: revenue is spread fairly evenly across customers.');
  });
});

describe('recommendations', () => {
  it('customers and revenue to protect and to win back, by the lead scheme', () => {
    expect(text(recommendationsFinding(leadSummary(sample), fen, en))).toBe(
      "Protect Champions and Loyal Customers first: 209 customers who bring £56,504 (18% of revenue). Win back Can't Lose Them, At Risk, About To Sleep, and Lost: 990 customers slipping away, with £84,221 (27% of revenue) at stake.",
    );
    const tiers = leadSummary({ ...retail, segments: { ...retail.segments, lead: 'tiers' } });
    expect(text(recommendationsFinding(tiers, fzh, zh))).toBe(
      `首先要守住VIP 客户：10 位客户贡献了 £${(tiers.segments[0].revenue / 1).toLocaleString('en', { maximumFractionDigits: 0 })}（占收入的 8.3%）。其次挽回流失风险客户：2,427 位客户正在流失，涉及收入 £${tiers.segments[3].revenue.toLocaleString('en', { maximumFractionDigits: 0 })}（占 15%）。`,
    );
  });

  it('leaves out a group with no customers', () => {
    const s = clone(leadSummary(sample));
    for (const seg of s.segments) if (seg.id === 'champions' || seg.id === 'loyal_customers') seg.customers = 0;
    expect(text(recommendationsFinding(s, fen, en))).toMatch(/^ Win back/);
  });
});

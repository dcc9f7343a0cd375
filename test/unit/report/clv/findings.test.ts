// Breaks when the CLV chapter's findings (src/report/clv/findings.ts) misstate a number (customers,
// CLV, horizon, discount, band shares, value at risk, holdout counts and error, medians, odds
// ratio, AUC), name the wrong group as worth most or riskiest, drop the fallback's reason or rule,
// or read wrongly in either language. The reports are the engine's (fixtures.ts); the expected
// sentences were checked against those numbers (e.g. 126,713 / 2,418 = 52.40; 974 vs 754 = +29%).
import { describe, expect, it } from 'vitest';
import { I18n } from '../../../../src/i18n/i18n.svelte';
import { clvFindings, fallbackReasonText, leadBreakdown, type ClvOk } from '../../../../src/report/clv/findings';
import { FALLBACK, LABELLED, SAMPLE_CLUSTERS, SAMPLE_EN, SAMPLE_ZH } from './fixtures';

const en = new I18n('en');
const zh = new I18n('zh-CN');
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
const text = (c: ClvOk, i18n: I18n, currency: string | null, scheme: 'named' | 'tiers' = 'named') =>
  clvFindings(c, { currency, scheme, clusters: SAMPLE_CLUSTERS }, i18n).map((f) => f.map((p) => p.text).join(''));

describe('CLV findings', () => {
  it('sample data with a model, English', () => {
    expect(text(SAMPLE_EN, en, 'GBP')).toEqual([
      'The BG/NBD and Gamma-Gamma models expect these 2,418 customers to bring £126,713 over the next 12 months (discounted at 1% a month), £52.40 per customer.',
      '11% of customers (265) are at high risk of churn (P(alive) below 0.3); they account for 48% of the value at risk, £52,036.',
      'Checked on the last 136 days, held out from the fit: the model expected 974 repeat purchases and 754 took place (29% too many).',
      'By RFM segment, Champions is worth most per customer (£262.59); At Risk has the largest share at high risk (91%).',
      'High-risk customers last bought a median 256 days ago, against 19 days for active repeat buyers; they first bought 353 days before the end of the data (210 days for active repeat buyers).',
    ]);
  });

  it('sample data with a model, Chinese', () => {
    expect(text(SAMPLE_ZH, zh, 'CNY')).toEqual([
      '按 BG/NBD 与 Gamma-Gamma 模型预测，这 2,452 位客户未来 12 个月将带来 ¥847,495（按每月 1% 折现），人均 ¥345.63。',
      '10% 的客户（251 位）流失风险高（存活概率 P(alive) 低于 0.3），他们占全部风险价值的 51%，即 ¥318,542。',
      '用最后 136 天的数据做留出检验（不参与拟合）：模型预计重复购买 741 次，实际为 777 次（低估 4.6%）。',
      '按客户分群看，“冠军客户”人均预测价值最高（¥1,984.08）；“有流失风险客户”中高风险客户占比最高（98%）。',
      '高风险客户距上次购买的中位数为 268 天，活跃的复购客户为 17 天；首次购买距数据截止日的中位数为 370 天，活跃的复购客户为 238 天。',
    ]);
  });

  it('fallback: the reason in words, the rule, and no model numbers', () => {
    expect(text(FALLBACK, en, null)).toEqual([
      'The data cannot support a lifetime-value model (no customer bought more than once), so churn risk follows a plain rule instead: no purchase for more than 180 days is high risk.',
      '28 customers (47%) are at high risk; they have spent 3,898.58 so far.',
      'By RFM segment, Lost has the largest share of customers at high risk (100%).',
      'High-risk customers last bought a median 238 days ago, against 39 days for low-risk customers.',
    ]);
    const zhText = text(FALLBACK, zh, null);
    expect(zhText[0]).toBe('现有数据不足以支撑生命周期价值模型（没有任何客户复购过），因此改用简单规则判断流失风险：超过 180 天未购买即为高风险。');
    for (const s of zhText) expect(s).toMatch(CJK);
  });

  it('states the churn drivers and their AUC when the customer table has a label', () => {
    const lines = text(LABELLED, en, null);
    expect(lines[0]).toMatch(/^The BG\/NBD model, with each customer’s own average spend per purchase, expects these 240 customers/);
    expect(lines.at(-1)).toBe('The trait most tied to churn is the days since the last purchase (odds ratio 16.12); on held-out customers the model reaches an AUC of 0.88.');
    expect(text(LABELLED, zh, null).at(-1)).toBe('与流失关系最密切的是距上次购买天数（优势比 16.12）；模型在留出客户上的 AUC 为 0.88。');
  });

  it('follows a changed input: thresholds, the lead scheme, the reason', () => {
    const stricter: ClvOk = { ...SAMPLE_EN, options: { ...SAMPLE_EN.options, thresholds: { high: 0.5, medium: 0.8 } } };
    expect(text(stricter, en, 'GBP')[1]).toContain('P(alive) below 0.5');
    expect(text(SAMPLE_EN, en, 'GBP', 'tiers')[3]).toMatch(/^By value tier, /);
    const few: ClvOk = { ...FALLBACK, facts: { ...FALLBACK.facts, repeatCustomers: 7 } };
    expect(fallbackReasonText(few, 'too-few-repeat-customers', en)).toBe('only 7 customers bought more than once; the model needs at least 20');
    expect(fallbackReasonText(few, 'history-too-short', zh)).toMatch(/^数据只覆盖 300 天/);
  });

  it('English sentences carry no Chinese, Chinese ones do', () => {
    for (const c of [SAMPLE_EN, FALLBACK, LABELLED]) for (const s of text(c, en, 'GBP')) expect(s).not.toMatch(CJK);
    for (const c of [SAMPLE_ZH, FALLBACK, LABELLED]) for (const s of text(c, zh, 'CNY')) expect(s).toMatch(CJK);
  });
});

describe('leadBreakdown', () => {
  it('takes the lead scheme, else tiers, else clusters, else channel', () => {
    expect(leadBreakdown(SAMPLE_EN, 'named')?.dimension).toBe('segment');
    expect(leadBreakdown(SAMPLE_EN, 'tiers')?.dimension).toBe('tier');
    const noSegments: ClvOk = { ...SAMPLE_EN, breakdowns: { ...SAMPLE_EN.breakdowns, segments: {} } };
    expect(leadBreakdown(noSegments, 'named')?.dimension).toBe('cluster');
    expect(leadBreakdown({ ...noSegments, breakdowns: { ...noSegments.breakdowns, cluster: null } }, 'named')?.dimension).toBe('channel');
  });
});

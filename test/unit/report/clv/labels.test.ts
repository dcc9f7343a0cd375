// Breaks when the CLV chapter names or colours a group differently from the rest of the report
// (segment names from SEGMENT_NAMES, clusters as the clusters chapter names them, the shared
// palette), shows a raw id, or labels a churn driver without its baseline; and when the at-risk
// CSV loses its BOM, its localised header, a row, or lets a formula-like id through.
import { describe, expect, it } from 'vitest';
import type { AtRiskCustomer, ClvGroup, DriverCoefficient } from '../../../../src/analysis/clv/types';
import { NEUTRAL, RISK_COLORS, clusterColor, segmentColor } from '../../../../src/charts/palette';
import { I18n } from '../../../../src/i18n/i18n.svelte';
import { atRiskCsv, atRiskFileName } from '../../../../src/report/clv/at-risk-csv';
import { driverInline, driverLabel, driverShortLabel, groupColor, groupLabel, profileColor } from '../../../../src/report/clv/labels';
import { breakdownViews } from '../../../../src/report/clv/views';
import { mixViews } from '../../../../src/report/clv/mix';
import { FALLBACK, SAMPLE_CLUSTERS, SAMPLE_EN } from './fixtures';

const en = new I18n('en');
const zh = new I18n('zh-CN');
const g = (key: string | null, kind: ClvGroup['kind'] = 'value') => ({ key, kind });

describe('group names and colours', () => {
  it.each([
    ['segment', g('champions'), 'Champions', '冠军客户'],
    ['tier', g('churn_risk'), 'Churn risk', '流失风险客户'],
    ['channel', g('Paid social'), 'Paid social', 'Paid social'],
    ['channel', g(null, 'other'), 'Other', '其他'],
    ['channel', g(null, 'unknown'), 'Unknown', '未知'],
    ['segment', g(null, 'unknown'), 'Not assigned', '未归类'],
  ] as const)('%s %j', (dimension, group, inEn, inZh) => {
    const scheme = dimension === 'tier' ? 'tiers' : 'named';
    expect(groupLabel(dimension, group, { scheme }, en)).toBe(inEn);
    expect(groupLabel(dimension, group, { scheme }, zh)).toBe(inZh);
  });

  it('names clusters as the clusters chapter does, numbered from 1', () => {
    const label = groupLabel('cluster', g('1'), { clusters: SAMPLE_CLUSTERS }, en);
    expect(label).toMatch(/^Cluster 2 · /);
    expect(groupLabel('cluster', g('0'), {}, zh)).toBe('聚类 1');
  });

  it('uses the one palette', () => {
    expect(groupColor('segment', g('at_risk'), 0, 'named')).toBe(segmentColor('named', 'at_risk'));
    expect(groupColor('tier', g('vip'), 3, 'tiers')).toBe(segmentColor('tiers', 'vip'));
    expect(groupColor('cluster', g('2'), 0)).toBe(clusterColor(2));
    expect(groupColor('channel', g(null, 'unknown'), 4)).toBe(NEUTRAL);
    expect(profileColor('low-repeat')).toBe(RISK_COLORS.low);
    expect(profileColor('one-time')).toBe(NEUTRAL);
  });
});

describe('driver labels', () => {
  const level: DriverCoefficient = { kind: 'level', feature: 'segment', level: { kind: 'value', value: 'lost' }, reference: { kind: 'value', value: 'champions' }, count: 40, coefficient: 0.7, oddsRatio: Math.exp(0.7) };
  const numeric: DriverCoefficient = { kind: 'numeric', feature: 'recency', transform: 'days', mean: 100, std: 80, coefficient: 1, oddsRatio: Math.E };
  it('names segments and the baseline in both languages', () => {
    expect(driverLabel(level, 'named', en)).toBe('Segment: Lost (vs Champions)');
    expect(driverLabel(level, 'named', zh)).toBe('分群：已流失客户（相对于冠军客户）');
    expect(driverShortLabel(level, 'named', en)).toBe('Segment: Lost');
    expect(driverInline(level, 'named', en)).toBe('segment being “Lost” rather than “Champions”');
    expect(driverShortLabel(numeric, null, zh)).toBe('最近购买');
    expect(driverLabel({ ...level, feature: 'channel', level: { kind: 'other' }, reference: { kind: 'value', value: 'web' } }, null, en)).toBe('Channel: Other (vs web)');
  });
});

describe('at-risk CSV', () => {
  const rows: AtRiskCustomer[] = [
    { customerId: 'C000376', revenue: 2070.25, clv: 0.4684569, pAlive: 0.000503320532, valueAtRisk: 2069.2080006, daysSinceLast: 259, band: 'high' },
    { customerId: '=HYPERLINK("x")', revenue: 10, clv: null, pAlive: null, valueAtRisk: 10, daysSinceLast: 400, band: 'high' },
  ];

  it('has a BOM, a header in the reader’s language, rounded numbers, and no formula', () => {
    const csv = atRiskCsv(rows, en);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('Customer ID,Risk band,P(alive),Days since last purchase,Revenue so far,Predicted CLV,Value at risk');
    expect(lines[1]).toBe('C000376,High risk,0.0005,259,2070.25,0.47,2069.21');
    expect(lines[2]).toBe(`"'=HYPERLINK(""x"")",High risk,,400,10,,10`);
    expect(atRiskCsv(rows, zh).slice(1).split('\r\n')[0]).toBe('客户编号,风险等级,P(alive),距上次购买天数,累计消费,预测 CLV,风险价值');
    expect(atRiskFileName(zh)).toBe('高风险客户名单.csv');
  });
});

describe('views', () => {
  it('offers the lead scheme, tiers, clusters and channel, with the channel source noted', () => {
    const v = breakdownViews(SAMPLE_EN, 'named');
    expect(v.map((x) => x.dimension)).toEqual(['segment', 'tier', 'cluster', 'channel']);
    expect(v[3].note).toBe('clv.breakdown.channelCustomers');
    expect(breakdownViews(SAMPLE_EN, 'tiers').map((x) => x.dimension)).toEqual(['tier', 'cluster', 'channel']);
  });

  it('mixes are shares of the high-risk and of the active customers', () => {
    const views = mixViews(SAMPLE_EN, { currency: 'GBP', scheme: 'named' }, en);
    expect(views.map((v) => v.dimension)).toEqual(['channel', 'category', 'segment', 'tier', 'cluster']);
    const channel = views[0].rows;
    expect(channel.reduce((t, r) => t + r.high, 0)).toBeCloseTo(1, 9);
    expect(channel.reduce((t, r) => t + r.active, 0)).toBeCloseTo(1, 9);
    // Categories overlap: a customer counts in every category bought.
    expect(views[1].rows.reduce((t, r) => t + r.high, 0)).toBeGreaterThan(1);
    expect(mixViews(FALLBACK, { currency: null, scheme: 'named' }, en).map((v) => v.dimension)).toEqual(['segment', 'tier', 'cluster']);
  });
});

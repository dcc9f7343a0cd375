// Breaks when the clusters chapter's number formats change: silhouettes with two fixed decimals,
// signed standard deviations with a true minus, medians that can end in .5, whole-amount money ticks.
import { describe, expect, it } from 'vitest';
import { formatDays, formatMedian, formatMoneyTick, formatScore, formatSd, formatShare } from '../../../../src/report/clusters/format';

describe('clusters formats', () => {
  it.each([
    [formatScore('en', 0.4), '0.40'],
    [formatScore('zh-CN', 0.4348), '0.43'],
    [formatSd('en', 1.26), '+1.3'],
    [formatSd('en', -0.44), '−0.4'],
    [formatSd('en', 0), '0'],
    [formatShare('en', 0.0204), '2.0%'],
    [formatShare('en', 0.028), '2.8%'],
    [formatShare('en', 0.65), '65%'],
    [formatShare('zh-CN', 0), '0%'],
    [formatMedian('en', 1.5), '1.5'],
    [formatMedian('en', 3), '3'],
    [formatDays('en', 221.5), '222'],
    [formatMoneyTick('en', 100, 'GBP'), '£100'],
    [formatMoneyTick('zh-CN', 1000, 'CNY'), '¥1,000'],
    [formatMoneyTick('en', 10, null), '10'],
    [formatMoneyTick('en', 100_000, 'GBP'), '£100,000'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

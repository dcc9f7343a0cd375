// Breaks when the activity finding averages over months only partly in the data, misstates the
// stickiness ratios or what they mean in weeks, names the wrong peak month, or reads wrongly in
// either language.
import { describe, expect, it } from 'vitest';
import type { ActivitySeries } from '../../../../src/analysis/lifecycle/types';
import { activityFindingParts, activityLevels, WEEKS_PER_MONTH } from '../../../../src/report/lifecycle/activity-findings';
import { copy, en, SAMPLE, text, zh } from './fixtures';

const EVENTS = SAMPLE.activity.events!;
const PURCHASES = SAMPLE.activity.purchases!;

describe('activity finding on the sample data', () => {
  it('events, English and Chinese', () => {
    expect(text(activityFindingParts(EVENTS, en))).toBe(
      'Over complete months, 918 customers are active in a month on average, 327 in a week and 57.8 on a day. ' +
        'Stickiness is 36% (WAU/MAU) and 6.3% (DAU/MAU): a customer active in a month is active in about 1.6 of its weeks. ' +
        'Monthly actives peaked at 991 in June 2025.',
    );
    expect(text(activityFindingParts(EVENTS, zh))).toBe(
      '按完整月份平均，每月有 918 位活跃客户，每周 327 位，每天 57.8 位。' +
        '黏性 WAU/MAU 为 36%，DAU/MAU 为 6.3%：当月活跃的客户平均约有 1.6 周处于活跃状态。' +
        '月活跃客户在2025年6月达到峰值 991 位。',
    );
  });

  it('purchases', () => {
    expect(text(activityFindingParts(PURCHASES, en))).toContain('Monthly actives peaked at 449 in December 2024.');
  });
});

describe('activity levels', () => {
  const month = (m: string, mau: number, complete = true) => ({ month: m, complete, mau, meanDau: mau / 20, meanWau: mau / 4, dauMau: 0.05, wauMau: 0.25 });
  const series = (months: ActivitySeries['months']): ActivitySeries => ({ ...copy(PURCHASES), months, dauMau: 0.05, wauMau: 0.25 });

  it('a partial month neither lowers the average nor is the peak', () => {
    const l = activityLevels(series([month('2024-01', 50, false), month('2024-02', 100), month('2024-03', 200), month('2024-04', 900, false)]))!;
    expect(l.mau).toBe(150);
    expect(l.wau).toBe(37.5);
    expect(l.peak.month).toBe('2024-03');
  });

  it('when no month is complete, all months count', () => {
    expect(activityLevels(series([month('2024-01', 50, false), month('2024-02', 70, false)]))!.mau).toBe(60);
  });

  it('weeks of activity = WAU/MAU × the ISO weeks starting in an average month', () => {
    expect(WEEKS_PER_MONTH).toBeCloseTo(4.348, 3);
    expect(text(activityFindingParts(series([month('2024-01', 100), month('2024-02', 120)]), en))).toContain('active in about 1.1 of its weeks');
  });

  it('one month of data: no peak sentence', () => {
    expect(text(activityFindingParts(series([month('2024-01', 100)]), en))).not.toContain('peaked');
  });
});

// Breaks when cohort periods, shares, short money or durations read wrongly in either language:
// a month named in the wrong year, a week not named by its Monday, overlapping axis labels (every
// period labelled, or the year on every tick), "100.0%" for a share short of all, a cell too wide
// for the heatmap, or a time to convert in the wrong unit.
import { describe, expect, it } from 'vitest';
import {
  durationParts,
  formatMoneyShort,
  formatShare1,
  formatShareShort,
  periodDate,
  periodLabel,
  periodName,
  periodTicks,
  tickEvery,
  timeTickFormat,
} from '../../../../src/report/lifecycle/format';
import { channelName, durationText, stepName } from '../../../../src/report/lifecycle/text';
import { en, zh } from './fixtures';

describe('periods', () => {
  it('months and weeks as dates at UTC midnight', () => {
    expect(periodDate('2024-12').toISOString()).toBe('2024-12-01T00:00:00.000Z');
    expect(periodDate('2024-12-30').toISOString()).toBe('2024-12-30T00:00:00.000Z');
  });

  it.each([
    ['en', '2024-07', 'month', 'July 2024', 'Jul 2024'],
    ['zh-CN', '2024-07', 'month', '2024年7月', '2024年7月'],
    ['en', '2024-12-30', 'week', 'Dec 30, 2024', 'Dec 30, 2024'],
    ['zh-CN', '2024-12-30', 'week', '2024年12月30日', '2024年12月30日'],
  ] as const)('%s %s (%s)', (locale, period, unit, name, label) => {
    expect(periodName(locale, period, unit)).toBe(name);
    expect(periodLabel(locale, period, unit)).toBe(label);
  });

  it('axis ticks: the year only where it changes, every n-th period labelled', () => {
    const months = ['2024-11', '2024-12', '2025-01', '2025-02', '2025-03'];
    expect([...periodTicks('en', months, 'month').values()]).toEqual(['Nov\n2024', 'Dec', 'Jan\n2025', 'Feb', 'Mar']);
    expect([...periodTicks('en', months, 'month', 2).values()]).toEqual(['Nov\n2024', '', 'Jan\n2025', '', 'Mar']);
    expect([...periodTicks('zh-CN', months, 'month', 2).values()]).toEqual(['11月\n2024年', '', '1月\n2025年', '', '3月']);
    expect([...periodTicks('en', ['2024-12-30', '2025-01-06'], 'week').values()]).toEqual(['Dec 30\n2024', 'Jan 6\n2025']);
    expect(tickEvery(79, 5)).toBe(16);
    expect(tickEvery(3, 7)).toBe(1);
  });

  it('time axis ticks carry the year at the first tick and each January', () => {
    const f = timeTickFormat('en');
    expect([new Date(Date.UTC(2024, 10, 1)), new Date(Date.UTC(2024, 11, 1)), new Date(Date.UTC(2025, 0, 1))].map((d, i) => f(d, i))).toEqual(['Nov\n2024', 'Dec', 'Jan\n2025']);
  });
});

describe('numbers', () => {
  it.each([
    [0.553, '55.3%', '55%'],
    [0.0431, '4.3%', '4.3%'],
    [0.9996, '99.9%', '99%'],
    [1, '100.0%', '100%'],
    [0.0001, '<0.1%', '0.0%'],
  ])('share %d', (v, one, short) => {
    expect(formatShare1('en', v)).toBe(one);
    expect(formatShareShort('en', v)).toBe(short);
  });

  it.each([
    ['en', 59.56, 'GBP', '£60'],
    ['en', 12345, 'GBP', '£12.3K'],
    ['zh-CN', 12345, 'CNY', '¥1.2万'],
    ['en', 59.56, null, '60'],
    ['en', 59.56, '$', '$60'],
  ] as const)('short money %s %d %s', (locale, v, currency, expected) => {
    expect(formatMoneyShort(locale, v, currency)).toBe(expected);
  });

  it.each([
    [42, 42, 's'],
    [484.5, 8.1, 'min'],
    [5400, 1.5, 'h'],
    [3 * 86400, 3, 'd'],
  ] as const)('duration %d s', (seconds, value, unit) => {
    expect(durationParts(seconds)).toEqual({ value, unit });
  });

  it('durations, steps and channels in words', () => {
    expect(durationText(en, 484.5)).toBe('8.1 min');
    expect(durationText(zh, 484.5)).toBe('8.1 分钟');
    expect(stepName(zh, 'cart')).toBe('加购');
    expect(stepName(zh, 'signup')).toBe('signup');
    expect(channelName(en, null)).toBe('(no channel)');
    expect(channelName(zh, '直播带货')).toBe('直播带货');
  });
});

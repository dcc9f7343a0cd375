// Breaks when the cohort chapter's finding misstates a number (repeat share, churn at 3 and 6
// months or 13 and 26 weeks, the cohorts compared, the value per customer), names a cohort too
// small to compare, calls clearly different cohorts "similar" (or the reverse), loses a sentence
// when a horizon is not reached, or reads wrongly in either language.
import { describe, expect, it } from 'vitest';
import { cohortFindingParts, compareCohorts, SIMILAR_CHURN } from '../../../../src/report/lifecycle/cohort-findings';
import { CDNOW_COHORTS, cohort, cohortsReport, copy, en, SAMPLE_COHORTS, text, values, zh } from './fixtures';

describe('cohort finding on real Reports', () => {
  it('sample data, English', () => {
    expect(text(cohortFindingParts(SAMPLE_COHORTS, en, 'GBP'))).toBe(
      '41% of customers bought again after the month of their first purchase. By month 3, 68% had churned (no purchase from then on), and 78% by month 6. ' +
        'Customers won in December 2024 churned fastest: 91% by month 6 against 64% for May 2024. ' +
        'Younger cohorts have had fewer periods in which to come back, which raises their measured churn. ' +
        'On average a customer brings £69.68 in the month of their first purchase and £125.94 by month 6.',
    );
  });

  it('sample data, Chinese', () => {
    expect(text(cohortFindingParts(SAMPLE_COHORTS, zh, 'GBP'))).toBe(
      '41% 的客户在首购当月之后再次购买。到第 3 个月，68% 的客户已流失（此后再无购买），到第 6 个月为 78%。' +
        '2024年12月获取的客户流失最快：到第 6 个月已流失 91%，而2024年5月获取的客户为 64%。' +
        '较新的同期群可用于回购的时间更短，测得的流失率会偏高。平均每位客户在首购当月贡献 £69.68，到第 6 个月累计贡献 £125.94。',
    );
  });

  it('CDNOW: the three Q1 1997 cohorts churn alike, and the two customers of November 1997 are not compared', () => {
    const cmp = compareCohorts(CDNOW_COHORTS)!;
    expect([cmp.best.period, cmp.worst.period]).toEqual(['1997-01', '1997-03']);
    expect(cmp.similar).toBe(true);
    expect(text(cohortFindingParts(CDNOW_COHORTS, en, null))).toBe(
      '46% of customers bought again after the month of their first purchase. By month 3, 60% had churned (no purchase from then on), and 67% by month 6. ' +
        'Cohorts churn at a similar pace: 66% to 67% by month 6. On average a customer brings 38.16 in the month of their first purchase and 69.57 by month 6.',
    );
    expect(text(cohortFindingParts(CDNOW_COHORTS, zh, null))).toContain('各同期群的流失速度相近：到第 6 个月均在 66% 至 67% 之间。');
  });

  it('emphasises the numbers, not the cohorts or the horizons', () => {
    expect(values(cohortFindingParts(SAMPLE_COHORTS, en, 'GBP'))).toEqual(['41%', '68%', '78%', '91%', '64%', '£69.68', '£125.94']);
  });
});

describe('comparing cohorts', () => {
  // Three cohorts of 100 with 6-month retention 40%, 30% and 20%: churn 60%, 70%, 80%.
  const three = () =>
    cohortsReport([
      cohort('2023-01', 100, [100, 60, 55, 50, 45, 42, 40, 30, 20]),
      cohort('2023-02', 100, [100, 50, 45, 40, 35, 32, 30, 20]),
      cohort('2023-03', 100, [100, 40, 35, 30, 25, 22, 20]),
    ]);

  it('names the fastest- and the slowest-churning cohort at 6 months', () => {
    const s = text(cohortFindingParts(three(), en, 'USD'));
    expect(s).toContain('Customers won in March 2023 churned fastest: 80% by month 6 against 60% for January 2023.');
    expect(s).toContain('Younger cohorts'); // March is the youngest compared
  });

  it('no caveat when the fastest-churning cohort is not the youngest', () => {
    const r = three();
    [r.cohorts[0], r.cohorts[2]] = [
      { ...r.cohorts[2], period: '2023-01' },
      { ...r.cohorts[0], period: '2023-03' },
    ];
    const s = text(cohortFindingParts(r, en, 'USD'));
    expect(s).toContain('Customers won in January 2023 churned fastest: 80% by month 6 against 60% for March 2023.');
    expect(s).not.toContain('Younger cohorts');
  });

  it('a tiny cohort is left out of the comparison, however fast it churned', () => {
    const r = three();
    r.cohorts.push(cohort('2023-04', 2, [2, 0, 0, 0, 0, 0, 0]));
    expect(compareCohorts(r)!.worst.period).toBe('2023-03');
  });

  it(`cohorts within ${SIMILAR_CHURN * 100} points churn "alike"`, () => {
    const r = cohortsReport([cohort('2023-01', 100, [100, 50, 45, 40, 35, 32, 30]), cohort('2023-02', 100, [100, 50, 45, 40, 35, 32, 27])]);
    expect(text(cohortFindingParts(r, en, null))).toContain('Cohorts churn at a similar pace: 70% to 73% by month 6.');
  });

  it('a cohort whose 6th month is the last, partly observed month is not judged', () => {
    const r = three();
    r.lastPeriodPartial = true; // March's month 6 is the last data month
    const cmp = compareCohorts(r)!;
    expect([cmp.best.period, cmp.worst.period]).toEqual(['2023-01', '2023-02']);
  });

  it('falls back to the 3-month horizon when fewer than two cohorts reached 6 months', () => {
    const r = cohortsReport([cohort('2023-01', 100, [100, 60, 55, 50, 45]), cohort('2023-02', 100, [100, 40, 35, 20])]);
    const s = text(cohortFindingParts(r, en, null));
    expect(s).toContain('By month 3, 65% had churned (no purchase from then on).');
    expect(s).toContain('Customers won in February 2023 churned fastest: 80% by month 3 against 50% for January 2023.');
    expect(s).not.toContain('by month 6');
  });

  it('weekly cohorts speak of weeks and name a week by its Monday', () => {
    const weeks = Array.from({ length: 28 }, (_, k) => Math.round(100 * 0.95 ** k));
    const r = cohortsReport(
      [cohort('2024-01-01', 100, weeks, { short: 13, long: 26 }), cohort('2024-01-08', 100, weeks.slice(0, 27).map((n) => Math.round(n * 0.7)), { short: 13, long: 26 })],
      'week',
    );
    r.cohorts[1].onOrAfter[0] = 100;
    r.cohorts[1].retention[0] = 1;
    const s = text(cohortFindingParts(r, en, null));
    expect(s).toContain('after the week of their first purchase');
    expect(s).toContain('By week 13, ');
    expect(s).toContain('by week 26.');
    expect(s).toContain('Customers won in the week of Jan 8, 2024 churned fastest');
    expect(text(cohortFindingParts(r, zh, null))).toContain('2024年1月8日当周获取的客户流失最快');
  });

  it('a single period of data: nobody can have come back yet', () => {
    const r = cohortsReport([cohort('2023-01', 10, [10])]);
    expect(text(cohortFindingParts(r, en, null))).toBe('The data covers a single month, so no customer can have come back yet.');
    expect(text(cohortFindingParts(r, zh, null))).toBe('数据只覆盖一个月，客户还来不及回购。');
  });

  it('follows the numbers: a higher 6-month churn changes the sentence', () => {
    const r = copy(SAMPLE_COHORTS);
    r.churn.long = 0.9;
    expect(text(cohortFindingParts(r, en, 'GBP'))).toContain('and 90% by month 6.');
  });
});

// Breaks when the churn dumbbells lose a cohort's dot at a horizon it reached (or draw one it did
// not reach), stop marking the overall churn at each horizon, draw a tiny cohort as loudly as the
// others, or leave no room for the "overall" labels.
import { describe, expect, it } from 'vitest';
import { CHURN_COLORS, cohortChurn, type ChurnRow } from '../../../src/charts/cohort-churn';
import { textWidth } from '../../../src/charts/text-width';
import { CDNOW_COHORTS, SAMPLE_COHORTS } from '../report/lifecycle/fixtures';
import { renderSvg } from './render';

const pct = (v: number) => `${Math.round(v * 100)}%`;
const rows = (r = SAMPLE_COHORTS): ChurnRow[] => r.cohorts.map((c) => ({ key: c.period, tick: c.period, label: c.period, short: c.churnShort, long: c.churnLong, small: c.size < 30 }));
const options = (r = SAMPLE_COHORTS) => ({ overall: r.churn, shortLabel: '3-month churn', longLabel: '6-month churn', overallLabel: (v: number) => `overall ${pct(v)}`, format: pct });

type Mark = { data?: ChurnRow[] | number[] };

describe('cohort churn', () => {
  const spec = cohortChurn(rows(), options());
  const marks = spec.marks as Mark[];

  it('one column per cohort that reached the short horizon', () => {
    expect(spec.x?.domain).toEqual(SAMPLE_COHORTS.cohorts.filter((c) => c.churnShort !== null).map((c) => c.period));
    expect(spec.y?.domain).toEqual([0, 1]);
  });

  it('stems where both horizons are reached; dots per horizon; overall lines', () => {
    expect(marks[0].data).toHaveLength(12);
    expect(marks.at(-2)!.data).toHaveLength(15); // short-horizon dots
    expect(marks.at(-1)!.data).toHaveLength(12); // long-horizon dots
    const rules = marks.filter((m) => Array.isArray(m.data) && typeof m.data[0] === 'number');
    expect(rules.map((m) => m.data![0])).toEqual([SAMPLE_COHORTS.churn.short, SAMPLE_COHORTS.churn.short, SAMPLE_COHORTS.churn.long, SAMPLE_COHORTS.churn.long]);
    expect(spec.marginRight).toBe(textWidth('overall 68%', 12) + 14);
  });

  it('renders, in the horizon colours, with CDNOW’s two-customer cohort faint', () => {
    const svg = renderSvg({ ...cohortChurn(rows(CDNOW_COHORTS), options(CDNOW_COHORTS)), width: 440 });
    expect(svg).toContain(CHURN_COLORS.short);
    expect(svg).toContain(CHURN_COLORS.long);
    expect(svg).toContain('overall 67%');
    expect(svg).toContain('fill-opacity="0.3"');
  });

  it('no cohort reached a horizon: no columns, no overall line', () => {
    const none = cohortChurn([{ key: 'a', tick: 'a', label: 'a', short: null, long: null }], { ...options(), overall: { short: null, long: null } });
    expect(none.x?.domain).toEqual([]);
    expect((none.marks as Mark[]).length).toBe(3);
  });
});

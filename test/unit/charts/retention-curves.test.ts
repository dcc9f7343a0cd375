// Breaks when the cohort curves lose the size-weighted average (drawn last, thickest), draw the
// compared cohorts in other colours than given, stop greying out the other cohorts, cut the y
// axis below the highest curve, or when the rendered SVG changes
// (__snapshots__/retention-curves-sample.svg; a -changed copy is written beside a changed one).
import { describe, expect, it } from 'vitest';
import { CATEGORICAL, NEUTRAL } from '../../../src/charts/palette';
import { curvesYMax, retentionCurves, type CurveLine } from '../../../src/charts/retention-curves';
import { averageCurve, curveValues } from '../../../src/report/lifecycle/cohort-metrics';
import { SAMPLE_COHORTS } from '../report/lifecycle/fixtures';
import { matchSnapshot, renderSvg } from './render';

const pct = (v: number) => `${Math.round(v * 100)}%`;
const line = (period: string): CurveLine => ({ key: period, label: period, points: curveValues(SAMPLE_COHORTS.cohorts.find((c) => c.period === period)!, 'retention') });
const OPTIONS = {
  average: averageCurve(SAMPLE_COHORTS, 'retention'),
  averageLabel: 'Average',
  highlight: [
    { ...line('2024-05'), color: CATEGORICAL[2] },
    { ...line('2024-12'), color: CATEGORICAL[3] },
  ],
  others: SAMPLE_COHORTS.cohorts.filter((c) => c.period !== '2024-05' && c.period !== '2024-12').map((c) => line(c.period)),
  xLabel: 'Months since first purchase',
  yLabel: 'Retention',
  yFormat: pct,
};

type Mark = { data?: { key: string }[] };

describe('retention curves', () => {
  const spec = retentionCurves(OPTIONS);
  const marks = spec.marks as Mark[];

  it('others first (grey), then the compared cohorts, then the average on top', () => {
    expect(marks).toHaveLength(5);
    expect(new Set(marks[1].data!.map((p) => p.key)).size).toBe(16);
    expect(marks[2].data!.every((p) => p.key === '2024-05')).toBe(true);
    expect(marks[3].data!.every((p) => p.key === '2024-12')).toBe(true);
    expect(marks[4].data!.every((p) => p.key === 'average')).toBe(true);
    expect(marks[4].data).toHaveLength(18);
  });

  it('k runs over every period; y from 0 to the highest value', () => {
    expect(spec.x?.domain).toEqual([0, 17]);
    expect(spec.y?.domain).toEqual([0, 1]);
    expect(curvesYMax({ average: [{ k: 0, value: 2.5 }], highlight: [], others: [] })).toBe(2.5);
  });

  it('renders to the saved SVG in the palette colours', () => {
    const svg = renderSvg({ ...spec, width: 440 });
    for (const c of [CATEGORICAL[2], CATEGORICAL[3], NEUTRAL]) expect(svg).toContain(c);
    expect(svg).toContain('Months since first purchase');
    const result = matchSnapshot(svg, new URL('./__snapshots__/retention-curves-sample.svg', import.meta.url));
    expect(result.ok, `the SVG changed: compare ${result.changed}`).toBe(true);
  });
});

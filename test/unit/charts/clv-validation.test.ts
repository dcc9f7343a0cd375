// Breaks when the CLV validation charts (src/charts/clv-validation.ts) stop showing per-customer
// means (the Report carries group totals), drop empty groups wrongly, lose the actual-solid /
// model-dashed convention or their colours, mislabel the calibration end, or render differently
// (snapshots in __snapshots__; a -changed copy is written beside one that no longer matches).
import { describe, expect, it } from 'vitest';
import { ACTUAL_COLOR, MODEL_COLOR, clvHoldoutChart, clvTrackingChart, holdoutPoints, monthTicks, type HoldoutRow } from '../../../src/charts/clv-validation';
import { matchSnapshot, renderSvg } from './render';

/** The English sample data's holdout (report.clv.validation.byFrequency), rounded. */
const ROWS: HoldoutRow[] = Object.freeze([
  { x: '0', customers: 987, actual: 242, expected: 335.1 },
  { x: '1', customers: 345, actual: 163, expected: 178.3 },
  { x: '2', customers: 152, actual: 113, expected: 137.4 },
  { x: '3', customers: 70, actual: 64, expected: 89.3 },
  { x: '4', customers: 46, actual: 44, expected: 53.5 },
  { x: '5', customers: 22, actual: 23, expected: 34.8 },
  { x: '6', customers: 0, actual: 0, expected: 0 },
  { x: '7+', customers: 49, actual: 91, expected: 121.2 },
]) as HoldoutRow[];

const labels = { actual: 'Actual', model: 'Model' };
const num = (n: number) => n.toFixed(2);

describe('holdout by calibration purchases', () => {
  it('divides the totals by the customers of each group and leaves out empty groups', () => {
    const pts = holdoutPoints(ROWS);
    expect(pts).toHaveLength(14);
    expect(pts.find((p) => p.x === '0' && p.series === 'actual')!.value).toBeCloseTo(242 / 987, 12);
    expect(pts.find((p) => p.x === '7+' && p.series === 'model')!.value).toBeCloseTo(121.2 / 49, 12);
    expect(pts.some((p) => p.x === '6')).toBe(false);
  });

  const spec = clvHoldoutChart(ROWS, { labels, xLabel: 'Repeat purchases before', yLabel: 'Per customer', format: num, title: () => '' });

  it('draws actual solid and model dashed, in the two series colours, on the groups in order', () => {
    expect(spec.x?.domain).toEqual(['0', '1', '2', '3', '4', '5', '7+']);
    const marks = spec.marks as { data?: unknown[] }[];
    const svg = renderSvg({ ...spec, width: 480 });
    expect(svg).toContain(`stroke="${ACTUAL_COLOR}"`);
    expect(svg).toContain(`stroke="${MODEL_COLOR}"`);
    expect(svg).toContain('stroke-dasharray="5 4"');
    expect(marks).toHaveLength(4);
    expect(spec.color?.domain).toEqual(['Actual', 'Model']);
  });

  it('renders to the saved SVG', () => {
    const result = matchSnapshot(renderSvg({ ...spec, width: 480 }), new URL('./__snapshots__/clv-holdout-sample.svg', import.meta.url));
    expect(result.ok, `the SVG changed: compare ${result.changed}`).toBe(true);
  });
});

describe('monthTicks', () => {
  it.each([
    ['18 months: quarterly, five ticks', '2024-01-07', '2025-06-30', ['2024-04', '2024-07', '2024-10', '2025-01', '2025-04']],
    ['CDNOW, 18 months from January 1st', '1997-01-01', '1998-06-30', ['1997-01', '1997-07', '1998-01']],
    ['three months: monthly', '2024-01-15', '2024-04-20', ['2024-02', '2024-03', '2024-04']],
    ['five years: yearly', '2019-03-01', '2024-02-01', ['2020-01', '2021-01', '2022-01', '2023-01', '2024-01']],
  ])('%s', (_, from, to, expected) => {
    expect(monthTicks(from, to).map((d) => d.toISOString().slice(0, 7))).toEqual(expected);
  });
});

describe('cumulative tracking', () => {
  const points = [
    { date: '2024-01-07', actual: 0, expected: 0.4 },
    { date: '2024-06-30', actual: 300, expected: 320 },
    { date: '2025-02-14', actual: 1500, expected: 1480 },
    { date: '2025-06-30', actual: 2250, expected: 2400 },
  ];
  const spec = clvTrackingChart(points, {
    labels,
    calibrationEnd: '2025-02-14',
    calibrationLabel: 'End of calibration',
    yLabel: 'Repeat purchases',
    format: (n) => String(Math.round(n)),
    formatDate: (d, first) => (first || d.getUTCMonth() === 0 ? d.toISOString().slice(0, 7) : d.toISOString().slice(5, 7)),
  });

  it('marks the calibration end with a rule and its label, on a UTC time axis', () => {
    expect(spec.x?.type).toBe('utc');
    const svg = renderSvg({ ...spec, width: 480 });
    expect(svg).toContain('End of calibration');
    expect(svg).toContain('2025-01');
    expect((spec.y?.domain as number[])[1]).toBeCloseTo(2400 * 1.05, 9);
  });

  it('renders to the saved SVG', () => {
    const result = matchSnapshot(renderSvg({ ...spec, width: 480 }), new URL('./__snapshots__/clv-tracking.svg', import.meta.url));
    expect(result.ok, `the SVG changed: compare ${result.changed}`).toBe(true);
  });
});

// Breaks when the activity charts stop smoothing daily actives with a trailing 7-day mean, stop
// drawing a week or month cut by the data's start or end as a dashed, hollow end (it would look
// like a collapse), or stop sharing one x domain across the three grains.
import { describe, expect, it } from 'vitest';
import { activityTrend, movingAverage, splitPartial, type ActivityRow } from '../../../src/charts/activity-trend';
import { stickinessChart, STICKINESS_COLORS } from '../../../src/charts/activity-stickiness';
import { periodDate } from '../../../src/report/lifecycle/format';
import { SAMPLE } from '../report/lifecycle/fixtures';
import { renderSvg } from './render';

const rows = (n: number[]): ActivityRow[] => n.map((active, i) => ({ date: new Date(Date.UTC(2024, 0, 1 + i)), active }));
const EVENTS = SAMPLE.activity.events!;
const DOMAIN: [Date, Date] = [periodDate('2025-01-01'), periodDate('2025-06-30')];
const base = { xDomain: DOMAIN, tickFormat: (d: Date) => d.toISOString().slice(0, 7), format: String, title: (r: ActivityRow) => String(r.active) };

describe('activity trend', () => {
  it('a trailing mean over up to k points', () => {
    expect(movingAverage(rows([7, 0, 7, 0]), 2).map((r) => r.active)).toEqual([7, 3.5, 3.5, 3.5]);
    expect(movingAverage(rows([1, 2, 3]), 7).map((r) => r.active)).toEqual([1, 1.5, 2]);
  });

  it('partial ends leave the solid line and get a dashed segment and a hollow point', () => {
    const s = splitPartial(rows([5, 10, 10, 10, 2]), true, true);
    expect(s.solid.map((r) => r.active)).toEqual([10, 10, 10]);
    expect(s.dashed.map((r) => `${r.segment}:${r.active}`)).toEqual(['first:5', 'first:10', 'last:10', 'last:2']);
    expect(s.hollow.map((r) => r.active)).toEqual([5, 2]);
    expect(splitPartial(rows([1, 2]), true, true).dashed).toEqual([]);
  });

  it('the three grains share the x domain; daily gets the faint raw line and the smooth one', () => {
    const weekly = EVENTS.weekly.map((p) => ({ date: periodDate(p.period), active: p.active }));
    const w = activityTrend(weekly, { ...base, grain: 'week', partialFirst: true });
    const d = activityTrend(rows([1, 2, 3]), { ...base, grain: 'day', partialFirst: true });
    expect(w.x?.domain).toEqual(DOMAIN);
    expect(d.x?.domain).toEqual(DOMAIN);
    expect((d.marks as unknown[]).length).toBe((w.marks as unknown[]).length + 1);
    const svg = renderSvg({ ...w, width: 560 });
    expect(svg).toContain('stroke-dasharray="3 3"');
  });

  it('stickiness: two lines, hollow points for incomplete months', () => {
    const spec = stickinessChart(
      EVENTS.months.map((m) => ({ date: periodDate(m.month), label: m.month, complete: m.complete, wauMau: m.wauMau, dauMau: m.dauMau })),
      { wauLabel: 'WAU/MAU', dauLabel: 'DAU/MAU', format: (v) => `${Math.round(v * 100)}%`, tickFormat: (d) => d.toISOString().slice(0, 7) },
    );
    const svg = renderSvg({ ...spec, width: 360 });
    expect(svg).toContain(STICKINESS_COLORS.dauMau);
    expect((spec.y!.domain as number[])[1]).toBeGreaterThanOrEqual(Math.max(...EVENTS.months.map((m) => m.wauMau ?? 0)));
  });
});

/**
 * The two validation charts of the CLV chapter, as in Fader, Hardie & Lee (2005) and lifetimes'
 * plotting module: (1) repeat purchases per customer in the holdout, actual against the model,
 * by the number of repeat purchases in the calibration period; (2) cumulative repeat purchases
 * of the calibration cohort over time, actual against the model, with the end of calibration
 * marked. Actual is a solid line, the model a dashed one, in both.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { CATEGORICAL } from './palette';
import { labelWidth } from './text-width';

export const ACTUAL_COLOR = CATEGORICAL[0];
export const MODEL_COLOR = CATEGORICAL[1];

export interface SeriesLabels {
  actual: string;
  model: string;
}

export interface HoldoutRow {
  /** Calibration repeat purchases: "0".."6", "7+". */
  x: string;
  customers: number;
  actual: number;
  expected: number;
}

export interface HoldoutPoint {
  x: string;
  series: 'actual' | 'model';
  /** Mean holdout repeat purchases per customer of the group. */
  value: number;
  customers: number;
}

/** Per-customer means of each group (groups without customers are left out). */
export function holdoutPoints(rows: readonly HoldoutRow[]): HoldoutPoint[] {
  return rows
    .filter((r) => r.customers > 0)
    .flatMap((r) => [
      { x: r.x, series: 'actual' as const, value: r.actual / r.customers, customers: r.customers },
      { x: r.x, series: 'model' as const, value: r.expected / r.customers, customers: r.customers },
    ]);
}

export interface HoldoutOptions {
  labels: SeriesLabels;
  xLabel: string;
  yLabel: string;
  format: (n: number) => string;
  title: (p: HoldoutPoint) => string;
  width?: number;
}

const STYLE = { fontFamily: 'inherit', fontSize: '12px', overflow: 'visible' } as const;

export function clvHoldoutChart(rows: readonly HoldoutRow[], o: HoldoutOptions): PlotOptions {
  const points = holdoutPoints(rows);
  const max = Math.max(0.1, ...points.map((p) => p.value));
  const name = (s: HoldoutPoint['series']) => o.labels[s];
  return {
    width: o.width,
    height: 260,
    marginLeft: Math.max(44, labelWidth([o.format(max)], 12) + 16),
    marginBottom: 40,
    marginRight: 16,
    style: STYLE,
    x: { type: 'point', domain: rows.filter((r) => r.customers > 0).map((r) => r.x), label: o.xLabel, labelAnchor: 'center', labelOffset: 34, padding: 0.3 },
    y: { domain: [0, max * 1.1], grid: true, nice: true, ticks: 5, tickFormat: o.format, label: o.yLabel, labelAnchor: 'top' },
    color: { type: 'ordinal', domain: [o.labels.actual, o.labels.model], range: [ACTUAL_COLOR, MODEL_COLOR], legend: true },
    marks: [
      Plot.ruleY([0], { stroke: 'var(--border-strong)' }),
      Plot.lineY(points.filter((p) => p.series === 'actual'), { x: 'x', y: 'value', stroke: ACTUAL_COLOR, strokeWidth: 2 }),
      Plot.lineY(points.filter((p) => p.series === 'model'), { x: 'x', y: 'value', stroke: MODEL_COLOR, strokeWidth: 2, strokeDasharray: '5 4' }),
      Plot.dot(points, { x: 'x', y: 'value', fill: (p: HoldoutPoint) => name(p.series), r: 3.5, title: o.title }),
    ],
  };
}

export interface TrackingPoint {
  /** ISO date: the last day this point covers. */
  date: string;
  actual: number;
  expected: number;
}

export interface TrackingOptions {
  labels: SeriesLabels;
  /** ISO date of the calibration end: a rule with its label. */
  calibrationEnd: string;
  calibrationLabel: string;
  yLabel: string;
  format: (n: number) => string;
  /** Axis tick of a date (localised month); `first` is the leftmost tick, which should carry the year. */
  formatDate: (d: Date, first: boolean) => string;
  width?: number;
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Month ticks, at most `max` of them, on the first of a month at 1, 2, 3, 6, 12 or 24-month steps
 * from January: Plot's own choice put six wide localised labels ("2024年10月") side by side.
 */
export function monthTicks(from: string, to: string, max = 5): Date[] {
  const a = utc(from);
  const b = utc(to);
  const within = (step: number) => {
    const out: Date[] = [];
    for (let m = a.getUTCFullYear() * 12; m <= b.getUTCFullYear() * 12 + b.getUTCMonth(); m += step) {
      const d = new Date(Date.UTC(Math.floor(m / 12), m % 12, 1));
      if (d >= a && d <= b) out.push(d);
    }
    return out;
  };
  for (const step of [1, 2, 3, 6, 12]) {
    const ticks = within(step);
    if (ticks.length <= max) return ticks;
  }
  return within(24);
}

export function clvTrackingChart(points: readonly TrackingPoint[], o: TrackingOptions): PlotOptions {
  const max = Math.max(1, ...points.map((p) => Math.max(p.actual, p.expected)));
  const long = points.flatMap((p) => [
    { date: utc(p.date), series: 'actual' as const, value: p.actual },
    { date: utc(p.date), series: 'model' as const, value: p.expected },
  ]);
  return {
    width: o.width,
    height: 260,
    marginLeft: Math.max(44, labelWidth([o.format(max)], 12) + 16),
    marginBottom: 32,
    marginRight: 16,
    marginTop: 24,
    style: STYLE,
    x: { type: 'utc', ticks: points.length ? monthTicks(points[0].date, points[points.length - 1].date) : 4, tickFormat: (d: Date, i: number) => o.formatDate(d, i === 0), label: null },
    y: { domain: [0, max * 1.05], grid: true, nice: true, ticks: 5, tickFormat: o.format, label: o.yLabel, labelAnchor: 'top' },
    color: { type: 'ordinal', domain: [o.labels.actual, o.labels.model], range: [ACTUAL_COLOR, MODEL_COLOR], legend: true },
    marks: [
      Plot.ruleY([0], { stroke: 'var(--border-strong)' }),
      Plot.ruleX([utc(o.calibrationEnd)], { stroke: 'var(--text-3)', strokeDasharray: '2 3' }),
      Plot.text([utc(o.calibrationEnd)], { x: (d: Date) => d, frameAnchor: 'top', dy: -14, text: () => o.calibrationLabel, fill: 'var(--text-2)', textAnchor: 'middle' }),
      Plot.lineY(long.filter((p) => p.series === 'actual'), { x: 'date', y: 'value', stroke: ACTUAL_COLOR, strokeWidth: 2 }),
      Plot.lineY(long.filter((p) => p.series === 'model'), { x: 'date', y: 'value', stroke: MODEL_COLOR, strokeWidth: 2, strokeDasharray: '5 4' }),
    ],
  };
}

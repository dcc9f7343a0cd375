/**
 * Active customers over time at one grain (day, ISO week, month): a line over a light area. Daily
 * counts are noisy, so they are drawn faint with a 7-day moving average on top. The three grains
 * share one x domain (passed in) so that stacked charts line up.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { NEUTRAL } from './palette';

export interface ActivityRow {
  date: Date;
  active: number;
}

export interface ActivityTrendOptions {
  grain: 'day' | 'week' | 'month';
  xDomain: [Date, Date];
  format: (n: number) => string;
  title: (r: ActivityRow) => string;
  /** The first or last period is only partly in the data (a week or month cut by the data's start or end): drawn dashed and hollow. */
  partialFirst?: boolean;
  partialLast?: boolean;
  tickFormat: (d: Date, i: number) => string;
  /** Days in the moving average of the daily series. */
  window?: number;
  color?: string;
  height?: number;
  width?: number;
  ariaLabel?: string;
}

/** Trailing mean over `k` points (fewer at the start): what the faint daily line is smoothed to. */
export function movingAverage(rows: readonly ActivityRow[], k: number): ActivityRow[] {
  let sum = 0;
  return rows.map((r, i) => {
    sum += r.active;
    if (i >= k) sum -= rows[i - k].active;
    return { date: r.date, active: sum / Math.min(i + 1, k) };
  });
}

/** The line without its partial ends, the dashed segments that lead to them, and the partial points themselves. */
export function splitPartial(
  line: readonly ActivityRow[],
  first: boolean,
  last: boolean,
): { solid: ActivityRow[]; dashed: (ActivityRow & { segment: string })[]; hollow: ActivityRow[] } {
  if (line.length < 3) return { solid: [...line], dashed: [], hollow: [] };
  const n = line.length;
  const dashed: (ActivityRow & { segment: string })[] = [];
  const hollow: ActivityRow[] = [];
  if (first) {
    dashed.push({ ...line[0], segment: 'first' }, { ...line[1], segment: 'first' });
    hollow.push(line[0]);
  }
  if (last) {
    dashed.push({ ...line[n - 2], segment: 'last' }, { ...line[n - 1], segment: 'last' });
    hollow.push(line[n - 1]);
  }
  return { solid: line.slice(first ? 1 : 0, last ? n - 1 : n), dashed, hollow };
}

export function activityTrend(rows: readonly ActivityRow[], options: ActivityTrendOptions): PlotOptions {
  const color = options.color ?? 'var(--accent)';
  const daily = options.grain === 'day';
  const line = daily ? movingAverage(rows, options.window ?? 7) : rows;
  const max = Math.max(1, ...rows.map((r) => r.active));
  const { solid, dashed, hollow } = splitPartial(line, !daily && !!options.partialFirst, !daily && !!options.partialLast);
  return {
    width: options.width,
    height: options.height ?? 150,
    marginTop: 12,
    marginLeft: 48,
    marginRight: 16,
    marginBottom: 36,
    className: `activity-${options.grain}`,
    ariaLabel: options.ariaLabel,
    style: { fontFamily: 'inherit', fontSize: '12px', overflow: 'visible' },
    x: { type: 'utc', domain: options.xDomain, tickFormat: options.tickFormat, ticks: 6, label: null },
    y: { domain: [0, max], nice: true, grid: true, ticks: 3, tickFormat: options.format, label: null },
    marks: [
      Plot.areaY(line, { x: 'date', y: 'active', fill: color, fillOpacity: 0.1, curve: 'monotone-x' }),
      ...(daily ? [Plot.lineY(rows, { x: 'date', y: 'active', stroke: NEUTRAL, strokeOpacity: 0.6, strokeWidth: 0.8 })] : []),
      Plot.lineY(solid, { x: 'date', y: 'active', stroke: color, strokeWidth: 2, curve: 'monotone-x' }),
      Plot.lineY(dashed, { x: 'date', y: 'active', z: 'segment', stroke: color, strokeWidth: 2, strokeDasharray: '3 3' }),
      ...(options.grain === 'month' ? [Plot.dot(solid, { x: 'date', y: 'active', fill: color, r: 3 })] : []),
      Plot.dot(hollow, { x: 'date', y: 'active', fill: 'var(--surface)', stroke: color, strokeWidth: 1.5, r: 3 }),
      Plot.ruleY([0], { stroke: 'var(--border-strong)' }),
      Plot.tip(rows, Plot.pointerX({ x: 'date', y: 'active', title: options.title })),
    ],
  };
}

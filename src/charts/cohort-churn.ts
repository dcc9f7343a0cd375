/**
 * Churn of each cohort at the two horizons as a dumbbell: a dot at the short-horizon churn, a dot
 * at the long-horizon churn, joined, with the overall churn at each horizon as a dashed line
 * across. Cohorts that have not reached a horizon have no dot for it.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { CATEGORICAL, NEUTRAL } from './palette';
import { labelWidth } from './text-width';

export interface ChurnRow {
  key: string;
  /** Axis tick ('' to leave a tick unlabelled). */
  tick: string;
  /** Full name for the tooltip. */
  label: string;
  short: number | null;
  long: number | null;
  /** Too small to compare (a handful of customers): drawn faint, so its 100% does not catch the eye. */
  small?: boolean;
}

export interface CohortChurnOptions {
  overall: { short: number | null; long: number | null };
  shortLabel: string;
  longLabel: string;
  /** Label of an overall line, given its value ("overall 68%"). */
  overallLabel: (v: number) => string;
  format: (v: number) => string;
  width?: number;
  ariaLabel?: string;
}

/** Short horizon orange, long horizon red: the same two colours in the legend and the lines. */
export const CHURN_COLORS = { short: CATEGORICAL[1], long: CATEGORICAL[3] } as const;

export function cohortChurn(rows: readonly ChurnRow[], options: CohortChurnOptions): PlotOptions {
  const measured = rows.filter((r) => r.short !== null || r.long !== null);
  const ticks = new Map(measured.map((r) => [r.key, r.tick]));
  const { format } = options;
  const dots = (h: 'short' | 'long') =>
    Plot.dot(
      measured.filter((r) => r[h] !== null),
      {
        x: 'key',
        y: h,
        r: measured.length > 30 ? 2.5 : 4.5,
        fill: CHURN_COLORS[h],
        fillOpacity: { value: (r: ChurnRow) => (r.small ? 0.3 : 1), scale: null },
        stroke: 'var(--surface)',
        strokeWidth: 1,
        title: (r: ChurnRow) => `${r.label} · ${h === 'short' ? options.shortLabel : options.longLabel}: ${format(r[h]!)}`,
      },
    );
  const overall = (h: 'short' | 'long') => {
    const v = options.overall[h];
    if (v === null) return [];
    return [
      Plot.ruleY([v], { stroke: CHURN_COLORS[h], strokeDasharray: '4 3', strokeOpacity: 0.9 }),
      Plot.text([v], { y: (d: number) => d, text: (d: number) => options.overallLabel(d), frameAnchor: 'right', textAnchor: 'start', dx: 6, dy: h === 'short' ? 7 : -7, fill: CHURN_COLORS[h], fontWeight: 600 }),
    ];
  };
  const overallTexts = [options.overall.short, options.overall.long].filter((v): v is number => v !== null).map(options.overallLabel);
  return {
    width: options.width,
    height: 260,
    marginTop: 16,
    marginLeft: 48,
    // Room for the "overall …" labels right of the frame.
    marginRight: Math.max(16, labelWidth(overallTexts, 12) + 14),
    marginBottom: 44,
    className: 'cohort-churn',
    ariaLabel: options.ariaLabel,
    style: { fontFamily: 'inherit', fontSize: '12px', overflow: 'visible' },
    x: { domain: measured.map((r) => r.key), tickFormat: (k: string) => ticks.get(k) ?? '', tickSize: 0, label: null, padding: 0.3 },
    y: { domain: [0, 1], grid: true, tickFormat: format, ticks: 5, label: null },
    marks: [
      Plot.ruleX(
        measured.filter((r) => r.short !== null && r.long !== null),
        { x: 'key', y1: 'short', y2: 'long', stroke: NEUTRAL, strokeWidth: 2, strokeOpacity: { value: (r: ChurnRow) => (r.small ? 0.3 : 1), scale: null } },
      ),
      ...overall('short'),
      ...overall('long'),
      dots('short'),
      dots('long'),
    ],
  };
}

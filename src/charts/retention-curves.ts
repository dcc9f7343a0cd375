/**
 * Cohort curves: one thin grey line per cohort, the cohorts a finding names in colour, and the
 * size-weighted average as the thick line to read first. x is the period k since the cohort
 * began; y the metric (a share, money per customer, orders per customer).
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { NEUTRAL } from './palette';

export interface CurvePointRow {
  k: number;
  value: number;
}

export interface CurveLine {
  key: string;
  label: string;
  points: CurvePointRow[];
}

export interface HighlightLine extends CurveLine {
  color: string;
}

export interface RetentionCurvesOptions {
  average: CurvePointRow[];
  averageLabel: string;
  /** Named cohorts, drawn in colour over the others. */
  highlight: HighlightLine[];
  others: CurveLine[];
  xLabel: string;
  yLabel: string;
  yFormat: (v: number) => string;
  /** The average's colour. */
  averageColor?: string;
  width?: number;
  height?: number;
  ariaLabel?: string;
}

/** Points are marked only while they stay apart (monthly cohorts, not 79 weeks). */
const MARKERS_UP_TO = 30;

interface FlatPoint extends CurvePointRow {
  key: string;
  label: string;
}

function flat(lines: readonly CurveLine[]): FlatPoint[] {
  return lines.flatMap((l) => l.points.map((p) => ({ ...p, key: l.key, label: l.label })));
}

/** The y domain: from 0 to the highest value any line reaches (at least a little above 0). */
export function curvesYMax(options: Pick<RetentionCurvesOptions, 'average' | 'highlight' | 'others'>): number {
  const all = [...options.average, ...flat(options.highlight), ...flat(options.others)].map((p) => p.value);
  return Math.max(Number.EPSILON, ...all);
}

export function retentionCurves(options: RetentionCurvesOptions): PlotOptions {
  const maxK = Math.max(1, ...options.average.map((p) => p.k), ...[...options.highlight, ...options.others].flatMap((l) => l.points.map((p) => p.k)));
  const color = options.averageColor ?? 'var(--accent)';
  const { yFormat } = options;
  const tip = (p: FlatPoint) => `${p.label}, k = ${p.k}: ${yFormat(p.value)}`;
  return {
    width: options.width,
    height: options.height ?? 300,
    marginTop: 28,
    marginLeft: 56,
    marginRight: 16,
    marginBottom: 40,
    className: 'retention-curves',
    ariaLabel: options.ariaLabel,
    style: { fontFamily: 'inherit', fontSize: '12px', overflow: 'visible' },
    x: { domain: [0, maxK], label: options.xLabel, labelAnchor: 'center', labelArrow: 'none', ticks: Math.min(maxK, 12), tickFormat: (k: number) => (Number.isInteger(k) ? String(k) : '') },
    y: { domain: [0, curvesYMax(options)], nice: true, grid: true, label: options.yLabel, labelArrow: 'none', tickFormat: yFormat, ticks: 5 },
    marks: [
      Plot.ruleY([0], { stroke: 'var(--border-strong)' }),
      Plot.lineY(flat(options.others), { x: 'k', y: 'value', z: 'key', stroke: NEUTRAL, strokeOpacity: 0.45, strokeWidth: 1, title: tip }),
      ...options.highlight.map((h) =>
        Plot.lineY(
          h.points.map((p) => ({ ...p, key: h.key, label: h.label })),
          { x: 'k', y: 'value', stroke: h.color, strokeWidth: 2, title: tip },
        ),
      ),
      Plot.lineY(
        options.average.map((p) => ({ ...p, key: 'average', label: options.averageLabel })),
        { x: 'k', y: 'value', stroke: color, strokeWidth: 3, marker: maxK <= MARKERS_UP_TO ? 'dot' : 'none', title: tip },
      ),
    ],
  };
}

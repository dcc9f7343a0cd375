/**
 * A histogram of a customer measure (days since the last purchase, orders, spend, order value,
 * days between purchases) from the engine's bins, with optional shaded bands (the RFM score of
 * each range) and marker lines (median). Whole-number measures with one value per bin are drawn
 * as bars centred on their value, so "1 order" sits over the tick "1".
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import type { HistogramBin } from '../analysis/value/types';

export interface HistogramBand {
  /** Data coordinates; x1 may be -Infinity and x2 Infinity (open-ended score ranges). */
  x1: number;
  x2: number;
  label: string;
}

export interface HistogramMarker {
  x: number;
  label: string;
}

export interface HistogramOptions {
  /** Formats an x value (axis ticks and bar titles). */
  formatX: (n: number) => string;
  formatCount: (n: number) => string;
  xLabel: string;
  yLabel: string;
  color?: string;
  bands?: readonly HistogramBand[];
  markers?: readonly HistogramMarker[];
  width?: number;
  height?: number;
  ariaLabel?: string;
}

export interface HistogramRect {
  x1: number;
  x2: number;
  count: number;
  /** The bin as the reader should see it: "3", "28–54", "£120–£240". */
  range: string;
}

const BAND_FILLS = ['var(--surface-2)', 'transparent'] as const;
/** Pixels between two band labels on one line; closer ones go to a second line or are left out. */
const LABEL_GAP = 14;
const LINE = 13;

/** One value per bin: whole numbers in unit-wide bins (orders 1, 2, 3...). */
export function isDiscrete(bins: readonly HistogramBin[]): boolean {
  return bins.length > 0 && bins.every((b) => b.x1 - b.x0 === 1 && Number.isInteger(b.x0));
}

/** Bars in axis coordinates: discrete bins are shifted by half a unit to centre on their value. */
export function histogramRects(bins: readonly HistogramBin[], formatX: (n: number) => string): HistogramRect[] {
  const discrete = isDiscrete(bins);
  const whole = bins.every((b) => Number.isInteger(b.x0) && Number.isInteger(b.x1));
  return bins.map((b, i) => {
    if (discrete) return { x1: b.x0 - 0.5, x2: b.x1 - 0.5, count: b.count, range: formatX(b.x0) };
    // Whole-number bins are [x0, x1): the last value in them is x1 - 1; the last continuous bin includes x1.
    const upper = whole ? b.x1 - 1 : b.x1;
    const last = i === bins.length - 1;
    return { x1: b.x0, x2: b.x1, count: b.count, range: whole && upper === b.x0 ? formatX(b.x0) : `${formatX(b.x0)}–${formatX(last || !whole ? b.x1 : upper)}` };
  });
}

/** Bands clipped to the drawn range (empty ones dropped), in the same coordinates as the bars. */
export function histogramBands(bins: readonly HistogramBin[], bands: readonly HistogramBand[]): (HistogramBand & { fill: string })[] {
  if (bins.length === 0) return [];
  const shift = isDiscrete(bins) ? -0.5 : 0;
  const lo = bins[0].x0 + shift;
  const hi = bins[bins.length - 1].x1 + shift;
  return bands
    .map((b) => ({ ...b, x1: Math.max(lo, b.x1 + shift), x2: Math.min(hi, b.x2 + shift) }))
    .filter((b) => b.x2 > b.x1)
    .map((b, i) => ({ ...b, fill: BAND_FILLS[i % 2] }));
}

/**
 * Which line each band label goes on (0 = nearest the plot, 1 = above it), or null to leave it
 * out: narrow neighbouring bands (spend quintiles squeezed at the low end) would print their
 * numbers on top of each other. `width` is the plot's approximate width in pixels.
 */
export function labelLines(centres: readonly number[], domain: [number, number], width: number): (0 | 1 | null)[] {
  const span = domain[1] - domain[0] || 1;
  const px = (x: number) => ((x - domain[0]) / span) * width;
  const last: [number, number] = [-Infinity, -Infinity];
  return centres.map((c) => {
    const x = px(c);
    for (const line of [0, 1] as const) {
      if (x - last[line] >= LABEL_GAP) {
        last[line] = x;
        return line;
      }
    }
    return null;
  });
}

export function histogram(bins: readonly HistogramBin[], options: HistogramOptions): PlotOptions {
  const { formatX, formatCount } = options;
  const discrete = isDiscrete(bins);
  const rects = histogramRects(bins, formatX);
  const bands = histogramBands(bins, options.bands ?? []);
  const lo = rects.length ? rects[0].x1 : 0;
  const hi = rects.length ? rects[rects.length - 1].x2 : 1;
  const lines = labelLines(bands.map((b) => (b.x1 + b.x2) / 2), [lo, hi], (options.width ?? 640) - 64);
  const bandLabels = bands.map((b, i) => ({ ...b, line: lines[i] })).filter((b) => b.line !== null);
  const twoLines = bandLabels.some((b) => b.line === 1);
  const maxCount = Math.max(1, ...rects.map((r) => r.count));
  // Many unit bins: label every other value (or fewer) so the ticks never touch.
  const step = discrete ? Math.max(1, Math.ceil(bins.length / 16)) : 0;
  const ticks = discrete ? bins.filter((_, i) => i % step === 0).map((b) => b.x0) : 5;
  const markers = (options.markers ?? []).filter((m) => m.x >= lo && m.x <= hi);
  const mid = (lo + hi) / 2;
  // Labels above the plot: a marker's label runs away from the nearer edge so it is never cut.
  const labelled = (list: HistogramMarker[], anchor: 'start' | 'end') =>
    Plot.text(list, { x: 'x', text: 'label', frameAnchor: 'top', dy: -4, dx: anchor === 'start' ? -4 : 4, lineAnchor: 'bottom', textAnchor: anchor, fill: 'var(--text)', fontWeight: 600 });
  return {
    width: options.width,
    height: options.height ?? 180,
    // Room for the y label, then one or two lines of band labels (or the marker labels).
    marginTop: 20 + (bands.length || markers.length ? 16 : 6) + (twoLines ? LINE : 0),
    marginLeft: 48,
    marginRight: 16,
    marginBottom: 40,
    ariaLabel: options.ariaLabel,
    style: { fontFamily: 'inherit', fontSize: '12px', overflow: 'visible' },
    x: { domain: [lo, hi], ticks, tickFormat: formatX, label: options.xLabel, labelAnchor: 'center', labelOffset: 34 },
    y: { domain: [0, maxCount], grid: true, ticks: 4, tickFormat: formatCount, label: options.yLabel, labelAnchor: 'top' },
    marks: [
      Plot.rectX(bands, { x1: 'x1', x2: 'x2', y1: 0, y2: maxCount, fill: 'fill' }),
      ...([0, 1] as const).map((line) =>
        Plot.text(
          bandLabels.filter((b) => b.line === line),
          { x: (b: HistogramBand) => (b.x1 + b.x2) / 2, text: 'label', frameAnchor: 'top', dy: -4 - line * LINE, lineAnchor: 'bottom', fill: 'var(--text-2)', fontWeight: 600 },
        ),
      ),
      Plot.rectY(rects, {
        x1: 'x1',
        x2: 'x2',
        y: 'count',
        fill: options.color ?? 'var(--accent)',
        insetLeft: 0.5,
        insetRight: 0.5,
        title: (r: HistogramRect) => `${r.range}: ${formatCount(r.count)}`,
      }),
      Plot.ruleY([0], { stroke: 'var(--border-strong)' }),
      Plot.ruleX(markers, { x: 'x', stroke: 'var(--text)', strokeDasharray: '4 3', strokeWidth: 1.25 }),
      labelled(markers.filter((m) => m.x <= mid), 'start'),
      labelled(markers.filter((m) => m.x > mid), 'end'),
    ],
  };
}

/**
 * A histogram as a sparkline: one SVG path of bars, small enough to draw for every column of a
 * profile table without mounting a chart each. Bins are drawn by index (equal widths), which is
 * what they are, or equal in log(value) when the profile says `logBins`.
 */
import type { HistogramBin } from '../analysis/profile/types';

export interface SparklineOptions {
  width: number;
  height: number;
  /** Gap between bars, in pixels. */
  gap?: number;
}

export interface Sparkline {
  /** Bars as one path, in a viewBox of 0 0 width height; "" when there is nothing to draw. */
  path: string;
  /** The tallest bin, whose bar reaches the top. */
  max: number;
}

/** Every non-empty bin gets at least this height, so a handful of values stays visible. */
const MIN_BAR = 1;

export function sparkline(bins: readonly HistogramBin[], options: SparklineOptions): Sparkline {
  const { width, height, gap = 1 } = options;
  const max = Math.max(0, ...bins.map((b) => b.count));
  if (bins.length === 0 || max === 0) return { path: '', max };
  const step = width / bins.length;
  const bar = Math.max(0.5, step - gap);
  const round = (n: number) => Math.round(n * 100) / 100;
  const parts: string[] = [];
  bins.forEach((b, i) => {
    if (b.count <= 0) return;
    const h = Math.max(MIN_BAR, (b.count / max) * height);
    parts.push(`M${round(i * step)},${round(height - h)}h${round(bar)}v${round(h)}h${round(-bar)}Z`);
  });
  return { path: parts.join(''), max };
}

/**
 * Churn-risk bands as 100% stacked bars: how customers, revenue and value at risk split over
 * the high / medium / low bands (RISK_COLORS), the share written inside each segment wide enough
 * to hold it. Value at risk concentrates in the high band far more than customers do: the chart
 * shows that gap at a glance.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { RISK_COLORS } from './palette';
import { labelWidth } from './text-width';

export type Band = 'high' | 'medium' | 'low';
export const BAND_ORDER: readonly Band[] = ['high', 'medium', 'low'];

export interface BandMeasure {
  key: string;
  label: string;
  /** Amount per band (customers, money); shares are computed here. */
  values: Record<Band, number>;
}

export interface BandSegment {
  key: string;
  band: Band;
  x1: number;
  x2: number;
  share: number;
}

export function bandSegments(rows: readonly BandMeasure[]): BandSegment[] {
  return rows.flatMap((r) => {
    const total = BAND_ORDER.reduce((t, b) => t + Math.max(0, r.values[b]), 0);
    let at = 0;
    return BAND_ORDER.map((band) => {
      const share = total > 0 ? Math.max(0, r.values[band]) / total : 0;
      const seg = { key: r.key, band, x1: at, x2: at + share, share };
      at += share;
      return seg;
    });
  });
}

export interface ClvBandsOptions {
  bandLabel: (b: Band) => string;
  formatShare: (s: number) => string;
  title: (s: BandSegment) => string;
  width?: number;
}

/** Segments narrower than this carry no text. */
const TEXT_MIN = 0.07;
const INK: Record<Band, string> = { high: '#ffffff', medium: '#182026', low: '#ffffff' };

export function clvBands(rows: readonly BandMeasure[], o: ClvBandsOptions): PlotOptions {
  const segments = bandSegments(rows);
  return {
    width: o.width,
    height: rows.length * 40 + 56,
    marginLeft: labelWidth(rows.map((r) => r.label), 12) + 14,
    marginRight: 12,
    marginTop: 8,
    marginBottom: 28,
    style: { fontFamily: 'inherit', fontSize: '12px', overflow: 'visible' },
    x: { domain: [0, 1], ticks: 5, tickFormat: o.formatShare, label: null },
    y: { domain: rows.map((r) => r.key), tickFormat: (k: string) => rows.find((r) => r.key === k)?.label ?? k, tickSize: 0, label: null, padding: 0.28 },
    color: { type: 'ordinal', domain: BAND_ORDER.map(o.bandLabel), range: BAND_ORDER.map((b) => RISK_COLORS[b]), legend: true },
    marks: [
      Plot.barX(segments, { x1: 'x1', x2: 'x2', y: 'key', fill: (s: BandSegment) => o.bandLabel(s.band), title: o.title, insetRight: 1 }),
      Plot.text(
        segments.filter((s) => s.share >= TEXT_MIN),
        { x: (s: BandSegment) => (s.x1 + s.x2) / 2, y: 'key', text: (s: BandSegment) => o.formatShare(s.share), fill: (s: BandSegment) => INK[s.band], fontWeight: 600 },
      ),
    ],
  };
}

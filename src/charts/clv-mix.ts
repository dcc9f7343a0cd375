/**
 * How at-risk customers differ from active ones, one attribute at a time (channel, category,
 * segment): for each group, its share of the high-risk customers against its share of the active
 * ones, as a dumbbell (red: high risk, green: active, the risk bands' colours). A long bar ending
 * in the red dot marks a group over-represented among those slipping away.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { RISK_COLORS } from './palette';
import { labelWidth } from './text-width';

export interface MixRow {
  key: string;
  label: string;
  /** Share of the high-risk customers / of the active customers in this group (0..1). */
  high: number;
  active: number;
}

export interface ClvMixOptions {
  highLabel: string;
  activeLabel: string;
  formatShare: (s: number) => string;
  xLabel: string;
  title: (r: MixRow, side: 'high' | 'active') => string;
  width?: number;
}

export function clvMix(rows: readonly MixRow[], o: ClvMixOptions): PlotOptions {
  const max = Math.max(0.05, ...rows.flatMap((r) => [r.high, r.active]));
  const dots = rows.flatMap((r) => [
    { key: r.key, side: 'active' as const, share: r.active, row: r },
    { key: r.key, side: 'high' as const, share: r.high, row: r },
  ]);
  return {
    width: o.width,
    height: rows.length * 26 + 60,
    marginLeft: Math.min(240, labelWidth(rows.map((r) => r.label), 12) + 14),
    marginRight: 24,
    marginTop: 36,
    marginBottom: 8,
    style: { fontFamily: 'inherit', fontSize: '12px', overflow: 'visible' },
    x: { domain: [0, max * 1.05], axis: 'top', grid: true, ticks: 5, tickFormat: o.formatShare, label: o.xLabel, labelAnchor: 'left' },
    y: { domain: rows.map((r) => r.key), tickFormat: (k: string) => rows.find((r) => r.key === k)?.label ?? k, tickSize: 0, label: null },
    color: { type: 'ordinal', domain: [o.highLabel, o.activeLabel], range: [RISK_COLORS.high, RISK_COLORS.low], legend: true },
    marks: [
      Plot.link(rows, { x1: 'active', x2: 'high', y1: 'key', y2: 'key', stroke: 'var(--border-strong)', strokeWidth: 3 }),
      Plot.dot(dots, {
        x: 'share',
        y: 'key',
        r: 5,
        fill: (d: (typeof dots)[number]) => (d.side === 'high' ? o.highLabel : o.activeLabel),
        stroke: 'var(--surface)',
        title: (d: (typeof dots)[number]) => o.title(d.row, d.side),
      }),
    ],
  };
}

/**
 * Distribution of predicted CLV: 20 equal bins up to the 99th percentile. The Report adds one
 * more bin from there to the largest value; drawn to scale it would squash the rest into a
 * sliver, so it is left out of the bars and the chapter states it in words (`tailOf`).
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { labelWidth } from './text-width';

export interface ClvBin {
  from: number;
  to: number;
  customers: number;
}

/** The bins drawn and the tail bin (past the 99th percentile) when there is one. */
export function splitTail(bins: readonly ClvBin[]): { body: ClvBin[]; tail: ClvBin | null } {
  if (bins.length <= 20) return { body: [...bins], tail: null };
  return { body: bins.slice(0, 20), tail: bins[20] };
}

export interface ClvHistogramOptions {
  formatMoney: (n: number) => string;
  formatCount: (n: number) => string;
  xLabel: string;
  yLabel: string;
  title: (b: ClvBin) => string;
  width?: number;
}

export function clvHistogram(bins: readonly ClvBin[], o: ClvHistogramOptions): PlotOptions {
  const { body } = splitTail(bins);
  const max = Math.max(1, ...body.map((b) => b.customers));
  const lo = body.length ? body[0].from : 0;
  const hi = body.length ? body[body.length - 1].to : 1;
  return {
    width: o.width,
    height: 240,
    marginLeft: Math.max(44, labelWidth([o.formatCount(max)], 12) + 16),
    marginBottom: 40,
    marginRight: 24,
    style: { fontFamily: 'inherit', fontSize: '12px', overflow: 'visible' },
    x: { domain: [lo, hi], ticks: 6, tickFormat: o.formatMoney, label: o.xLabel, labelAnchor: 'center', labelOffset: 34 },
    y: { domain: [0, max], grid: true, nice: true, ticks: 5, tickFormat: o.formatCount, label: o.yLabel, labelAnchor: 'top' },
    marks: [
      Plot.rectY(body, { x1: 'from', x2: 'to', y: 'customers', fill: 'var(--accent)', insetLeft: 0.5, insetRight: 0.5, title: o.title }),
      Plot.ruleY([0], { stroke: 'var(--border-strong)' }),
    ],
  };
}

/**
 * Churn drivers: the logistic regression's coefficients as diverging bars around zero (log odds:
 * right raises the odds of churn, left lowers them), each labelled with its odds ratio. Red and
 * green are the risk bands' colours: more churn, less churn.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { RISK_COLORS } from './palette';
import { labelWidth } from './text-width';

export interface DriverBar {
  key: string;
  label: string;
  coefficient: number;
  oddsRatio: number;
}

export interface ClvDriversOptions {
  formatOdds: (or: number) => string;
  xLabel: string;
  title: (d: DriverBar) => string;
  width?: number;
}

export function clvDrivers(rows: readonly DriverBar[], o: ClvDriversOptions): PlotOptions {
  const extent = Math.max(0.1, ...rows.map((r) => Math.abs(r.coefficient)));
  const odds = rows.map((r) => o.formatOdds(r.oddsRatio));
  const pad = labelWidth(odds, 11) + 10;
  return {
    width: o.width,
    height: rows.length * 24 + 48,
    marginLeft: Math.min(300, labelWidth(rows.map((r) => r.label), 12) + 14),
    marginRight: pad,
    marginTop: 36,
    marginBottom: 8,
    style: { fontFamily: 'inherit', fontSize: '12px', overflow: 'visible' },
    x: { domain: [-extent, extent], axis: 'top', grid: true, ticks: 5, label: o.xLabel, labelAnchor: 'center', insetLeft: pad },
    y: { domain: rows.map((r) => r.key), tickFormat: (k: string) => rows.find((r) => r.key === k)?.label ?? k, tickSize: 0, label: null, padding: 0.25 },
    marks: [
      Plot.barX(rows, { x: 'coefficient', y: 'key', fill: (d: DriverBar) => (d.coefficient > 0 ? RISK_COLORS.high : RISK_COLORS.low), title: o.title }),
      // Odds ratios outside the bar ends: after a bar to the right, before one to the left.
      Plot.text(rows.filter((d) => d.coefficient >= 0), { x: 'coefficient', y: 'key', text: (d: DriverBar) => o.formatOdds(d.oddsRatio), dx: 5, textAnchor: 'start', fill: 'var(--text-2)', fontSize: 11 }),
      Plot.text(rows.filter((d) => d.coefficient < 0), { x: 'coefficient', y: 'key', text: (d: DriverBar) => o.formatOdds(d.oddsRatio), dx: -5, textAnchor: 'end', fill: 'var(--text-2)', fontSize: 11 }),
      Plot.ruleX([0], { stroke: 'var(--text-3)' }),
    ],
  };
}

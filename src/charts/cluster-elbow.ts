/**
 * The elbow chart of the clusters chapter: inertia (within-cluster sum of squares) for each k
 * tried, the k in use marked. A pure function of (rows, options) to Plot options.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { textWidth } from './text-width';

export interface KScoreRow {
  k: number;
  inertia: number;
  silhouette: number | null;
}

export interface ClusterElbowOptions {
  /** The k in use (marked); null draws no mark. */
  chosenK: number | null;
  /** Text beside the mark, e.g. "k = 3, automatic". */
  chosenLabel: string;
  /** Formats inertia for the axis. */
  format: (n: number) => string;
  xLabel: string;
  yLabel: string;
  width?: number;
  height?: number;
}

const ACCENT = 'var(--accent)';
const LINE = 'var(--text-3)';

export function clusterElbow(rows: readonly KScoreRow[], o: ClusterElbowOptions): PlotOptions {
  const ks = rows.map((r) => r.k);
  const chosen = rows.filter((r) => r.k === o.chosenK);
  const max = Math.max(0, ...rows.map((r) => r.inertia));
  const top = max * 1.15;
  // The label hangs at the top of the marked k's rule, where the falling curve never is: right
  // of the rule, or left of it when the k is in the right half of the chart.
  const labelLeft = o.chosenK !== null && ks.indexOf(o.chosenK) > (ks.length - 1) / 2;
  return {
    width: o.width,
    height: o.height ?? 260,
    marginTop: 24,
    marginLeft: Math.max(48, textWidth(o.format(max), 11) + 14),
    marginRight: 16,
    marginBottom: 40,
    style: { fontFamily: 'inherit', fontSize: '11px', overflow: 'visible' },
    x: { type: 'point', domain: ks, label: o.xLabel, labelAnchor: 'center', labelOffset: 34, padding: 0.4 },
    // From zero, so the drop from one k to the next is not exaggerated.
    y: { domain: [0, top], grid: true, nice: true, ticks: 5, tickFormat: o.format, label: o.yLabel, labelAnchor: 'top' },
    marks: [
      Plot.ruleX(chosen, { x: 'k', stroke: ACCENT, strokeOpacity: 0.35, strokeDasharray: '3,3' }),
      Plot.line(rows, { x: 'k', y: 'inertia', stroke: LINE, strokeWidth: 1.5 }),
      Plot.dot(rows, { x: 'k', y: 'inertia', r: 3.5, fill: 'var(--surface)', stroke: LINE, strokeWidth: 1.5, title: (r: KScoreRow) => `k = ${r.k}: ${o.format(r.inertia)}` }),
      Plot.dot(chosen, { x: 'k', y: 'inertia', r: 6, fill: ACCENT, stroke: 'var(--surface)', strokeWidth: 2 }),
      Plot.text(chosen, {
        x: 'k',
        y: () => top,
        text: () => o.chosenLabel,
        dx: labelLeft ? -8 : 8,
        dy: 2,
        textAnchor: labelLeft ? 'end' : 'start',
        fill: ACCENT,
        fontWeight: 600,
        stroke: 'var(--surface)',
        strokeWidth: 3,
        paintOrder: 'stroke',
      }),
    ],
  };
}

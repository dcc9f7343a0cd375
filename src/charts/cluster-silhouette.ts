/**
 * Mean silhouette for each k tried, as bars: the k in use filled with the accent colour, the others
 * grey, the best k labelled when it is not the one in use. A pure function of (rows, options).
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import type { KScoreRow } from './cluster-elbow';

export interface ClusterSilhouetteOptions {
  /** The k in use. */
  chosenK: number | null;
  /** The k with the highest silhouette. */
  bestK: number | null;
  /** Text above the best bar when it is not the one in use (e.g. "best"). */
  bestLabel: string;
  /** Formats a silhouette value (two decimals). */
  format: (n: number) => string;
  xLabel: string;
  yLabel: string;
  width?: number;
  height?: number;
}

const ACCENT = 'var(--accent)';
const OTHER = 'var(--border-strong)';

export function clusterSilhouette(rows: readonly KScoreRow[], o: ClusterSilhouetteOptions): PlotOptions {
  const scored = rows.filter((r): r is KScoreRow & { silhouette: number } => r.silhouette !== null);
  const values = scored.map((r) => r.silhouette);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0.1, ...values);
  const best = o.bestK !== null && o.bestK !== o.chosenK ? scored.filter((r) => r.k === o.bestK) : [];
  return {
    width: o.width,
    height: o.height ?? 260,
    marginTop: 24,
    marginLeft: 48,
    marginRight: 16,
    marginBottom: 40,
    style: { fontFamily: 'inherit', fontSize: '11px', overflow: 'visible' },
    x: { type: 'band', domain: rows.map((r) => r.k), label: o.xLabel, labelAnchor: 'center', labelOffset: 34, padding: 0.3 },
    // Headroom for the value labels above the bars.
    y: { domain: [lo, hi * 1.25], grid: true, ticks: 5, tickFormat: o.format, label: o.yLabel, labelAnchor: 'top' },
    // Fills are CSS colours already.
    color: { type: 'identity' },
    marks: [
      Plot.barY(scored, {
        x: 'k',
        y: 'silhouette',
        fill: (r: KScoreRow) => (r.k === o.chosenK ? ACCENT : OTHER),
        title: (r: KScoreRow & { silhouette: number }) => `k = ${r.k}: ${o.format(r.silhouette)}`,
      }),
      Plot.text(
        scored.filter((r) => r.k !== o.chosenK),
        { x: 'k', y: 'silhouette', text: (r: KScoreRow & { silhouette: number }) => o.format(r.silhouette), dy: -7, fill: 'var(--text-2)' },
      ),
      Plot.text(
        scored.filter((r) => r.k === o.chosenK),
        { x: 'k', y: 'silhouette', text: (r: KScoreRow & { silhouette: number }) => o.format(r.silhouette), dy: -7, fill: ACCENT, fontWeight: 600 },
      ),
      Plot.text(best, { x: 'k', y: 'silhouette', text: () => o.bestLabel, dy: -20, fill: 'var(--text)', fontWeight: 600 }),
      Plot.ruleY([0], { stroke: 'var(--border-strong)' }),
    ],
  };
}

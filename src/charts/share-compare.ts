/**
 * Customer share against revenue share per segment, as a butterfly: customers to the left of the
 * centre line (pale), revenue to the right (full colour), one row per segment in its segment
 * colour. A segment whose right bar is longer than its left one brings more than its head count.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { labelWidth } from './text-width';

export interface ShareRow {
  key: string;
  label: string;
  customerShare: number;
  revenueShare: number;
  color: string;
}

export interface ShareCompareOptions {
  formatPercent: (share: number) => string;
  /** Titles over the two sides. */
  customersLabel: string;
  revenueLabel: string;
  width?: number;
  ariaLabel?: string;
}

const ROW_HEIGHT = 28;
const TOP = 34;
const FONT = 12;
/** Customer bars are the segment colour at this opacity. */
export const CUSTOMER_OPACITY = 0.38;

interface SideBar {
  key: string;
  x: number;
  text: string;
  color: string;
  title: string;
}

export function shareCompare(rows: readonly ShareRow[], options: ShareCompareOptions): PlotOptions {
  const pct = options.formatPercent;
  const max = Math.max(0.05, ...rows.flatMap((r) => [r.customerShare, r.revenueShare]));
  const labels = new Map(rows.map((r) => [r.key, r.label]));
  const left: SideBar[] = rows.map((r) => ({ key: r.key, x: -r.customerShare, text: pct(r.customerShare), color: r.color, title: `${r.label}: ${options.customersLabel} ${pct(r.customerShare)}` }));
  const right: SideBar[] = rows.map((r) => ({ key: r.key, x: r.revenueShare, text: pct(r.revenueShare), color: r.color, title: `${r.label}: ${options.revenueLabel} ${pct(r.revenueShare)}` }));
  // Room beyond the longest bar on each side for its value text.
  const pad = labelWidth([...left, ...right].map((b) => b.text), FONT) + 10;
  return {
    width: options.width,
    height: rows.length * ROW_HEIGHT + TOP + 8,
    marginTop: TOP,
    marginBottom: 8,
    marginLeft: labelWidth([...labels.values()], FONT) + 14 + pad,
    marginRight: pad,
    ariaLabel: options.ariaLabel,
    style: { fontFamily: 'inherit', fontSize: `${FONT}px`, overflow: 'visible' },
    x: { domain: [-max, max], axis: null },
    y: { domain: rows.map((r) => r.key), tickFormat: (k: string) => labels.get(k) ?? k, tickSize: 0, tickPadding: pad + 4, label: null, padding: 0.22 },
    marks: [
      Plot.barX(left, { x: 'x', y: 'key', fill: 'color', fillOpacity: CUSTOMER_OPACITY, title: 'title' }),
      Plot.barX(right, { x: 'x', y: 'key', fill: 'color', title: 'title' }),
      Plot.text(left, { x: 'x', y: 'key', text: 'text', dx: -6, textAnchor: 'end', fill: 'var(--text-2)', fontVariant: 'tabular-nums' }),
      Plot.text(right, { x: 'x', y: 'key', text: 'text', dx: 6, textAnchor: 'start', fill: 'var(--text)', fontWeight: 600, fontVariant: 'tabular-nums' }),
      Plot.ruleX([0], { stroke: 'var(--text-3)' }),
      Plot.text([`← ${options.customersLabel}`], { x: -max / 2, frameAnchor: 'top', dy: -TOP + 8, lineAnchor: 'top', fill: 'var(--text-2)', fontWeight: 600 }),
      Plot.text([`${options.revenueLabel} →`], { x: max / 2, frameAnchor: 'top', dy: -TOP + 8, lineAnchor: 'top', fill: 'var(--text-2)', fontWeight: 600 }),
    ],
  };
}

/**
 * Themes by customer group (segment, tier or churn-risk band): a heatmap of the share of each
 * group's comments that mention each theme, on the one sequential scheme. Cells the analysis
 * flagged as findings (a theme a group mentions well above the overall rate) get an outline, so
 * the sentence under the chart points at a visible cell. Built on heatmap.ts.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { heatmap, type HeatCell } from './heatmap';
import { textWidth } from './text-width';

export interface GroupThemeRow {
  group: string;
  label: string;
  comments: number;
  /** Theme id -> share of the group's comments. */
  themes: Record<string, number>;
}

export interface ThemeHeatmapOptions {
  themes: { id: string; label: string }[];
  /** Cells to outline, as `${group}\u0000${theme}`. */
  highlight: ReadonlySet<string>;
  percent: (share: number) => string;
  /** "At Risk · 104 comments" (the y tick label). */
  groupLabel: (row: GroupThemeRow) => string;
  colorLabel: string;
  width?: number;
  ariaLabel?: string;
}

export const cellKey = (group: string, theme: string) => `${group}\u0000${theme}`;

const FONT = 12;
/** Column labels wider than this are split over two lines (nine themes share a card's width). */
export const MAX_COLUMN_LABEL = 72;

/**
 * A column label on at most two lines: split at the space or slash nearest its middle when it is
 * too wide ("Customer\nservice", "价格/\n性价比"); a label without one stays as it is.
 */
export function wrapLabel(label: string, max = MAX_COLUMN_LABEL): string {
  if (textWidth(label, FONT) <= max) return label;
  const chars = [...label];
  let best = -1;
  chars.forEach((ch, i) => {
    if ((ch === ' ' || ch === '/') && i > 0 && i < chars.length - 1 && (best === -1 || Math.abs(i - chars.length / 2) < Math.abs(best - chars.length / 2))) best = i;
  });
  if (best === -1) return label;
  const cut = chars[best] === ' ' ? best : best + 1;
  return `${chars.slice(0, cut).join('')}\n${chars.slice(cut).join('').trimStart()}`;
}

export function themeCells(rows: readonly GroupThemeRow[], options: Pick<ThemeHeatmapOptions, 'themes' | 'percent'>): HeatCell[] {
  return rows.flatMap((r) =>
    options.themes.map((t) => {
      const share = r.themes[t.id] ?? 0;
      return { x: t.id, y: r.group, value: share, text: options.percent(share), title: `${r.label} · ${t.label}: ${options.percent(share)}` };
    }),
  );
}

export function themeHeatmap(rows: readonly GroupThemeRow[], options: ThemeHeatmapOptions): PlotOptions {
  const cells = themeCells(rows, options);
  const byGroup = new Map(rows.map((r) => [r.group, r]));
  const themeLabel = new Map(options.themes.map((t) => [t.id, t.label]));
  const spec = heatmap(cells, {
    x: { domain: options.themes.map((t) => t.id), label: null, tickFormat: (id) => wrapLabel(themeLabel.get(String(id)) ?? String(id)) },
    y: { domain: rows.map((r) => r.group), label: null, tickFormat: (g) => options.groupLabel(byGroup.get(String(g))!) },
    color: { label: options.colorLabel, format: options.percent },
    rowHeight: 34,
    width: options.width,
    ariaLabel: options.ariaLabel,
  });
  const outlined = cells.filter((c) => options.highlight.has(cellKey(String(c.y), String(c.x))));
  const twoLines = options.themes.some((t) => wrapLabel(t.label).includes('\n'));
  return {
    ...spec,
    // An explicit axis mark: two-line labels need more line height than the scale's axis gives (CJK glyphs touch).
    x: { ...spec.x, axis: null },
    height: (spec.height ?? 0) + (twoLines ? 16 : 0),
    marginTop: twoLines ? 44 : 28,
    marginBottom: 8,
    marks: [
      Plot.axisX({ anchor: 'top', tickSize: 0, tickPadding: 6, lineHeight: 1.3, label: null, tickFormat: spec.x?.tickFormat as (id: string) => string }),
      ...(spec.marks ?? []),
      Plot.cell(outlined, { x: 'x', y: 'y', fill: 'none', stroke: 'var(--text)', strokeWidth: 2, inset: 1 }),
    ],
  };
}

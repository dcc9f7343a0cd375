/**
 * Horizontal bars for a breakdown (age bands, regions, channels, payment methods...): one row
 * per group in the given order, its label on the left and its value text at the bar's end.
 * A pure function of (rows, options) to Plot options; plot-chart.svelte mounts it.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { labelWidth, textWidth } from './text-width';

export interface BarRow {
  key: string;
  label: string;
  value: number;
  /** Shown after the bar (e.g. "39% · 958"). */
  text: string;
  /** Default: the accent colour. */
  color?: string;
  /** Greyed out: "other" and "unknown" groups. */
  muted?: boolean;
  /** A second figure in a right-aligned column at the chart's edge (e.g. spend per customer). */
  extra?: string;
}

export interface BarsOptions {
  /** Upper end of the x axis; default the largest value. Shares use 1 to compare charts. */
  max?: number;
  /** Heading of the extra column, in the axis row. */
  extraLabel?: string;
  width?: number;
  ariaLabel?: string;
}

const ROW_HEIGHT = 24;
/** Room above the bars for the extra column's heading. */
const HEAD_HEIGHT = 20;
const FONT = 12;
/** Labels are user data and can be long: past this width they are cut with an ellipsis. */
export const MAX_LABEL_WIDTH = 150;
export const MUTED = 'var(--border-strong)';

/** Cuts a label to fit `max` pixels, with an ellipsis; the full text stays in the bar's title. */
export function fitLabel(label: string, max = MAX_LABEL_WIDTH, fontSize = FONT): string {
  if (textWidth(label, fontSize) <= max) return label;
  let out = '';
  for (const ch of label) {
    if (textWidth(`${out}${ch}…`, fontSize) > max) break;
    out += ch;
  }
  return `${out}…`;
}

export function bars(rows: readonly BarRow[], options: BarsOptions): PlotOptions {
  const labels = new Map(rows.map((r) => [r.key, fitLabel(r.label)]));
  const max = Math.max(options.max ?? 0, ...rows.map((r) => r.value), 0) || 1;
  const head = options.extraLabel && rows.some((r) => r.extra) ? HEAD_HEIGHT : 4;
  const fill = (r: BarRow) => (r.muted ? MUTED : (r.color ?? 'var(--accent)'));
  const textRoom = labelWidth(rows.map((r) => r.text), FONT) + 14;
  const extras = rows.filter((r) => r.extra);
  const extraRoom = extras.length ? labelWidth([...extras.map((r) => r.extra!), options.extraLabel ?? ''], FONT) + 20 : 0;
  return {
    width: options.width,
    height: rows.length * ROW_HEIGHT + head + 4,
    marginTop: head,
    marginBottom: 4,
    marginLeft: labelWidth([...labels.values()], FONT) + 12,
    // Room for the text of the longest bar, then the extra column.
    marginRight: textRoom + extraRoom,
    ariaLabel: options.ariaLabel,
    style: { fontFamily: 'inherit', fontSize: `${FONT}px`, overflow: 'visible' },
    // No value axis: every bar is labelled with its value, and a narrow chart would crowd the ticks.
    x: { domain: [0, max], axis: null },
    y: { domain: rows.map((r) => r.key), tickFormat: (key: string) => labels.get(key) ?? key, tickSize: 0, label: null, padding: 0.28 },
    marks: [
      Plot.barX(rows, { x: 'value', y: 'key', fill, title: (r: BarRow) => `${r.label}: ${r.text}` }),
      Plot.text(rows, { x: 'value', y: 'key', text: 'text', dx: 6, textAnchor: 'start', fill: 'var(--text-2)', fontVariant: 'tabular-nums' }),
      Plot.text(extras, { frameAnchor: 'right', y: 'key', text: 'extra', dx: textRoom + extraRoom, textAnchor: 'end', fill: 'var(--text-3)', fontVariant: 'tabular-nums' }),
      Plot.text(extras.length && options.extraLabel ? [options.extraLabel] : [], {
        frameAnchor: 'top-right',
        dx: textRoom + extraRoom,
        dy: -head + 2,
        lineAnchor: 'top',
        textAnchor: 'end',
        fill: 'var(--text-3)',
      }),
      Plot.ruleX([0], { stroke: 'var(--border-strong)' }),
    ],
  };
}

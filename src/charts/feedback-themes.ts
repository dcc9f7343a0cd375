/**
 * Share of feedback per theme, each bar split by sentiment: the bar's length is the share of all
 * comments that mention the theme, its green / grey / red parts the comments' sentiment. Themes
 * in the given order (the caller sorts by share); the share is written at the bar's end.
 * A pure function of (rows, options) to Plot options; plot-chart.svelte mounts it.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { SENTIMENT_COLORS } from './palette';
import { labelWidth } from './text-width';

export type SentimentKey = 'positive' | 'neutral' | 'negative';
export const SENTIMENT_ORDER: readonly SentimentKey[] = ['positive', 'neutral', 'negative'];

export interface ThemeBarRow {
  id: string;
  label: string;
  /** Share of all analysed comments mentioning the theme. */
  share: number;
  comments: number;
  sentiment: Record<SentimentKey, number>;
}

export interface ThemeBarsOptions {
  /** Formats a share (axis ticks, end labels). */
  percent: (share: number) => string;
  /** Names a sentiment for the tooltips. */
  sentimentLabel: (s: SentimentKey) => string;
  width?: number;
  ariaLabel?: string;
}

export interface ThemeSegment {
  id: string;
  label: string;
  sentiment: SentimentKey;
  /** This sentiment's part of the bar, as a share of all comments. */
  value: number;
  count: number;
  /** Of the theme's comments. */
  ofTheme: number;
}

const ROW_HEIGHT = 28;
const AXIS_HEIGHT = 24;
const FONT = 12;

/** The stacked parts of each bar: a theme's share split in proportion to its sentiment counts. */
export function themeSegments(rows: readonly ThemeBarRow[]): ThemeSegment[] {
  return rows.flatMap((r) =>
    SENTIMENT_ORDER.map((s) => {
      const ofTheme = r.comments > 0 ? r.sentiment[s] / r.comments : 0;
      return { id: r.id, label: r.label, sentiment: s, value: r.share * ofTheme, count: r.sentiment[s], ofTheme };
    }),
  );
}

export function themeBars(rows: readonly ThemeBarRow[], options: ThemeBarsOptions): PlotOptions {
  const { percent, sentimentLabel } = options;
  const max = Math.max(0.01, ...rows.map((r) => r.share));
  const ends = rows.map((r) => percent(r.share));
  return {
    width: options.width,
    height: rows.length * ROW_HEIGHT + AXIS_HEIGHT,
    marginTop: AXIS_HEIGHT,
    marginBottom: 4,
    marginLeft: labelWidth(rows.map((r) => r.label), FONT) + 12,
    marginRight: labelWidth(ends, FONT) + 16,
    ariaLabel: options.ariaLabel,
    style: { fontFamily: 'inherit', fontSize: `${FONT}px`, overflow: 'visible' },
    x: { domain: [0, max], axis: 'top', grid: true, ticks: 4, tickFormat: percent, label: null },
    y: { domain: rows.map((r) => r.id), tickFormat: (id: string) => rows.find((r) => r.id === id)?.label ?? id, tickSize: 0, label: null, padding: 0.25 },
    color: { domain: [...SENTIMENT_ORDER], range: SENTIMENT_ORDER.map((s) => SENTIMENT_COLORS[s]) },
    marks: [
      Plot.barX(
        themeSegments(rows),
        Plot.stackX({
          x: 'value',
          y: 'id',
          fill: 'sentiment',
          order: [...SENTIMENT_ORDER],
          title: (d: ThemeSegment) => `${d.label} · ${sentimentLabel(d.sentiment)}: ${d.count} (${percent(d.ofTheme)})`,
        }),
      ),
      Plot.text(rows, { x: 'share', y: 'id', text: (r: ThemeBarRow) => percent(r.share), dx: 6, textAnchor: 'start', fill: 'var(--text-2)', fontVariant: 'tabular-nums' }),
      Plot.ruleX([0], { stroke: 'var(--border-strong)' }),
    ],
  };
}

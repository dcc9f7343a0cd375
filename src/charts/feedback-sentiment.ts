/**
 * Comments per month, stacked by sentiment (positive at the bottom, negative on top), so a month
 * where complaints grow stands out against the volume. Months are YYYY-MM strings in order; only
 * every n-th month is labelled when they would crowd.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { SENTIMENT_COLORS } from './palette';
import { SENTIMENT_ORDER, type SentimentKey } from './feedback-themes';
import { labelWidth, textWidth } from './text-width';

export interface MonthSentimentRow {
  month: string;
  sentiment: Record<SentimentKey, number>;
}

export interface MonthSentimentOptions {
  /** "2024-03" -> "Mar 2024" / "2024年3月". */
  monthLabel: (month: string) => string;
  count: (n: number) => string;
  sentimentLabel: (s: SentimentKey) => string;
  width?: number;
  ariaLabel?: string;
}

const FONT = 12;
const HEIGHT = 220;
/** Width the chart is laid out for when the caller gives none (the card's width at 1280 px). */
const DEFAULT_WIDTH = 560;

/** Label every n-th month so that the labels, with a gap, fit the plot width. */
export function monthTickEvery(labels: readonly string[], plotWidth: number): number {
  if (labels.length === 0) return 1;
  const widest = labelWidth(labels, FONT) + 12;
  const per = plotWidth / labels.length;
  for (const n of [1, 2, 3, 4, 6, 12, 24]) if (per * n >= widest) return n;
  return Math.ceil(labels.length / 2);
}

export function monthSentimentBars(rows: readonly MonthSentimentRow[], options: MonthSentimentOptions): PlotOptions {
  const months = rows.map((r) => r.month);
  const labels = months.map(options.monthLabel);
  const max = Math.max(1, ...rows.map((r) => r.sentiment.positive + r.sentiment.neutral + r.sentiment.negative));
  const marginLeft = textWidth(options.count(max), FONT) + 14;
  const every = monthTickEvery(labels, (options.width ?? DEFAULT_WIDTH) - marginLeft - 8);
  const parts = rows.flatMap((r) => SENTIMENT_ORDER.map((s) => ({ month: r.month, sentiment: s, count: r.sentiment[s] })));
  return {
    width: options.width,
    height: HEIGHT,
    marginTop: 12,
    marginBottom: 28,
    marginLeft,
    marginRight: 8,
    ariaLabel: options.ariaLabel,
    style: { fontFamily: 'inherit', fontSize: `${FONT}px`, overflow: 'visible' },
    x: { domain: months, ticks: months.filter((_, i) => i % every === 0), tickFormat: options.monthLabel, tickSize: 0, label: null, padding: 0.18 },
    y: { grid: true, ticks: 4, tickFormat: options.count, label: null, nice: true },
    color: { domain: [...SENTIMENT_ORDER], range: SENTIMENT_ORDER.map((s) => SENTIMENT_COLORS[s]) },
    marks: [
      Plot.barY(
        parts,
        Plot.stackY({
          x: 'month',
          y: 'count',
          fill: 'sentiment',
          order: [...SENTIMENT_ORDER],
          title: (d: { month: string; sentiment: SentimentKey; count: number }) => `${options.monthLabel(d.month)} · ${options.sentimentLabel(d.sentiment)}: ${options.count(d.count)}`,
        }),
      ),
      Plot.ruleY([0], { stroke: 'var(--border-strong)' }),
    ],
  };
}

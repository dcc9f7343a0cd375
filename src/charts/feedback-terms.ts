/**
 * Top terms or phrases as horizontal bars: share of comments containing each (a comment counts
 * once however often it repeats the word). Built on bars.ts; the terms are user text, shown as
 * chart text only and cut with an ellipsis when long.
 */
import type { PlotOptions } from '@observablehq/plot';
import { bars, type BarRow } from './bars';

export interface TermRow {
  term: string;
  comments: number;
  share: number;
}

export interface TermBarsOptions {
  percent: (share: number) => string;
  count: (n: number) => string;
  /** At most this many rows. */
  limit: number;
  width?: number;
  ariaLabel?: string;
}

export function termRows(terms: readonly TermRow[], options: Pick<TermBarsOptions, 'percent' | 'count' | 'limit'>): BarRow[] {
  return terms.slice(0, options.limit).map((t) => ({
    key: t.term,
    label: t.term,
    value: t.share,
    text: `${options.percent(t.share)} · ${options.count(t.comments)}`,
  }));
}

export function termBars(terms: readonly TermRow[], options: TermBarsOptions): PlotOptions {
  return bars(termRows(terms, options), { width: options.width, ariaLabel: options.ariaLabel });
}

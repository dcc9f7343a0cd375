/**
 * What a histogram leaves out: the engine clips the range at the 1st/99th percentile so one huge
 * customer does not flatten every bar, and the chart says how many values that hides.
 */
import type { Histogram } from '../../analysis/value/types';
import type { I18n } from '../../i18n/i18n.svelte';
import { isDiscrete } from '../../charts/histogram';
import type { ValueFormat } from './format';

export function histogramNote(h: Histogram, formatX: (n: number) => string, fmt: ValueFormat, i18n: I18n): string | null {
  const last = h.bins[h.bins.length - 1];
  if (!last) return null;
  const whole = isDiscrete(h.bins) || h.bins.every((b) => Number.isInteger(b.x0) && Number.isInteger(b.x1));
  const notes: string[] = [];
  if (h.above > 0) notes.push(i18n.t('value.chart.above', { count: fmt.int(h.above), max: formatX(whole ? last.x1 - 1 : last.x1), top: formatX(h.max) }));
  if (h.below > 0) notes.push(i18n.t('value.chart.below', { count: fmt.int(h.below), min: formatX(h.bins[0].x0), bottom: formatX(h.min) }));
  return notes.length ? notes.join(' ') : null;
}

/**
 * A column profile's values in a few words, by kind: numbers as min / median / mean / max, dates
 * as their range, text as its most frequent values; and the histogram's range for the sparkline's label.
 */
import type { ColumnProfile } from '../../analysis/profile/types';
import { formatDate, formatNumber } from '../../format';
import type { Locale } from '../../i18n/types';

export type ProfileValues =
  | { kind: 'number'; stats: { key: 'min' | 'median' | 'mean' | 'max'; text: string }[] }
  | { kind: 'date'; from: string; to: string }
  | { kind: 'top'; values: { value: string; count: number }[] }
  | { kind: 'none' };

/** How many of the top values a row shows (the profile keeps five). */
const TOP = 3;

/** Numbers with a sensible precision: 4 significant digits below 100, whole numbers from 1000 on. */
export function shortNumber(locale: Locale, n: number): string {
  const abs = Math.abs(n);
  const digits = abs >= 1000 ? 0 : abs >= 100 ? 1 : abs >= 1 ? 2 : 3;
  return formatNumber(locale, n, digits);
}

export function profileValues(c: ColumnProfile, locale: Locale): ProfileValues {
  if (c.min !== undefined && c.max !== undefined) {
    const stats = (['min', 'median', 'mean', 'max'] as const).flatMap((key) => {
      const v = c[key];
      return v === undefined ? [] : [{ key, text: shortNumber(locale, v) }];
    });
    return { kind: 'number', stats };
  }
  if (c.earliest !== undefined && c.latest !== undefined) return { kind: 'date', from: formatDate(locale, c.earliest), to: formatDate(locale, c.latest) };
  if (c.top && c.top.length > 0) return { kind: 'top', values: c.top.slice(0, TOP) };
  return { kind: 'none' };
}

/** The histogram's first and last edge, as dates for date columns (bins are epoch ms, wall clock read as UTC). */
export function histogramRange(c: ColumnProfile, locale: Locale): { from: string; to: string } | null {
  const h = c.histogram;
  if (!h || h.length === 0) return null;
  const lo = h[0].x0;
  const hi = h[h.length - 1].x1;
  if (c.type === 'date' || c.type === 'timestamp') {
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19);
    return { from: formatDate(locale, iso(lo)), to: formatDate(locale, iso(hi)) };
  }
  return { from: shortNumber(locale, lo), to: shortNumber(locale, hi) };
}

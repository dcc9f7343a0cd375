/**
 * Display helpers shared by the lifecycle chapters: cohort periods ("2024-01", the Monday
 * "2024-01-01" of an ISO week) as localised names and axis ticks, shares with one decimal,
 * money short enough for a heatmap cell, and durations from seconds.
 */
import { formatDate, formatMoney } from '../../format';
import type { Locale } from '../../i18n/types';
import type { CohortPeriod } from '../../analysis/lifecycle/options';

const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let f = formats.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formats.set(key, f);
  }
  return f;
}

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let f = formats.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    formats.set(key, f);
  }
  return f;
}

/** "2024-01" or "2024-01-01" as a UTC date (the first day of the month, or the day). */
export function periodDate(period: string): Date {
  const [y, m, d] = period.split('-').map(Number);
  return new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
}

/** A cohort in prose: "January 2024" / "2024年1月"; a week by its Monday: "Jan 1, 2024" / "2024年1月1日". */
export function periodName(locale: Locale, period: string, unit: CohortPeriod): string {
  if (unit === 'week') return formatDate(locale, period);
  return dateFormat(locale, { year: 'numeric', month: 'long' }).format(periodDate(period));
}

/** A cohort as a row label: "Jan 2024" / "2024年1月"; weeks as in periodName. */
export function periodLabel(locale: Locale, period: string, unit: CohortPeriod): string {
  if (unit === 'week') return formatDate(locale, period);
  return dateFormat(locale, { year: 'numeric', month: 'short' }).format(periodDate(period));
}

/**
 * Tick labels for a run of periods along an axis: "Jan", "Feb", … with the year on a second line
 * where it changes ("Jan\n2024"), and only every `every`-th period labelled so that labels never
 * overlap. Weeks and days show the day too ("Jan 8").
 */
export function periodTicks(locale: Locale, periods: readonly string[], unit: CohortPeriod | 'day', every = 1): Map<string, string> {
  const out = new Map<string, string>();
  let lastYear: number | null = null;
  periods.forEach((p, i) => {
    if (i % every !== 0) {
      out.set(p, '');
      return;
    }
    const d = periodDate(p);
    const year = d.getUTCFullYear();
    out.set(p, tickText(locale, d, unit === 'month' ? 'month' : 'day', year !== lastYear));
    lastYear = year;
  });
  return out;
}

function tickText(locale: Locale, d: Date, unit: 'month' | 'day', withYear: boolean): string {
  const main = dateFormat(locale, unit === 'month' ? { month: 'short' } : { month: 'short', day: 'numeric' }).format(d);
  return withYear ? `${main}\n${dateFormat(locale, { year: 'numeric' }).format(d)}` : main;
}

/**
 * A tick format for a time axis of month ticks: the year on a second line at the first tick and
 * at each January (d3's month ticks at 1, 2, 3 or 6 months always include January).
 */
export function timeTickFormat(locale: Locale, unit: 'month' | 'day' = 'month'): (d: Date, i: number) => string {
  return (d, i) => tickText(locale, d, unit, i === 0 || (d.getUTCMonth() === 0 && (unit === 'month' || d.getUTCDate() <= 7)));
}

/** How many periods to skip between labels so that about `max` fit. */
export function tickEvery(count: number, max: number): number {
  return Math.max(1, Math.ceil(count / Math.max(1, max)));
}

/** A share with one decimal (55.3%), never "100.0%" for a share short of all, "<0.1%" for a tiny one. */
export function formatShare1(locale: Locale, share: number): string {
  const f = numberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  if (share > 0 && share < 0.0005) return `<${f.format(0.001)}`;
  if (share < 1 && share >= 0.9995) return f.format(0.999);
  return f.format(share);
}

/** A share as a whole percentage for dense cells (52%), one decimal below 10% (4.3%). */
export function formatShareShort(locale: Locale, share: number): string {
  const digits = Math.abs(share) > 0 && Math.abs(share) < 0.1 ? 1 : 0;
  if (share < 1 && share >= 0.995) return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(0.99);
  return numberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share);
}

/** Money without cents, compact from 10,000 on (£12K, ¥1.2万), to fit a heatmap cell. */
export function formatMoneyShort(locale: Locale, amount: number, currency: string | null): string {
  const compact = Math.abs(amount) >= 10_000;
  const base: Intl.NumberFormatOptions = compact ? { notation: 'compact', maximumFractionDigits: 1 } : { maximumFractionDigits: 0 };
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    try {
      return numberFormat(locale, { ...base, style: 'currency', currency, currencyDisplay: 'narrowSymbol', minimumFractionDigits: 0 }).format(amount);
    } catch {
      // an unknown code: the code after the number, as formatMoney does
      return `${numberFormat(locale, base).format(amount)} ${currency}`;
    }
  }
  const n = numberFormat(locale, base).format(amount);
  return currency ? `${currency}${n}` : n;
}

/** Money as the rest of the report shows it. */
export function money(locale: Locale, amount: number, currency: string | null): string {
  return formatMoney(locale, amount, currency);
}

export type DurationUnit = 's' | 'min' | 'h' | 'd';

/** Seconds as the largest sensible unit with at most one decimal: 159 s → 2.7 min, 484.5 s → 8.1 min. */
export function durationParts(seconds: number): { value: number; unit: DurationUnit } {
  const abs = Math.abs(seconds);
  if (abs < 60) return { value: Math.round(seconds), unit: 's' };
  if (abs < 3600) return { value: Math.round(seconds / 6) / 10, unit: 'min' };
  if (abs < 86400) return { value: Math.round(seconds / 360) / 10, unit: 'h' };
  return { value: Math.round(seconds / 8640) / 10, unit: 'd' };
}

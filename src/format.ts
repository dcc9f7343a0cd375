/**
 * Numbers, sizes, dates and money for display, per locale. Values from the engine are raw
 * (numbers, naive ISO timestamps); only the screen formats them, and data-value attributes keep
 * the raw value for tests and copy-paste.
 */
import type { Locale } from './i18n/types';

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

export function formatInteger(locale: Locale, n: number): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(n);
}

export function formatNumber(locale: Locale, n: number, maxDigits = 2): string {
  return numberFormat(locale, { maximumFractionDigits: maxDigits }).format(n);
}

/** A share 0..1 as a percentage; below 10% one decimal, so 0.4% does not show as 0%. */
export function formatPercent(locale: Locale, share: number): string {
  const digits = share > 0 && share < 0.1 ? 1 : 0;
  let shown = share;
  // 99.6% must not round up to 100% when something is missing.
  if (share < 1 && share >= 0.995) shown = 0.99;
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(shown);
}

/** Megabytes (10^6 bytes, as file managers show them) with one decimal, or two below 0.1. */
export function formatMegabytes(locale: Locale, bytes: number): string {
  const mb = bytes / 1e6;
  const digits = mb >= 0.1 || mb === 0 ? 1 : 2;
  const f = numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return mb > 0 && mb < 0.01 ? `< ${f.format(0.01)}` : f.format(mb);
}

/** Splits a naive ISO timestamp ("2010-12-01T08:26:00" or with a space) into a UTC Date. */
function parseWallClock(iso: string): { date: Date; hasTime: boolean } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)));
  return { date, hasTime: h !== undefined && !(h === '00' && mi === '00' && (s ?? '00') === '00') };
}

/**
 * Timestamps in the data are wall-clock times without a zone (DuckDB runs without ICU), so they
 * are formatted in UTC to show exactly what the file says, whatever the viewer's time zone.
 */
export function formatDate(locale: Locale, iso: string): string {
  const p = parseWallClock(iso);
  if (!p) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(p.date);
}

/** The time of day of a naive timestamp, or null when it has none (or is midnight). */
export function formatTime(locale: Locale, iso: string): string | null {
  const p = parseWallClock(iso);
  if (!p || !p.hasTime) return null;
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' }).format(p.date);
}

/**
 * Money with its currency: an ISO 4217 code goes through Intl; a bare symbol found in the data
 * is put in front of the number; no currency gives a plain number. Amounts from 10,000 on drop
 * their cents on screen, where they only add noise.
 */
export function formatMoney(locale: Locale, amount: number, currency: string | null): string {
  const digits = Math.abs(amount) >= 10_000 ? 0 : 2;
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    try {
      // narrowSymbol: "¥1,852" rather than "CN¥1,852" in English; the code is in the report's JSON.
      return numberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
        amount,
      );
    } catch {
      // An unknown code: fall through to the code written after the number.
      return `${numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount)} ${currency}`;
    }
  }
  const n = numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount);
  return currency ? `${currency}${n}` : n;
}

const compactMoney = new Map<string, Intl.NumberFormat>();

/**
 * Money in a few characters, "£669.9M" or "¥6.7亿", for a figure too long for its place; the
 * currency symbol only for a known ISO code. Callers show the exact amount beside or on hover.
 */
export function compactMoneyFormat(locale: Locale, currency: string | null): Intl.NumberFormat {
  const iso = currency && /^[A-Z]{3}$/.test(currency) ? currency : null;
  const key = `${locale}|${iso}`;
  let f = compactMoney.get(key);
  if (!f) {
    const base: Intl.NumberFormatOptions = { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 };
    try {
      f = new Intl.NumberFormat(locale, iso ? { ...base, style: 'currency', currency: iso, currencyDisplay: 'narrowSymbol' } : base);
    } catch {
      f = new Intl.NumberFormat(locale, base);
    }
    compactMoney.set(key, f);
  }
  return f;
}

/** A count in a few characters, "12.5M" / "1250万" (compactMoneyFormat without a currency). */
export function formatCompact(locale: Locale, n: number): string {
  return compactMoneyFormat(locale, null).format(n);
}

/** A calendar month from "YYYY-MM": "Dec 2024", "2024年12月". */
export function formatMonth(locale: Locale, yearMonth: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(yearMonth);
  if (!m) return yearMonth;
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.UTC(+m[1], +m[2] - 1, 1));
}

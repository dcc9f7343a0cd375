/**
 * Number formats of the CLV chapter, bound once to the locale and the report's currency, so the
 * findings, charts, tables and the CSV write a number the same way.
 */
import { compactMoneyFormat, formatInteger, formatMoney, formatNumber, formatPercent } from '../../format';
import type { Locale } from '../../i18n/types';

export interface ClvFormat {
  locale: Locale;
  int: (n: number) => string;
  num: (n: number, digits?: number) => string;
  /** Exactly `digits` decimals (an AUC of 1.00, not 1). */
  fixed: (n: number, digits: number) => string;
  pct: (share: number) => string;
  money: (n: number) => string;
  /** Short money for axes: "¥1.5万", "£15K". */
  moneyShort: (n: number) => string;
  /** A date as the locale writes it (ISO in). */
  date: (iso: string) => string;
  /** Month and year of an axis tick. */
  month: (d: Date) => string;
  /** An axis tick: month and year in January and on the first tick, the month alone otherwise. */
  monthTick: (d: Date, first: boolean) => string;
}

export function clvFormat(locale: Locale, currency: string | null): ClvFormat {
  const iso = currency !== null && /^[A-Z]{3}$/.test(currency);
  const months = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  const monthOnly = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return {
    locale,
    int: (n) => formatInteger(locale, n),
    num: (n, digits = 2) => formatNumber(locale, n, digits),
    fixed: (n, digits) => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n),
    pct: (s) => formatPercent(locale, s),
    money: (n) => formatMoney(locale, n, currency),
    moneyShort: (n) => {
      // Below 10,000 a compact form gains nothing and drops the grouping ("¥1984"): whole units instead.
      if (Math.abs(n) < 10_000) return formatMoney(locale, Math.round(n), currency).replace(/[.,]00$/, '');
      const text = compactMoneyFormat(locale, currency).format(n);
      return !iso && currency ? `${currency}${text}` : text;
    },
    date: (d) => dates.format(new Date(`${d.slice(0, 10)}T00:00:00Z`)),
    month: (d) => months.format(d),
    monthTick: (d, first) => (first || d.getUTCMonth() === 0 ? months.format(d) : monthOnly.format(d)),
  };
}

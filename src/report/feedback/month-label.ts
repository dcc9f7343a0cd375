/** A YYYY-MM month as an axis label in the report's language: "Mar 2024", "2024年3月". */
import type { Locale } from '../../i18n/types';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: Locale, month: string, year: 'numeric' | '2-digit'): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  const key = `${locale}|${year}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { year, month: 'short', timeZone: 'UTC' });
    formats.set(key, f);
  }
  return f.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)));
}

export function monthLabel(locale: Locale, month: string): string {
  return format(locale, month, 'numeric');
}

/** For small panels: "Mar 24", "24年3月". */
export function shortMonthLabel(locale: Locale, month: string): string {
  return format(locale, month, '2-digit');
}

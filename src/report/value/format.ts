/**
 * The number formats of the three value chapters, bound once to the locale and the report's
 * currency so findings, charts and tables write a number the same way.
 */
import { compactMoneyFormat, formatCompact, formatInteger, formatMoney, formatNumber, formatPercent } from '../../format';
import type { I18n } from '../../i18n/i18n.svelte';
import type { Locale } from '../../i18n/types';

export interface ValueFormat {
  locale: Locale;
  int: (n: number) => string;
  /** Up to `digits` decimals (default 1). */
  num: (n: number, digits?: number) => string;
  pct: (share: number) => string;
  money: (n: number) => string;
  /** Money for axes and cells: whole units up to 100,000 ("¥1,298"), compact above ("¥12.5万", "£280K"). */
  moneyShort: (n: number) => string;
  /** Short plain number for axes: "1.5万", "15K". */
  short: (n: number) => string;
}

/** "1 customer", "868 customers", "868 位客户": a count with its noun, for findings. */
export function customersText(i18n: I18n, fmt: ValueFormat, n: number): string {
  return i18n.tn('value.n.customers', n, { n: fmt.int(n) });
}

/** "1 order", "7.8 orders" (means included). */
export function ordersText(i18n: I18n, fmt: ValueFormat, n: number): string {
  return i18n.tn('value.n.orders', n, { n: fmt.num(n) });
}

/** Money in whole units: "¥1,298", "£430"; cents would only crowd a heatmap cell or an axis. */
function wholeMoney(locale: Locale, currency: string | null, n: number): string {
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(n);
    } catch {
      return `${formatInteger(locale, n)} ${currency}`;
    }
  }
  return currency ? `${currency}${formatInteger(locale, n)}` : formatInteger(locale, n);
}

export function valueFormat(locale: Locale, currency: string | null): ValueFormat {
  const iso = currency !== null && /^[A-Z]{3}$/.test(currency);
  // Grouped digits below 10,000 ("1,000", not "1K"); compact above.
  const short = (n: number) => (Math.abs(n) < 10_000 ? formatNumber(locale, n, 1) : formatCompact(locale, n));
  return {
    locale,
    int: (n) => formatInteger(locale, n),
    num: (n, digits = 1) => formatNumber(locale, n, digits),
    // 0.04% would round to "0%", which reads as none at all.
    pct: (share) => (share > 0 && share < 0.001 ? `< ${formatPercent(locale, 0.001)}` : formatPercent(locale, share)),
    money: (n) => formatMoney(locale, n, currency),
    // A bare symbol from the data goes in front, as formatMoney does.
    moneyShort: (n) =>
      Math.abs(n) < 100_000 ? wholeMoney(locale, currency, n) : iso || !currency ? compactMoneyFormat(locale, currency).format(n) : `${currency}${short(n)}`,
    short,
  };
}

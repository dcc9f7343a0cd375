/**
 * Number formats of the clusters chapter beyond src/format.ts: silhouettes with two fixed decimals,
 * standardised values with a sign, medians (a median of an even count can end in .5), and count
 * phrases ("1 order", "3.5 orders") whose plural form follows the value shown.
 */
import type { I18n } from '../../i18n/i18n.svelte';
import type { Locale, MessageKey } from '../../i18n/types';
import { formatMoney } from '../../format';

export function formatScore(locale: Locale, x: number): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(x);
}

/**
 * A share in a table column: as src/format.ts's formatPercent (one decimal below 10%), but the
 * decimal is kept when it is zero, so 2.0% lines up with 2.8% rather than reading as 2%.
 */
export function formatShare(locale: Locale, share: number): string {
  const digits = share > 0 && share < 0.1 ? 1 : 0;
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share);
}

/** Standard deviations from the average: "+1.2", "−0.4" (a true minus, as Plot's own ticks), "0". */
export function formatSd(locale: Locale, x: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(x).replace('-', '−');
}

/** Median orders (one decimal at most). */
export function formatMedian(locale: Locale, x: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(x);
}

/** Median days, whole. */
export function formatDays(locale: Locale, x: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(x);
}

type CountBase = 'clusters.count.orders' | 'clusters.count.days';

/** "{count} orders" with the count as shown (one decimal for orders, whole days). */
export function countText(i18n: I18n, base: CountBase, value: number): string {
  const shown = base === 'clusters.count.days' ? Math.round(value) : Math.round(value * 10) / 10;
  const form = new Intl.PluralRules(i18n.locale).select(shown) === 'one' ? 'one' : 'other';
  const text = base === 'clusters.count.days' ? formatDays(i18n.locale, shown) : formatMedian(i18n.locale, shown);
  return (i18n.t as (k: MessageKey, p: Record<string, string>) => string)(`${base}.${form}` as MessageKey, { count: text });
}

/** Money on an axis: whole amounts (the ticks are 1, 10, 100 …), so "£100" rather than "£100.00". */
export function formatMoneyTick(locale: Locale, n: number, currency: string | null): string {
  return formatMoney(locale, n, currency).replace(/\.00(?=\D*$)/, '');
}

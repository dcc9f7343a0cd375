/**
 * The overview's key figures: raw value (for data-value and the JSON), the text on screen, and a
 * short note saying how the figure was counted, or why it is missing.
 */
import type { Overview } from '../../analysis/report';
import { compactMoneyFormat, formatCompact, formatDate, formatInteger, formatMoney, formatTime } from '../../format';
import type { I18n } from '../../i18n/i18n.svelte';

export type KpiName = 'revenue' | 'customers' | 'orders' | 'days' | 'first-order' | 'last-order' | 'files' | 'rows';

export interface Kpi {
  name: KpiName;
  value: number | string | null;
  display: string | null;
  /** Full-precision text for the tooltip when `display` is rounded. */
  exact?: string;
  note: string;
}

/** Revenue and counts from eight digits on are shown short on their cards. */
export const COMPACT_REVENUE_FROM = 1e7;

export function overviewKpis(o: Overview, i18n: I18n): Kpi[] {
  const { t, locale } = i18n;
  const int = (n: number) => formatInteger(locale, n);
  // A count of eight digits is cut on its card ("12,499,6…" orders at 20M lines): short there,
  // "12.5M" / "1250万", and whole in the tooltip.
  const count = (n: number | null): Pick<Kpi, 'display' | 'exact'> =>
    n === null ? { display: null } : Math.abs(n) >= COMPACT_REVENUE_FROM ? { display: formatCompact(locale, n), exact: int(n) } : { display: int(n) };
  const date = (iso: string | null): Pick<Kpi, 'display' | 'note'> =>
    iso === null
      ? { display: null, note: t('overview.note.noDate') }
      : { display: formatDate(locale, iso), note: formatTimeNote(i18n, iso) };

  return [
    {
      name: 'revenue',
      value: o.revenue,
      // Past eight digits the full amount no longer fits its card ("669,893,…" at 12M lines): it
      // goes short, "£669.9M" / "¥6.7亿", and whole in the tooltip.
      display: o.revenue === null ? null : Math.abs(o.revenue) >= COMPACT_REVENUE_FROM ? compactMoneyFormat(locale, o.currency).format(o.revenue) : formatMoney(locale, o.revenue, o.currency),
      exact: o.revenue === null ? undefined : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(o.revenue),
      note:
        o.revenue === null || o.revenueBasis === null
          ? t('overview.note.noRevenue')
          : o.currency
            ? t(`overview.note.${o.revenueBasis}`)
            : `${t(`overview.note.${o.revenueBasis}`)} · ${t('overview.note.noCurrency')}`,
    },
    {
      name: 'customers',
      value: o.customers,
      ...count(o.customers),
      note: o.customers === null || o.customerKey === null ? t('overview.note.noCustomer') : t(`overview.note.${o.customerKey}`),
    },
    {
      name: 'orders',
      value: o.orders,
      ...count(o.orders),
      note: o.orders === null ? t('overview.note.noOrders') : o.ordersBasis === 'order_id' ? t('overview.note.order_id') : t('overview.note.rowsAsOrders'),
    },
    {
      name: 'days',
      value: o.days,
      display: o.days === null ? null : int(o.days),
      note: o.days === null ? t('overview.note.noDate') : t('overview.note.firstToLast'),
    },
    { name: 'first-order', value: o.firstOrder, ...date(o.firstOrder) },
    { name: 'last-order', value: o.lastOrder, ...date(o.lastOrder) },
    { name: 'files', value: o.files, display: int(o.files), note: o.datasets === o.files ? '' : i18n.tn('overview.note.tables', o.datasets) },
    { name: 'rows', value: o.rows, ...count(o.rows), note: t('overview.note.lines', { lines: o.lines }) },
  ];
}

function formatTimeNote(i18n: I18n, iso: string): string {
  const time = formatTime(i18n.locale, iso);
  return time ? i18n.t('overview.note.time', { time }) : '';
}

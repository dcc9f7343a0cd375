/**
 * The overview's one-sentence finding, put together from catalog pieces so each language keeps
 * its own word order; the pieces without data (no dates, no customers, no money) are left out.
 */
import type { Overview } from '../../analysis/report';
import { formatDate, formatMoney } from '../../format';
import type { I18n, MessagePart } from '../../i18n/i18n.svelte';

export function findingParts(o: Overview, i18n: I18n): MessagePart[] {
  const { parts, locale } = i18n;
  if (o.orders === null || o.orders === 0) {
    return parts('overview.finding.rowsOnly', { rows: o.rows, datasets: o.datasets });
  }
  const money = (n: number) => formatMoney(locale, n, o.currency);
  const out: MessagePart[] = [];
  if (o.firstOrder && o.lastOrder && o.days !== null) {
    out.push(...parts('overview.finding.period', { first: formatDate(locale, o.firstOrder), last: formatDate(locale, o.lastOrder), days: o.days }));
  }
  if (o.customers !== null) out.push(...parts('overview.finding.customers', { customers: o.customers, orders: o.orders }));
  else out.push(...parts('overview.finding.orders', { orders: o.orders }));
  if (o.revenue !== null) {
    out.push(...parts('overview.finding.revenue', { revenue: money(o.revenue) }));
    out.push(...parts('overview.finding.perOrder', { value: money(o.revenue / o.orders) }));
    if (o.customers) out.push(...parts('overview.finding.perCustomer', { value: money(o.revenue / o.customers) }));
  }
  out.push(...parts('overview.finding.end'));
  return out;
}

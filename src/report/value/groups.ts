/**
 * A breakdown (customers or orders per value) as the rows of a bar chart and of its table: the
 * top values in order, then the folded rest and the missing ones, greyed. "Other" and "not
 * recorded" are told apart from real values by where they sit in the Breakdown, never by their
 * text: a gender column may well hold the word "other".
 */
import type { Breakdown, Group } from '../../analysis/value/types';
import type { BarRow } from '../../charts/bars';
import type { ChartTable } from '../../charts/plot-chart.svelte';
import type { I18n } from '../../i18n/i18n.svelte';
import type { ValueFormat } from './format';

export interface GroupRow {
  kind: 'value' | 'other' | 'unknown';
  group: Group;
  label: string;
}

export function groupRows(b: Breakdown, i18n: I18n, label: (key: string) => string = (k) => k): GroupRow[] {
  const rows: GroupRow[] = b.groups.map((g) => ({ kind: 'value', group: g, label: label(g.key) }));
  if (b.other) rows.push({ kind: 'other', group: b.other, label: i18n.t('value.group.other') });
  if (b.unknown) rows.push({ kind: 'unknown', group: b.unknown, label: i18n.t('value.group.unknown') });
  return rows;
}

/** Revenue per counted unit (customer or order) of a group; null for an empty group. */
export function perUnit(g: Group): number | null {
  return g.count > 0 ? g.revenue / g.count : null;
}

export interface BarsInput {
  rows: GroupRow[];
  /** What the bar measures: the group's share of the count, or of revenue. */
  measure: 'count' | 'revenue';
  /** The second column: revenue per customer, the revenue share, or the share of orders. */
  extra: 'per-customer' | 'revenue-share' | 'order-share' | null;
}

export function groupBars({ rows, measure, extra }: BarsInput, fmt: ValueFormat): BarRow[] {
  return rows.map((r, i) => {
    const g = r.group;
    const per = perUnit(g);
    const extraText: Record<NonNullable<BarsInput['extra']>, string | undefined> = {
      'per-customer': per === null ? undefined : fmt.money(per),
      'revenue-share': fmt.pct(g.revenueShare),
      'order-share': fmt.pct(g.share),
    };
    return {
      key: `${r.kind}:${i}`,
      label: r.label,
      value: measure === 'count' ? g.share : g.revenueShare,
      text: measure === 'count' ? `${fmt.pct(g.share)} · ${fmt.int(g.count)}` : `${fmt.pct(g.revenueShare)} · ${fmt.moneyShort(g.revenue)}`,
      muted: r.kind !== 'value',
      extra: extra ? extraText[extra] : undefined,
    };
  });
}

export function groupTable(rows: GroupRow[], fmt: ValueFormat, i18n: I18n, unit: 'customers' | 'orders'): ChartTable {
  const t = i18n.t;
  return {
    columns: [t('value.table.group'), t(unit === 'customers' ? 'value.table.customers' : 'value.table.orders'), t('value.table.share'), t('value.table.revenue'), t('value.table.revenueShare')],
    rows: rows.map((r) => [r.label, fmt.int(r.group.count), fmt.pct(r.group.share), fmt.money(r.group.revenue), fmt.pct(r.group.revenueShare)]),
  };
}

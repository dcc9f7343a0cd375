/**
 * Chart inputs of the purchase behaviour chapter, worked out from the Report: the segment ×
 * category grid and the weekday × hour grid as heat cells, and the discount bars by segment.
 */
import type { Behaviour, Breakdown, CategoryBySegment, SchemeSummary } from '../../analysis/value/types';
import type { BarRow } from '../../charts/bars';
import type { HeatCell } from '../../charts/heatmap';
import { segmentColor } from '../../charts/palette';
import type { ChartTable } from '../../charts/plot-chart.svelte';
import type { I18n } from '../../i18n/i18n.svelte';
import type { ValueFormat } from './format';
import { hourRange, MIN_ORDERS, weekdayName } from './behaviour-findings';
import { segmentName } from './segments';

export interface Grid {
  cells: HeatCell[];
  x: (string | number)[];
  y: (string | number)[];
  xLabel: (v: string | number) => string;
  yLabel: (v: string | number) => string;
  table: ChartTable;
}

const ALL = '__all__';
const OTHER = '__other__';
const UNKNOWN = '__unknown__';

/** Segments with less of the customers or the revenue than this are left out: a handful of orders gives shares that mean nothing and swamp the colour scale. */
const MIN_SHARE = 0.01;

/** Rows: all customers, then each segment with at least 1% of customers and of revenue; columns: the top categories, then other and unknown when any segment has them. */
export function categoryGrid(c: CategoryBySegment, overall: Breakdown, summary: SchemeSummary, fmt: ValueFormat, i18n: I18n): Grid {
  const t = i18n.t;
  const total = overall.groups.reduce((s, g) => s + g.revenue, 0) + (overall.other?.revenue ?? 0) + (overall.unknown?.revenue ?? 0);
  const rows = [
    {
      id: ALL,
      name: t('value.behaviour.allCustomers'),
      shares: c.categories.map((k) => overall.groups.find((g) => g.key === k)?.revenueShare ?? 0),
      other: total ? (overall.other?.revenue ?? 0) / total : 0,
      unknown: total ? (overall.unknown?.revenue ?? 0) / total : 0,
    },
    ...c.segments
      .filter((s) => total > 0 && s.revenue / total >= MIN_SHARE && (summary.segments.find((x) => x.id === s.id)?.share ?? 0) >= MIN_SHARE)
      .map((s) => ({ ...s, name: segmentName(c.scheme, s.id, fmt.locale) })),
  ];
  const columns: { key: string; label: string; share: (r: (typeof rows)[number]) => number }[] = c.categories.map((k, i) => ({ key: `c${i}`, label: k, share: (r) => r.shares[i] }));
  if (rows.some((r) => r.other > 0)) columns.push({ key: OTHER, label: t('value.group.other'), share: (r) => r.other });
  if (rows.some((r) => r.unknown > 0)) columns.push({ key: UNKNOWN, label: t('value.group.unknown'), share: (r) => r.unknown });
  const names = new Map(rows.map((r) => [r.id, r.name]));
  const labels = new Map(columns.map((col) => [col.key, col.label]));
  return {
    cells: rows.flatMap((r) =>
      columns.map((col) => {
        const share = col.share(r);
        return { x: col.key, y: r.id, value: share, text: fmt.pct(share), title: `${r.name} · ${col.label}: ${fmt.pct(share)}` };
      }),
    ),
    x: columns.map((col) => col.key),
    y: rows.map((r) => r.id),
    xLabel: (k) => labels.get(String(k)) ?? String(k),
    yLabel: (k) => names.get(String(k)) ?? String(k),
    table: { columns: [t('value.table.segment'), ...columns.map((col) => col.label)], rows: rows.map((r) => [r.name, ...columns.map((col) => fmt.pct(col.share(r)))]) },
  };
}

/** Weekdays Monday first; hours from the first to the last with orders (empty hours inside are kept). */
export function weekdayHourGrid(wh: Behaviour['weekdayHour'], fmt: ValueFormat, i18n: I18n): Grid {
  const t = i18n.t;
  const hours = wh.cells.map((c) => c.hour);
  const lo = hours.length ? Math.min(...hours) : 0;
  const hi = hours.length ? Math.max(...hours) : 23;
  const x = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
  const y = [1, 2, 3, 4, 5, 6, 7];
  const count = (d: number, h: number) => wh.cells.find((c) => c.weekday === d && c.hour === h)?.orders ?? 0;
  const day = (d: string | number) => weekdayName(fmt.locale, Number(d), 'short');
  return {
    cells: y.flatMap((d) =>
      x.map((h) => {
        const n = count(d, h);
        return { x: h, y: d, value: n, title: `${day(d)} ${hourRange(h)}: ${t('value.behaviour.ordersCount', { count: fmt.int(n) })}` };
      }),
    ),
    x,
    y,
    xLabel: (h) => String(h),
    yLabel: day,
    table: { columns: [t('value.behaviour.weekday'), ...x.map((h) => hourRange(h))], rows: y.map((d) => [day(d), ...x.map((h) => fmt.int(count(d, h)))]) },
  };
}

/** Orders per weekday, for data with dates but no times. */
export function weekdayBars(wh: Behaviour['weekdayHour'], fmt: ValueFormat): BarRow[] {
  const total = wh.cells.reduce((s, c) => s + c.orders, 0);
  return [1, 2, 3, 4, 5, 6, 7].map((d) => {
    const n = wh.cells.filter((c) => c.weekday === d).reduce((s, c) => s + c.orders, 0);
    const share = total ? n / total : 0;
    return { key: String(d), label: weekdayName(fmt.locale, d), value: share, text: `${fmt.pct(share)} · ${fmt.int(n)}` };
  });
}

/** All orders first, then each segment with enough orders to compare, in the scheme's colours. */
export function discountBars(d: NonNullable<Behaviour['discount']>, fmt: ValueFormat, i18n: I18n): BarRow[] {
  const mean = (m: number | null) => (m === null ? undefined : fmt.num(m, 2));
  return [
    { key: ALL, label: i18n.t('value.behaviour.allOrders'), value: d.overall.share, text: `${fmt.pct(d.overall.share)} · ${fmt.int(d.overall.discountedOrders)}`, color: 'var(--text-2)', extra: mean(d.overall.meanDiscount) },
    ...d.segments
      .filter((s) => s.orders >= MIN_ORDERS)
      .map((s) => ({
        key: s.id,
        label: segmentName(d.scheme, s.id, fmt.locale),
        value: s.share,
        text: `${fmt.pct(s.share)} · ${fmt.int(s.discountedOrders)}`,
        color: segmentColor(d.scheme, s.id),
        extra: mean(s.meanDiscount),
      })),
  ];
}

/**
 * The purchase behaviour chapter's generated sentences, one per part: order value, repeat
 * purchases, time between purchases, categories (overall and by segment), payment, timing and
 * discounts. Each takes its slice of the Report and returns catalog pieces with the numbers.
 */
import type { Behaviour, Breakdown, CategoryBySegment, ValueReportOk } from '../../analysis/value/types';
import type { I18n, MessagePart } from '../../i18n/i18n.svelte';
import { customersText, type ValueFormat } from './format';
import { histogramRects } from '../../charts/histogram';
import { segmentName } from './segments';

/** Segments and categories this small are left out of "who leans towards what". */
const MIN_SEGMENT_REVENUE = 0.05;
const MIN_CATEGORY_SHARE = 0.05;
const NOTABLE_LIFT = 1.15;
/** Segments with fewer orders than this are not compared on discount use. */
export const MIN_ORDERS = 30;

export function aovFinding(v: ValueReportOk, fmt: ValueFormat, i18n: I18n): MessagePart[] {
  const aov = v.orders ? v.revenue / v.orders : 0;
  const bins = v.behaviour.aov.bins;
  const out = i18n.parts('value.behaviour.finding.aov', { aov: fmt.money(aov) });
  if (bins.length > 1 && v.customers > 0) {
    const rects = histogramRects(bins, fmt.money);
    const top = rects.reduce((a, r) => (r.count > a.count ? r : a));
    out.push(...i18n.parts('value.behaviour.finding.aovMode', { range: top.range, share: fmt.pct(top.count / v.customers) }));
  }
  return out;
}

export function ordersFinding(v: ValueReportOk, fmt: ValueFormat, i18n: I18n): MessagePart[] {
  const b = v.behaviour;
  const one = v.customers - b.repeatCustomers;
  const out = i18n.parts('value.behaviour.finding.orders', {
    oneShare: fmt.pct(v.customers ? one / v.customers : 0),
    one: fmt.int(one),
    rate: fmt.pct(b.repeatRate),
  });
  if (b.repeatCustomers > 0) {
    // Orders of the repeat customers: all orders less one per one-time buyer.
    out.push(...i18n.parts('value.behaviour.finding.ordersRepeat', { mean: fmt.num((v.orders - one) / b.repeatCustomers) }));
  }
  return out;
}

export function gapsFinding(g: Behaviour['gaps'], fmt: ValueFormat, i18n: I18n): MessagePart[] {
  if (g.medianDays === null || g.meanDays === null) return i18n.parts('value.behaviour.finding.gapsNone');
  return i18n.parts('value.behaviour.finding.gaps', {
    median: fmt.num(g.medianDays),
    mean: fmt.num(g.meanDays),
    gaps: fmt.int(g.gaps),
    customers: customersText(i18n, fmt, g.customers),
    day: fmt.int(Math.round(g.medianDays)),
  });
}

export function categoriesFinding(b: Breakdown, fmt: ValueFormat, i18n: I18n): MessagePart[] {
  const byRevenue = [...b.groups].sort((x, y) => y.revenue - x.revenue);
  const [top, second] = byRevenue;
  if (!top) return i18n.parts('value.profile.finding.allUnknown');
  const out = i18n.parts('value.behaviour.finding.categories', { top: top.key, revenueShare: fmt.pct(top.revenueShare), orderShare: fmt.pct(top.share) });
  if (second) out.push(...i18n.parts('value.behaviour.finding.categoriesSecond', { second: second.key, share: fmt.pct(second.revenueShare) }));
  return out;
}

/** The segment that leans most towards one category, compared with all customers' revenue mix. */
export function leaning(c: CategoryBySegment, overall: Breakdown, totalRevenue: number): { segment: string; category: string; share: number; overall: number } | null {
  let best: { segment: string; category: string; share: number; overall: number; lift: number } | null = null;
  for (const s of c.segments) {
    if (totalRevenue <= 0 || s.revenue / totalRevenue < MIN_SEGMENT_REVENUE) continue;
    c.categories.forEach((category, i) => {
      const base = overall.groups.find((g) => g.key === category)?.revenueShare ?? 0;
      if (base < MIN_CATEGORY_SHARE) return;
      const lift = s.shares[i] / base;
      if (!best || lift > best.lift) best = { segment: s.id, category, share: s.shares[i], overall: base, lift };
    });
  }
  if (!best) return null;
  const found: { segment: string; category: string; share: number; overall: number; lift: number } = best;
  return found.lift >= NOTABLE_LIFT ? { segment: found.segment, category: found.category, share: found.share, overall: found.overall } : null;
}

export function bySegmentFinding(c: CategoryBySegment, overall: Breakdown, totalRevenue: number, fmt: ValueFormat, i18n: I18n): MessagePart[] {
  const l = leaning(c, overall, totalRevenue);
  if (!l) return i18n.parts('value.behaviour.finding.bySegmentEven');
  return i18n.parts('value.behaviour.finding.bySegment', {
    segment: segmentName(c.scheme, l.segment, fmt.locale),
    category: l.category,
    share: fmt.pct(l.share),
    overall: fmt.pct(l.overall),
  });
}

export function paymentFinding(b: Breakdown, fmt: ValueFormat, i18n: I18n): MessagePart[] {
  const [top, second] = b.groups;
  if (!top) return i18n.parts('value.profile.finding.allUnknown');
  const out = i18n.parts('value.behaviour.finding.payment', { top: top.key, share: fmt.pct(top.share) });
  if (second) out.push(...i18n.parts('value.behaviour.finding.paymentSecond', { second: second.key, share: fmt.pct(second.share) }));
  return out;
}

export function weekdayName(locale: string, isoWeekday: number, width: 'long' | 'short' = 'long'): string {
  // 2024-01-01 was a Monday (ISO weekday 1).
  return new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, isoWeekday)));
}

export function hourRange(h: number): string {
  return `${h}:00–${h + 1}:00`;
}

export function timingFinding(wh: Behaviour['weekdayHour'], fmt: ValueFormat, i18n: I18n): MessagePart[] {
  const total = wh.cells.reduce((s, c) => s + c.orders, 0);
  if (total === 0) return i18n.parts('value.behaviour.finding.timingNone');
  const byDay = margin(wh.cells, (c) => c.weekday);
  const day = top(byDay);
  const weekday = { weekday: weekdayName(fmt.locale, day[0]), weekdayShare: fmt.pct(day[1] / total) };
  if (!wh.timeOfDay) return i18n.parts('value.behaviour.finding.timingDays', weekday);
  const hour = top(margin(wh.cells, (c) => c.hour));
  return i18n.parts('value.behaviour.finding.timing', { ...weekday, hour: hourRange(hour[0]), hourShare: fmt.pct(hour[1] / total) });
}

export function discountFinding(d: NonNullable<Behaviour['discount']>, fmt: ValueFormat, i18n: I18n): MessagePart[] {
  const out = i18n.parts('value.behaviour.finding.discount', { share: fmt.pct(d.overall.share) });
  const big = d.segments.filter((s) => s.orders >= MIN_ORDERS);
  if (big.length >= 2) {
    const most = big.reduce((a, s) => (s.share > a.share ? s : a));
    const least = big.reduce((a, s) => (s.share < a.share ? s : a));
    if (most !== least) {
      out.push(
        ...i18n.parts('value.behaviour.finding.discountSegments', {
          most: segmentName(d.scheme, most.id, fmt.locale),
          mostShare: fmt.pct(most.share),
          least: segmentName(d.scheme, least.id, fmt.locale),
          leastShare: fmt.pct(least.share),
        }),
      );
    }
  }
  return out;
}

type Cell = Behaviour['weekdayHour']['cells'][number];

function margin(cells: readonly Cell[], key: (c: Cell) => number): Map<number, number> {
  const m = new Map<number, number>();
  for (const c of cells) m.set(key(c), (m.get(key(c)) ?? 0) + c.orders);
  return m;
}

/** The largest entry; ties go to the smaller key, so the sentence does not depend on row order. */
function top(m: Map<number, number>): [number, number] {
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
}

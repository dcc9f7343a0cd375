/**
 * A breakdown by a categorical value: the first 10 values in the query's order (by count; by
 * revenue for categories), the rest folded into `other`, missing values into `unknown`. With a fixed `order` (age bands) every listed key is
 * kept, in that order, zero counts included. `total` (the share's denominator) is the sum of the
 * counts unless given: an order can contain several categories, so category shares are of orders.
 */
import type { Breakdown, Group } from './types';

export const TOP = 10;

export interface GroupRow {
  [k: string]: string | number | null;
  key: string | null;
  n: number;
  revenue: number | null;
}

export function breakdown(rows: GroupRow[], unit: Breakdown['unit'], source: Breakdown['source'], order?: string[], of?: number): Breakdown {
  const total = of ?? rows.reduce((s, r) => s + Number(r.n), 0);
  const revenue = rows.reduce((s, r) => s + Number(r.revenue ?? 0), 0);
  const group = (key: string, n: number, rev: number): Group => ({
    key,
    count: n,
    share: total === 0 ? 0 : n / total,
    revenue: rev,
    revenueShare: revenue === 0 ? 0 : rev / revenue,
  });
  const known = rows.filter((r) => r.key !== null);
  const missing = rows.find((r) => r.key === null);
  const unknown = missing ? group('unknown', Number(missing.n), Number(missing.revenue ?? 0)) : null;
  if (order) {
    const groups = order.map((k) => {
      const r = known.find((x) => x.key === k);
      return group(k, Number(r?.n ?? 0), Number(r?.revenue ?? 0));
    });
    return { available: true, unit, source, total, groups, other: null, unknown };
  }
  const groups = known.slice(0, TOP).map((r) => group(String(r.key), Number(r.n), Number(r.revenue ?? 0)));
  const rest = known.slice(TOP);
  const other = rest.length
    ? group('other', rest.reduce((s, r) => s + Number(r.n), 0), rest.reduce((s, r) => s + Number(r.revenue ?? 0), 0))
    : null;
  return { available: true, unit, source, total, groups, other, unknown };
}

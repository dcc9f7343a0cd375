/**
 * Histograms for heavy-tailed customer numbers. The range stops at the 99th percentile (one big
 * customer would otherwise squash every other bar) and, for values that can be negative (revenue
 * net of returns), starts at the 1st; what falls outside is counted in `below` / `above`.
 * Whole-number measures (days, orders) get whole-number bins, one per value when the range is small.
 */
import type { Db } from '../db';
import { sqlNumber } from './scoring';
import type { Histogram } from './types';

const MAX_BINS = 20;
const MAX_UNIT_BINS = 31;

export function histogramBoundsSql(from: string, x: string): string {
  return `SELECT count(${x}) AS n, min(${x}) AS lo, max(${x}) AS hi,
    quantile_cont(${x}, 0.01) AS q01, quantile_cont(${x}, 0.99) AS q99 FROM ${from}`;
}

export interface BinPlan {
  lo: number;
  width: number;
  bins: number;
  /** Inclusive upper end of the last bin (continuous) or exclusive (whole numbers). */
  hi: number;
  integer: boolean;
}

export function binPlan(b: { lo: number; hi: number; q01: number; q99: number }, integer: boolean): BinPlan {
  if (integer) {
    const lo = Math.floor(b.lo);
    const top = Math.max(Math.ceil(b.q99), lo);
    const span = top - lo + 1;
    const width = span <= MAX_UNIT_BINS ? 1 : Math.ceil(span / MAX_BINS);
    const bins = Math.ceil(span / width);
    return { lo, width, bins, hi: lo + bins * width, integer };
  }
  const lo = b.lo >= 0 ? b.lo : Math.min(b.q01, 0);
  const hi = b.q99 > lo ? b.q99 : b.hi;
  if (!(hi > lo)) return { lo, width: 1, bins: 1, hi: lo, integer };
  return { lo, width: (hi - lo) / MAX_BINS, bins: MAX_BINS, hi, integer };
}

/** Bin index per value: −1 below the range, `bins` above it. */
export function binIndexSql(x: string, p: BinPlan): string {
  const lo = sqlNumber(p.lo);
  const w = sqlNumber(p.width);
  const above = p.integer ? `${x} >= ${sqlNumber(p.hi)}` : `${x} > ${sqlNumber(p.hi)}`;
  return `CASE WHEN ${x} < ${lo} THEN -1 WHEN ${above} THEN ${p.bins} ELSE least(CAST(floor((${x} - ${lo}) / ${w}) AS BIGINT), ${p.bins - 1}) END`;
}

export function histogramCountsSql(from: string, x: string, p: BinPlan): string {
  return `SELECT ${binIndexSql(x, p)} AS i, count(*) AS n FROM ${from} WHERE ${x} IS NOT NULL GROUP BY 1 ORDER BY 1`;
}

export interface HistogramSpec {
  /** A FROM item (table name or aliased subquery). */
  from: string;
  x: string;
  integer: boolean;
}

/** Several histograms in two queries: all bounds at once, then all counts at once. */
export async function histograms<K extends string>(db: Db, specs: Record<K, HistogramSpec>): Promise<Record<K, Histogram | null>> {
  const keys = Object.keys(specs) as K[];
  const bounds = keys.map((k, i) => `(${histogramBoundsSql(specs[k].from, specs[k].x)}) AS b${i}`);
  const cols = keys.flatMap((_, i) => ['n', 'lo', 'hi', 'q01', 'q99'].map((c) => `b${i}.${c} AS ${c}_${i}`));
  const [b] = await db.query(`SELECT ${cols.join(', ')} FROM ${bounds.join(', ')}`);
  const plans = new Map<K, BinPlan>();
  keys.forEach((k, i) => {
    const at = (c: string) => Number(b[`${c}_${i}`]);
    if (at('n') > 0) plans.set(k, binPlan({ lo: at('lo'), hi: at('hi'), q01: at('q01'), q99: at('q99') }, specs[k].integer));
  });
  const parts = keys.filter((k) => plans.has(k)).map((k) => `SELECT ${keys.indexOf(k)} AS h, i, n FROM (${histogramCountsSql(specs[k].from, specs[k].x, plans.get(k)!)})`);
  const rows = parts.length ? await db.query(parts.join(' UNION ALL ')) : [];
  const out = {} as Record<K, Histogram | null>;
  keys.forEach((k, h) => {
    const p = plans.get(k);
    if (!p) {
      out[k] = null;
      return;
    }
    const counts = new Array<number>(p.bins).fill(0);
    let below = 0;
    let above = 0;
    for (const r of rows) {
      if (Number(r.h) !== h) continue;
      const i = Number(r.i);
      if (i < 0) below += Number(r.n);
      else if (i >= p.bins) above += Number(r.n);
      else counts[i] = Number(r.n);
    }
    const edge = (i: number) => (i === p.bins && !p.integer ? p.hi : p.lo + i * p.width);
    out[k] = {
      bins: counts.map((count, i) => ({ x0: edge(i), x1: edge(i + 1), count })),
      below,
      above,
      min: Number(b[`lo_${h}`]),
      max: Number(b[`hi_${h}`]),
    };
  });
  return out;
}

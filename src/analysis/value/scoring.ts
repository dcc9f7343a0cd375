/**
 * R, F and M scores as SQL expressions over customers_rfm (recency_days, orders, revenue).
 *
 * quantile (R `rfm` package, rfm_table_order + utils.R bins()): edges = the interior quantiles
 *   (type 7: quantile_cont = numpy "linear") at 1/b … (b−1)/b, each + 1; bin i is
 *   [edge_{i−1}, edge_i) with edge_0 = min and edge_b = max + 1, so score = 1 + #(edges <= x)
 *   for F and M and b − #(edges <= x) for R. The + 1 is the package's: for whole numbers it puts a
 *   value equal to a quantile in the lower bin. Equal edges leave a bin empty.
 * rank (pandas qcut(rank(method="first"), b)): rank 1..n by value (revenue to 6 decimals), then
 *   customer_id; qcut's edges are 1 + (n−1)k/b and bins are right-closed, so
 *   bin = #{k : b(rank−1) > (n−1)k}, in integers (no rounding at a boundary). F and M score = bin + 1, R = b − bin (small recency =
 *   rank 1 = score b).
 * fixed (report template, see options.ts): 3 levels, 3 = near/high, 1 = far/low.
 */
import type { Bins, FixedThresholds } from './options';

export type Dimension = 'recency' | 'frequency' | 'monetary';
export const DIMENSIONS: Dimension[] = ['recency', 'frequency', 'monetary'];
export const COLUMN: Record<Dimension, string> = { recency: 'recency_days', frequency: 'orders', monetary: 'round(revenue, 6)' };

/** A number as an exact SQL literal (a DOUBLE that parses back to the same value). */
export function sqlNumber(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  const plain = String(n);
  // DuckDB reads 297.4 as a DECIMAL and converts it as 2974 / 10: exact while the digits fit in
  // 15 (one rounding). Longer ones get an exponent, which makes the literal a DOUBLE, parsed once.
  if (!plain.includes('e') && plain.replace(/^-?0*|\./g, '').length <= 15) return plain;
  return n.toExponential();
}

/** Probabilities of the interior quantiles for b bins: 1/b … (b−1)/b. */
export function probabilities(bins: number): number[] {
  return Array.from({ length: bins - 1 }, (_, k) => (k + 1) / bins);
}

/** One row: q_<dim>_<k> for k = 1..b−1, the raw quantiles (before the package's + 1). */
export function quantilesSql(bins: number): string {
  const cols: string[] = [];
  for (const d of DIMENSIONS) {
    probabilities(bins).forEach((p, k) => cols.push(`quantile_cont(${COLUMN[d]}, ${sqlNumber(p)}) AS q_${d}_${k + 1}`));
  }
  return `SELECT ${cols.join(', ')} FROM customers_rfm`;
}

/** How many edges a value reaches: #(edges <= x). */
function reached(x: string, edges: number[]): string {
  if (edges.length === 0) return '0';
  return `(${edges.map((e) => `CAST(${x} >= ${sqlNumber(e)} AS INTEGER)`).join(' + ')})`;
}

/** Score from the package's edges (already + 1): R descending, F and M ascending. */
export function edgeScoreSql(dim: Dimension, edges: number[]): string {
  const b = edges.length + 1;
  const n = reached(COLUMN[dim], edges);
  return dim === 'recency' ? `${b} - ${n}` : `1 + ${n}`;
}

/** The same rule in TypeScript, for tests and for explaining a score. */
export function edgeScore(dim: Dimension, x: number, edges: number[]): number {
  const n = edges.filter((e) => x >= e).length;
  return dim === 'recency' ? edges.length + 1 - n : 1 + n;
}

/** Rank-based score; needs the window columns made by rankColumnsSql. */
export function rankScoreSql(dim: Dimension, bins: Bins): string {
  const terms = Array.from({ length: bins - 1 }, (_, i) => `CAST(${bins} * (rank_${dim} - 1) > (n - 1) * ${i + 1} AS INTEGER)`);
  const bin = `(${terms.join(' + ')})`;
  return dim === 'recency' ? `${bins} - ${bin}` : `1 + ${bin}`;
}

/**
 * Revenue ranks on 6 decimals: float sums of the same lines can differ in the last bit with the
 * summing order, and such near-ties must fall to customer_id like exact ones.
 */
const RANK_KEY: Record<Dimension, string> = { recency: 'recency_days', frequency: 'orders', monetary: 'round(revenue, 6)' };

export function rankColumnsSql(): string {
  return [
    ...DIMENSIONS.map((d) => `row_number() OVER (ORDER BY ${RANK_KEY[d]}, customer_id) AS rank_${d}`),
    'count(*) OVER () AS n',
  ].join(', ');
}

/** Template levels; meanRevenue is the mean customer revenue the monetary thresholds multiply. */
export function fixedScoreSql(dim: Dimension, t: FixedThresholds, meanRevenue: number): string {
  switch (dim) {
    case 'recency': {
      const [near, far] = t.recencyDays;
      return `CASE WHEN recency_days <= ${sqlNumber(near)} THEN 3 WHEN recency_days <= ${sqlNumber(far)} THEN 2 ELSE 1 END`;
    }
    case 'frequency': {
      const [low, high] = t.ordersPerMonth;
      return `CASE WHEN orders_per_month >= ${sqlNumber(high)} THEN 3 WHEN orders_per_month > ${sqlNumber(low)} THEN 2 ELSE 1 END`;
    }
    case 'monetary': {
      const [low, high] = t.monetaryVsMean.map((k) => k * meanRevenue);
      return `CASE WHEN revenue >= ${sqlNumber(high)} THEN 3 WHEN revenue >= ${sqlNumber(low)} THEN 2 ELSE 1 END`;
    }
  }
}
